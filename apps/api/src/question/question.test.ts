import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import { startTestApi, type Caller, type TestApi } from '../testing/test-api.ts';
import type { Clock } from '../lib/clock.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { dispatchOutbox } from '../jobs/dispatch-outbox.ts';
import { syncOutboxSubscriptions } from '../jobs/sync-outbox-subscriptions.ts';
import { notificationHandler } from '../notification/notification-handler.ts';
import { sendDueSms } from '../notification/send-due-sms.ts';
import { loggingSmsProvider } from '../notification/sms-provider.ts';
import {
  CHEN_JING,
  ITEM_CODE,
  LI_HUA,
  NDRC_CLERK,
  OTHER_CLERK,
  type Data,
} from '../application/application-fixtures.ts';
import { ANSWER_MAX, QUESTION_BODY_MAX } from './question-rules.ts';

/** 咨询 and 投诉 (graphql/question.graphql): asked, listed, answered once, notified once; over HTTP on PostgreSQL. */
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) {
  question { id kind body askedAt answerDueAt state answer item { name } department { name } }
  userErrors { field code message } } }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) {
  question { id state answer answeredAt } userErrors { field code message } } }`;
const MINE = `query($first: Int, $after: String) { me { questions(first: $first, after: $after) {
  totalCount nodes { id body state answer } pageInfo { hasNextPage endCursor } } } }`;
const DEPARTMENT = `query($state: QuestionState, $first: Int) { departmentQuestions(state: $state, first: $first) {
  totalCount nodes { id body askerName state answerDueAt } stateCounts { state count } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Question { body } } }`;
const INBOX = `{ me { notifications(first: 5) { nodes { kind title body question { id answer } } } } }`;

function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

describe('咨询 and 投诉: a department answers a citizen by its deadline', () => {
  // Friday 2026-12-04 10:00 CST: five working days end on Friday 2026-12-11 24:00 CST.
  const clock = manualClock('2026-12-04T02:00:00Z');
  const handler = notificationHandler(clock);
  let api: TestApi;
  let itemId: string;
  /** 市发改委, the item's department (the seed's questions are at 南开社保分中心) */
  let departmentId: string;
  const as = async (idNumber: string): Promise<Caller> => ({ sessionToken: await api.sessionFor(idNumber) });

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
    await syncOutboxSubscriptions(api.db, [handler]);
    const item = await api.db.serviceItem.findUniqueOrThrow({ where: { code: ITEM_CODE } });
    itemId = toGlobalId('ServiceItem', item.id);
    departmentId = item.departmentId;
  });
  afterAll(() => api?.close());

  async function gql(query: string, variables: Record<string, unknown>, caller: Caller): Promise<Data> {
    const result = await api.graphql<Data>(query, variables, caller);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }
  const ask = async (body: string, kind = 'CONSULTATION', who = LI_HUA) =>
    (await gql(ASK, { input: { itemId, kind, body } }, await as(who))).askQuestion;
  const answer = async (questionId: string, text: string, who = NDRC_CLERK) =>
    (await gql(ANSWER, { input: { questionId, answer: text } }, await as(who))).answerQuestion;
  async function dispatchAll() {
    for (;;) {
      const { handled, failed } = await dispatchOutbox(api.db, [handler]);
      if (failed) throw new Error('a notification delivery failed');
      if (!handled) return;
    }
  }
  const questionRows = () => api.db.question.findMany({ where: { departmentId }, orderBy: { id: 'asc' } });

  it('asks, the department answers, and the asker sees the answer and is notified once (inbox and SMS)', async () => {
    const asked = await ask('  外资持股比例超过多少需要核准？  ');
    expect(asked.userErrors).toEqual([]);
    expect(asked.question).toMatchObject({
      kind: 'CONSULTATION',
      body: '外资持股比例超过多少需要核准？',
      state: 'PENDING',
      answer: null,
      item: { name: '外商投资项目核准' },
      department: { name: '天津市发展和改革委员会' },
      answerDueAt: '2026-12-12T00:00:00+08:00',
    });
    const pending = await gql(DEPARTMENT, { state: 'PENDING' }, await as(NDRC_CLERK));
    expect(pending.departmentQuestions.nodes).toEqual([
      expect.objectContaining({ id: asked.question.id, askerName: '李华', state: 'PENDING' }),
    ]);
    // Another department sees none of it, and cannot answer it.
    const other = await gql(DEPARTMENT, { state: 'PENDING' }, await as(OTHER_CLERK));
    expect(other.departmentQuestions.totalCount).toBe(0);
    const before = await questionRows();
    expect((await answer(asked.question.id, '请参阅办事指南。', OTHER_CLERK)).userErrors).toEqual([
      { field: ['input', 'questionId'], code: 'NOT_FOUND', message: '未找到该咨询或投诉。' },
    ]);
    expect(await questionRows()).toEqual(before);

    clock.advance(60_000);
    const answered = await answer(asked.question.id, '外商投资准入负面清单内的项目需核准，详见办事指南。');
    expect(answered.userErrors).toEqual([]);
    expect(answered.question).toMatchObject({ state: 'ANSWERED', answeredAt: '2026-12-04T10:01:00+08:00' });
    const mine = await gql(MINE, {}, await as(LI_HUA));
    expect(mine.me.questions.nodes[0]).toMatchObject({
      id: asked.question.id,
      state: 'ANSWERED',
      answer: '外商投资准入负面清单内的项目需核准，详见办事指南。',
    });

    // The notification: written once by the job room even when the event is handed out again.
    await dispatchAll();
    const [row] = await questionRows();
    expect(await api.db.outboxDelivery.count({ where: { aggregate: `question:${row!.id}` } })).toBe(1);
    await api.db.outboxDelivery.updateMany({
      where: { subscriber: handler.subscriber, aggregate: `question:${row!.id}` },
      data: { status: 'PENDING', attempts: 0, handledAt: null },
    });
    await dispatchAll();
    const inbox = await gql(INBOX, {}, await as(LI_HUA));
    expect(inbox.me.notifications.nodes).toEqual([
      {
        kind: 'QUESTION_ANSWERED',
        title: '部门已答复您的咨询',
        body: '天津市发展和改革委员会已答复您关于“外商投资项目核准”的咨询，请登录网上办事大厅“我的互动”查看。',
        question: { id: asked.question.id, answer: '外商投资准入负面清单内的项目需核准，详见办事指南。' },
      },
    ]);
    const provider = loggingSmsProvider(api.db, pino({ level: 'silent' }));
    expect(await sendDueSms(api.db, provider, clock.now())).toMatchObject({ sent: 1, failed: 0 });
    const sms = await api.db.smsLog.findMany({ where: { text: { contains: '已答复您关于' } } });
    expect(sms.map((row) => row.phoneMasked)).toEqual(['138****8000']);

    // A second answer (another tab, a colleague) is refused; the first stays.
    const again = await answer(asked.question.id, '再次答复');
    expect(again.userErrors).toMatchObject([{ field: ['input', 'questionId'], code: 'INVALID_TRANSITION' }]);
    expect(
      (await api.db.question.findFirstOrThrow({ where: { departmentId, answeredAt: { not: null } } })).answer,
    ).toBe('外商投资准入负面清单内的项目需核准，详见办事指南。');
  });

  it('shows an unanswered question as 已超期 after 24:00 CST of the fifth working day, and accepts a late answer', async () => {
    const asked = await ask('对审批时限有异议。', 'COMPLAINT');
    const id = asked.question.id;
    const stateOf = async () =>
      (await gql(NODE.replace('body', 'body state'), { id }, await as(LI_HUA))).node.state;
    // Friday 11 December 23:59 CST, one minute before its deadline.
    clock.advance(new Date('2026-12-11T15:59:00Z').getTime() - clock.now().getTime());
    expect(await stateOf()).toBe('PENDING');
    clock.advance(60_000);
    expect(await stateOf()).toBe('OVERDUE');
    const clerk = await as(NDRC_CLERK);
    const overdue = await gql(DEPARTMENT, { state: 'OVERDUE' }, clerk);
    expect(overdue.departmentQuestions.nodes.map((n: Data) => n.id)).toEqual([id]);
    expect(overdue.departmentQuestions.stateCounts).toEqual([
      { state: 'PENDING', count: 0 },
      { state: 'OVERDUE', count: 1 },
      { state: 'ANSWERED', count: 1 },
    ]);
    expect((await answer(id, '已核实，予以答复。')).question.state).toBe('ANSWERED');
  });

  it('refuses an empty or too long text and an unknown item, changing nothing', async () => {
    const before = await questionRows();
    expect((await ask('   ')).userErrors).toEqual([
      { field: ['input', 'body'], code: 'REQUIRED', message: '请输入咨询内容。' },
    ]);
    expect((await ask('投'.repeat(QUESTION_BODY_MAX + 1), 'COMPLAINT')).userErrors).toEqual([
      { field: ['input', 'body'], code: 'INVALID', message: `投诉内容不能超过${QUESTION_BODY_MAX}字。` },
    ]);
    const unknown = await gql(
      ASK,
      {
        input: {
          itemId: toGlobalId('ServiceItem', '00000000-0000-7000-8000-000000000000'),
          kind: 'CONSULTATION',
          body: '有吗？',
        },
      },
      await as(LI_HUA),
    );
    expect(unknown.askQuestion.userErrors).toMatchObject([{ field: ['input', 'itemId'], code: 'NOT_FOUND' }]);
    const asked = await ask('问题');
    const afterAsk = await questionRows();
    expect((await answer(asked.question.id, ' ')).userErrors).toMatchObject([
      { field: ['input', 'answer'], code: 'REQUIRED' },
    ]);
    expect((await answer(asked.question.id, '答'.repeat(ANSWER_MAX + 1))).userErrors).toMatchObject([
      { field: ['input', 'answer'], code: 'INVALID' },
    ]);
    expect(await questionRows()).toEqual(afterAsk);
    expect(afterAsk).toHaveLength(before.length + 1);
  });

  it('keeps each question to its asker and its department', async () => {
    const [mine] = (await gql(MINE, { first: 1 }, await as(LI_HUA))).me.questions.nodes;
    // 陈静 sees her own (the seed's 投诉) and none of 李华's.
    const hers = (await gql(MINE, {}, await as(CHEN_JING))).me.questions;
    expect(hers.totalCount).toBe(1);
    expect(hers.nodes.map((n: Data) => n.id)).not.toContain(mine.id);
    expect((await gql(NODE, { id: mine.id }, await as(CHEN_JING))).node).toBeNull();
    expect((await gql(NODE, { id: mine.id }, await as(OTHER_CLERK))).node).toBeNull();
    expect((await gql(NODE, { id: mine.id }, await as(NDRC_CLERK))).node).toEqual({
      id: mine.id,
      body: mine.body,
    });
    // Clerks do not ask; citizens have no department queue.
    const refused = await api.graphql(
      ASK,
      { input: { itemId, kind: 'CONSULTATION', body: '？' } },
      await as(NDRC_CLERK),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const queue = await api.graphql(DEPARTMENT, {}, await as(LI_HUA));
    expect(queue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is held by the database too: limits, one answer, only the own department, no deletion', async () => {
    const row = await api.db.question.findFirstOrThrow({
      where: { departmentId, answeredAt: { not: null } },
    });
    const unanswered = await api.db.question.findFirstOrThrow({ where: { departmentId, answeredAt: null } });
    const otherClerk = await api.db.user.findFirstOrThrow({ where: { name: '孙磊' } });
    const clerk = await api.db.user.findFirstOrThrow({ where: { name: '吴峰' } });
    await expect(api.db.question.update({ where: { id: row.id }, data: { answer: '改写' } })).rejects.toThrow(
      /answered already/,
    );
    await expect(
      api.db.question.update({
        where: { id: unanswered.id },
        data: { answer: '答', answeredAt: clock.now(), answeredById: otherClerk.id },
      }),
    ).rejects.toThrow(/own department/);
    await expect(
      api.db.question.update({
        where: { id: unanswered.id },
        data: { answer: '答', answeredAt: clock.now() },
      }),
    ).rejects.toThrow(/questions_answer_complete/);
    await expect(
      api.db.question.update({
        where: { id: unanswered.id },
        data: { answer: '答'.repeat(ANSWER_MAX + 1), answeredAt: clock.now(), answeredById: clerk.id },
      }),
    ).rejects.toThrow(/questions_answer_length/);
    await expect(
      api.db.question.update({ where: { id: unanswered.id }, data: { body: '改' } }),
    ).rejects.toThrow(/only the answer/);
    await expect(api.db.question.delete({ where: { id: unanswered.id } })).rejects.toThrow(
      /cannot be deleted/,
    );
    await expect(
      api.db.question.create({
        data: { ...unanswered, id: undefined, answer: '答', answeredAt: clock.now(), answeredById: clerk.id },
      }),
    ).rejects.toThrow(/asked without an answer/);
    await expect(
      api.db.question.create({
        data: { ...unanswered, id: undefined, body: '问'.repeat(QUESTION_BODY_MAX + 1) },
      }),
    ).rejects.toThrow(/questions_body_length/);
  });
});

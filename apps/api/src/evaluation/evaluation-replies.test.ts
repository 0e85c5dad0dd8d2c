import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { parseCst } from '../lib/natural-days.ts';

const CITIZEN = '11010519491231002X';
const CLERK = '120102198801010033'; // 南开社保分中心
const OTHER_CLERK = '120104197911200047'; // 天津市南开区审批局
const SUPERVISOR = '120103199506300055';
const SS_CASE = '20261121143005667788';

type Errors = { field: string[] | null; code: string }[];
const EVALUATION_FIELDS = `id replyState replyOverdue reply { body author createdAt } followUp { body author }
  callbacks { body } rectifications { body } appeal { status } excludedFromFigures
  canReply canAddFollowUp canAppeal`;

describe('replies, 追评, appeals and figures', () => {
  let api: TestApi;
  const clock = {
    at: parseCst('2026-07-01 10:00:00'),
    now() {
      return this.at;
    },
  };
  const people: Record<string, string> = { CITIZEN, CLERK, OTHER_CLERK, SUPERVISOR };
  const sessions: Record<string, { sessionToken: string; issuedAt: number }> = {};
  let n = 0;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
  });
  afterAll(() => api?.close());

  /** Sessions go idle after 15 (staff) or 30 minutes of the clock: sign in again whenever the test moved it. */
  async function as(who: string) {
    if (sessions[who]?.issuedAt !== clock.at.getTime()) {
      sessions[who] = { sessionToken: await api.sessionFor(people[who]!), issuedAt: clock.at.getTime() };
    }
    return { sessionToken: sessions[who].sessionToken };
  }

  async function gql<T>(query: string, variables: Record<string, unknown>, who: string): Promise<T> {
    const result = await api.graphql<T>(query, variables, await as(who));
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }

  /** A completed case of the citizen at 南开社保分中心, reviewed badly at `reviewedAt`. */
  async function badReview(reviewedAt: string, level = 'VERY_DISSATISFIED') {
    clock.at = parseCst(reviewedAt);
    const kase = await createCaseLike(api.db, SS_CASE, {
      businessNumber: `RP${Date.now()}${++n}`,
      status: 'COMPLETED',
      completedAt: clock.at,
      statusChangedAt: clock.at,
    });
    const data = await gql<{ submitEvaluation: { evaluation: { id: string }; userErrors: Errors } }>(
      `mutation($input: SubmitEvaluationInput!) { submitEvaluation(input: $input) { evaluation { id } userErrors { field code } } }`,
      { input: { caseId: toGlobalId('Case', kase.id), level, comment: '材料被退回三次' } },
      'CITIZEN',
    );
    expect(data.submitEvaluation.userErrors).toEqual([]);
    return data.submitEvaluation.evaluation.id;
  }

  async function note(mutation: string, evaluationId: string, body: string, who: string) {
    const data = await gql<
      Record<string, { evaluation: Record<string, unknown> | null; userErrors: Errors }>
    >(
      `mutation($input: ${mutation === 'replyToEvaluation' ? 'ReplyToEvaluationInput' : 'EvaluationNoteInput'}!) {
        ${mutation}(input: $input) { evaluation { ${EVALUATION_FIELDS} } userErrors { field code } } }`,
      { input: { evaluationId, body } },
      who,
    );
    return data[mutation]!;
  }

  const view = async (id: string, who: string) =>
    (
      await gql<{ node: Record<string, unknown> | null }>(
        `query($id: ID!) { node(id: $id) { ... on Evaluation { ${EVALUATION_FIELDS} } } }`,
        { id },
        who,
      )
    ).node;

  const queue = (state: string | null, who = 'CLERK') =>
    gql<{
      departmentEvaluationTasks: {
        totalCount: number;
        nodes: { id: string; replyDueAt: string }[];
        stateCounts: { state: string; count: number }[];
      };
    }>(
      `query($state: EvaluationReplyState) { departmentEvaluationTasks(state: $state, first: 100) {
        totalCount nodes { id replyDueAt } stateCounts { state count } } }`,
      { state },
      who,
    ).then((d) => d.departmentEvaluationTasks);

  it('queue tabs follow the D+15 deadline exactly: 待回复, 即将超期 within 3 days, 已超期 from 24:00', async () => {
    const id = await badReview('2026-07-01 23:30:00'); // due 2026-07-16 24:00 CST
    const at = async (time: string, ms = 0) => {
      clock.at = new Date(parseCst(time).getTime() + ms);
      return (await view(id, 'CLERK'))!.replyState;
    };
    expect(await at('2026-07-13 23:59:59', 999)).toBe('PENDING');
    expect(await at('2026-07-14 00:00:00')).toBe('DUE_SOON');
    expect(await at('2026-07-16 23:59:59', 999)).toBe('DUE_SOON');
    expect(await at('2026-07-17 00:00:00')).toBe('OVERDUE');
    const overdue = await queue('OVERDUE');
    expect(overdue.nodes.map((node) => node.id)).toContain(id);
    expect(overdue.nodes.find((node) => node.id === id)!.replyDueAt).toBe('2026-07-17T00:00:00+08:00');
    expect((await queue('PENDING')).nodes.map((node) => node.id)).not.toContain(id);
  });

  it('a reply at 23:59:59.999 on D+15 is on time; one at 24:00 is accepted and stays overdue; a second reply is TAKEN', async () => {
    const onTime = await badReview('2026-08-01 09:00:00');
    const late = await badReview('2026-08-01 09:00:00', 'DISSATISFIED');
    clock.at = new Date(parseCst('2026-08-16 23:59:59').getTime() + 999);
    const first = await note('replyToEvaluation', onTime, '已核实，向您致歉', 'CLERK');
    expect(first.userErrors).toEqual([]);
    expect(first.evaluation).toMatchObject({ replyState: 'REPLIED', replyOverdue: false, canReply: false });
    expect((first.evaluation!.reply as { author: string }).author).toBe('南开社保分中心');
    clock.at = parseCst('2026-08-17 00:00:00');
    const second = await note('replyToEvaluation', late, '迟到的回复', 'CLERK');
    expect(second.userErrors).toEqual([]);
    expect(second.evaluation).toMatchObject({ replyState: 'REPLIED', replyOverdue: true });
    const again = await note('replyToEvaluation', onTime, '再次回复', 'CLERK');
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'TAKEN', field: ['input', 'evaluationId'] }),
    ]);
    expect(
      await api.db.evaluationReply.count({ where: { kind: 'REPLY', evaluation: { id: fromGid(onTime) } } }),
    ).toBe(1);
  });

  it('追评: only after the reply, only by the applicant, once; call-back and rectification notes stay on the department side', async () => {
    const id = await badReview('2026-09-01 09:00:00');
    const early = await note('addEvaluationFollowUp', id, '还没回复', 'CITIZEN');
    expect(early.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect((await note('replyToEvaluation', id, '已整改', 'CLERK')).userErrors).toEqual([]);
    expect((await note('recordEvaluationCallback', id, '电话回访，群众认可', 'CLERK')).userErrors).toEqual(
      [],
    );
    expect((await note('recordEvaluationRectification', id, '简化材料清单', 'CLERK')).userErrors).toEqual([]);
    const byClerk = await note('addEvaluationFollowUp', id, '冒充', 'CLERK');
    expect(byClerk.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const followUp = await note('addEvaluationFollowUp', id, '问题已解决', 'CITIZEN');
    expect(followUp.userErrors).toEqual([]);
    expect(followUp.evaluation).toMatchObject({
      followUp: { body: '问题已解决', author: '李华' },
      canAddFollowUp: false,
    });
    // the citizen never sees the department's internal notes or appeals
    expect(followUp.evaluation).toMatchObject({ callbacks: [], rectifications: [], appeal: null });
    const second = await note('addEvaluationFollowUp', id, '再追评', 'CITIZEN');
    expect(second.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN' })]);
    expect(await view(id, 'CLERK')).toMatchObject({
      callbacks: [{ body: '电话回访，群众认可' }],
      rectifications: [{ body: '简化材料清单' }],
    });
  });

  it('another department sees none of it: not in its queue, not by node(id:), and it cannot reply or appeal', async () => {
    const id = await badReview('2026-10-01 09:00:00');
    const other = await queue(null, 'OTHER_CLERK');
    expect(other.nodes.map((node) => node.id)).not.toContain(id);
    expect(await view(id, 'OTHER_CLERK')).toBeNull();
    const reply = await note('replyToEvaluation', id, '越权回复', 'OTHER_CLERK');
    expect(reply.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'evaluationId'] }),
    ]);
    const appeal = await gql<{ fileEvaluationAppeal: { userErrors: Errors } }>(
      `mutation($input: FileEvaluationAppealInput!) { fileEvaluationAppeal(input: $input) { userErrors { field code } } }`,
      { input: { evaluationId: id, reason: '越权申诉' } },
      'OTHER_CLERK',
    );
    expect(appeal.fileEvaluationAppeal.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(await api.db.evaluationReply.count({ where: { evaluationId: fromGid(id) } })).toBe(0);
    expect(await api.db.evaluationAppeal.count({ where: { evaluationId: fromGid(id) } })).toBe(0);
    const forbidden = await api.graphql(
      `{ departmentEvaluationTasks { totalCount } }`,
      {},
      await as('CITIZEN'),
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an upheld appeal keeps the review, marks it, and removes it from the figures; a decision is final', async () => {
    clock.at = parseCst('2026-11-20 09:00:00');
    const figures = () =>
      gql<{
        evaluationFigures: {
          overall: Record<string, number | null>;
          byDepartment: { department: { name: string }; total: number; excludedByAppeal: number }[];
        };
      }>(
        `{ evaluationFigures(from: "2026-11-01", to: "2026-11-30") { overall { total active defaults bad badRate goodRate
            replied repliedOnTime replyRate onTimeReplyRate overdue excludedByAppeal }
          byDepartment { department { name } total excludedByAppeal } } }`,
        {},
        'SUPERVISOR',
      ).then((d) => d.evaluationFigures);
    const before = await figures();
    const id = await badReview('2026-11-20 10:00:00');
    const withReview = await figures();
    expect(withReview.overall.total).toBe(before.overall.total! + 1);
    expect(withReview.overall.bad).toBe(before.overall.bad! + 1);

    const filed = await gql<{
      fileEvaluationAppeal: { appeal: { id: string; status: string } | null; userErrors: Errors };
    }>(
      `mutation($input: FileEvaluationAppealInput!) { fileEvaluationAppeal(input: $input) { appeal { id status } userErrors { field code } } }`,
      { input: { evaluationId: id, reason: '评价内容与本办件无关' } },
      'CLERK',
    );
    expect(filed.fileEvaluationAppeal.userErrors).toEqual([]);
    const appealId = filed.fileEvaluationAppeal.appeal!.id;
    const pending = await gql<{ evaluationAppeals: { nodes: { id: string }[] } }>(
      `{ evaluationAppeals(status: PENDING, first: 100) { nodes { id } } }`,
      {},
      'SUPERVISOR',
    );
    expect(pending.evaluationAppeals.nodes.map((a) => a.id)).toContain(appealId);
    const byClerk = await api.graphql(`{ evaluationAppeals { totalCount } }`, {}, await as('CLERK'));
    expect(byClerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const decide = (decision: string) =>
      gql<{
        decideEvaluationAppeal: {
          appeal: { status: string; decidedByName: string } | null;
          userErrors: Errors;
        };
      }>(
        `mutation($input: DecideEvaluationAppealInput!) { decideEvaluationAppeal(input: $input) { appeal { status decidedByName } userErrors { field code } } }`,
        { input: { appealId, decision, note: '经核实属实' } },
        'SUPERVISOR',
      ).then((d) => d.decideEvaluationAppeal);
    expect(await decide('UPHOLD')).toMatchObject({
      appeal: { status: 'UPHELD', decidedByName: '周婷' },
      userErrors: [],
    });
    expect((await decide('DISMISS')).userErrors).toEqual([expect.objectContaining({ code: 'TAKEN' })]);

    expect(await view(id, 'CLERK')).toMatchObject({
      excludedFromFigures: true,
      appeal: { status: 'UPHELD' },
    });
    expect(await api.db.evaluation.count({ where: { id: fromGid(id) } })).toBe(1);
    const after = await figures();
    expect(after.overall).toEqual({
      ...before.overall,
      excludedByAppeal: before.overall.excludedByAppeal! + 1,
    });
  });

  it('the figures follow the national definitions on a known set of evaluations', async () => {
    const { evaluationFigures } = await import('./compute-evaluation-figures.ts');
    // a period nobody else uses: 2027-03
    const mk = async (level: string, comment: string | null, day: string, isDefault = false) => {
      const at = parseCst(`${day} 10:00:00`);
      const kase = await createCaseLike(api.db, SS_CASE, {
        businessNumber: `FG${Date.now()}${++n}`,
        status: 'COMPLETED',
        completedAt: at,
        statusChangedAt: at,
      });
      const bad = level === 'DISSATISFIED' || level === 'VERY_DISSATISFIED';
      return api.db.evaluation.create({
        data: {
          caseId: kase.id,
          level: level as never,
          comment,
          channel: isDefault ? 'SYSTEM_DEFAULT' : 'PC',
          isDefault,
          evaluatorId: isDefault ? null : kase.applicantId,
          submittedAt: at,
          replyDueAt: bad ? new Date(at.getTime() + 15 * 86_400_000) : null,
        },
      });
    };
    await mk('VERY_SATISFIED', null, '2027-03-02');
    await mk('SATISFIED', null, '2027-03-03');
    await mk('BASIC', null, '2027-03-04', true);
    const replied = await mk('DISSATISFIED', '慢', '2027-03-05');
    await mk('VERY_DISSATISFIED', '差', '2027-03-06');
    const clerk = await api.db.user.findFirstOrThrow({ where: { name: '赵敏' } });
    await api.db.evaluationReply.create({
      data: {
        evaluationId: replied.id,
        kind: 'REPLY',
        authorId: clerk.id,
        body: '已改进',
        createdAt: parseCst('2027-03-06 10:00:00'),
      },
    });
    const result = await evaluationFigures(
      api.db,
      { from: parseCst('2027-03-01 00:00:00'), to: parseCst('2027-04-01 00:00:00') },
      parseCst('2027-04-30 00:00:00'),
    );
    expect(result.overall).toEqual({
      departmentId: null,
      total: 5,
      active: 4,
      defaults: 1,
      verySatisfied: 1,
      satisfied: 1,
      basic: 1,
      dissatisfied: 1,
      veryDissatisfied: 1,
      goodRate: 0.4,
      badRate: 0.4,
      bad: 2,
      replied: 1,
      repliedOnTime: 1,
      replyRate: 0.5,
      onTimeReplyRate: 0.5,
      overdue: 1,
      excludedByAppeal: 0,
    });
    expect(result.byDepartment).toHaveLength(1);
    expect(result.byDepartment[0]).toEqual({ ...result.overall, departmentId: clerk.departmentId });
    const denied = await api.graphql(`{ evaluationFigures { overall { total } } }`, {}, await as('CLERK'));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

function fromGid(gid: string): string {
  return Buffer.from(gid, 'base64url').toString().split(':')[1]!;
}

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import type { Clock } from '../lib/clock.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { dispatchOutbox } from '../jobs/dispatch-outbox.ts';
import { syncOutboxSubscriptions } from '../jobs/sync-outbox-subscriptions.ts';
import { notificationHandler, NOTIFICATION_SUBSCRIBER } from './notification-handler.ts';
import { sendDueSms, SMS_STALE_SENDING_MS } from './send-due-sms.ts';
import { loggingSmsProvider, type SmsProvider } from './sms-provider.ts';
import { remindEvaluations } from './remind-evaluations.ts';

/** 我的互动 → 消息通知 (graphql/notification.graphql): events → inbox and SMS, through the job room's parts. */
const CLERK = '120102198801010033'; // 赵敏, 南开社保分中心
const CITIZEN = '11010519491231002X'; // 李华, phone 13800138000
const OTHER_CITIZEN = '120104198503120018';
const TEMPLATE_CASE = '20261121143005667788'; // 李华's case at 南开社保分中心
const MINUTE = 60_000;

function manualClock(start: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (iso) => void (now = new Date(iso).getTime()),
    advance: (ms) => void (now += ms),
  };
}

describe('notifications: case and 好差评 events to the inbox and SMS', () => {
  // 10:00 CST on a weekday: outside quiet hours.
  const clock = manualClock('2026-12-04T02:00:00Z');
  const handler = notificationHandler(clock);
  let api: TestApi;
  /** The citizen's session, opened at the clock's current time (the tests move the clock by days). */
  const citizen = async () => ({ sessionToken: await api.sessionFor(CITIZEN) });
  let provider: SmsProvider;
  let serial = 0;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
    provider = loggingSmsProvider(api.db, pino({ level: 'silent' }));
    await syncOutboxSubscriptions(api.db, [handler]);
    await dispatchAll(); // nothing: a new subscription starts at the current outbox position
  });
  afterAll(() => api?.close());

  async function dispatchAll() {
    for (;;) {
      const { handled, failed } = await dispatchOutbox(api.db, [handler]);
      if (failed) throw new Error('a notification delivery failed');
      if (!handled) return;
    }
  }

  async function newCase() {
    serial += 1;
    const kase = await createCaseLike(api.db, TEMPLATE_CASE, {
      businessNumber: `2026120410000000${String(serial).padStart(4, '0')}`,
    });
    return { row: kase, id: toGlobalId('Case', kase.id) };
  }

  async function act(name: string, input: Record<string, unknown>) {
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    const result = await api.graphql<Record<string, { userErrors: unknown[] }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { userErrors { code message } } }`,
      { input },
      { sessionToken: await api.sessionFor(CLERK) }, // the clock jumps: a session opened now
    );
    expect(result.errors).toBeUndefined();
    expect(result.data![name]!.userErrors).toEqual([]);
  }

  const notificationsOf = (caseId: string) =>
    api.db.notification.findMany({
      where: { caseId },
      orderBy: { createdAt: 'asc' },
      include: { sms: true },
    });

  it('a first start does not fill the inbox with past events: the subscription starts at the current position', async () => {
    // Before the notifications subscriber exists (an installation upgraded to this release), cases change.
    await api.db.$executeRaw`DELETE FROM outbox_subscriptions WHERE subscriber = ${handler.subscriber}`;
    const { row, id } = await newCase();
    await act('acceptCase', { caseId: id });
    expect(await api.db.outboxEvent.count({ where: { aggregate: row.id } })).toBeGreaterThan(0);

    // The worker's first start registers the subscription: those past events reach no inbox and no phone.
    await syncOutboxSubscriptions(api.db, [handler]);
    await dispatchAll();
    expect(await api.db.outboxDelivery.count({ where: { subscriber: handler.subscriber } })).toBe(0);
    expect(await notificationsOf(row.id)).toEqual([]);

    // What happens from then on does.
    await act('startProcessing', { caseId: id });
    await act('completeCase', { caseId: id, result: '准予许可', deliveryMethod: 'WINDOW_PICKUP' });
    await dispatchAll();
    expect((await notificationsOf(row.id)).map((n) => n.kind)).toEqual(['CASE_COMPLETED']);
    expect(await sendDueSms(api.db, provider, clock.now())).toMatchObject({ sent: 1, failed: 0 });
  });

  it('writes 受理, 补正 with the missing materials and 办结 with the evaluation deadline, each with one SMS', async () => {
    const { row, id } = await newCase();
    await act('requestCorrection', { caseId: id, missingMaterials: ['恢复待遇申请表', '居民身份证'] });
    await dispatchAll();
    await api.db.case.update({ where: { id: row.id }, data: { status: 'RECEIVED' } }); // the applicant resent
    clock.advance(MINUTE);
    await act('acceptCase', { caseId: id });
    await act('startProcessing', { caseId: id });
    clock.advance(MINUTE);
    await act('completeCase', { caseId: id, result: '准予许可', deliveryMethod: 'WINDOW_PICKUP' });
    await dispatchAll();

    const written = await notificationsOf(row.id);
    expect(written.map((n) => [n.kind, n.title])).toEqual([
      ['CASE_CORRECTION', '办件需要补正'],
      ['CASE_ACCEPTED', '办件已受理'],
      ['CASE_COMPLETED', '办件已办结'],
    ]);
    expect(written[0]!.body).toContain('需要补正以下材料：恢复待遇申请表、居民身份证。');
    // Completed 2026-12-04 (CST): open until 2026-12-11 24:00.
    expect(written[2]!.body).toContain('请于 2026-12-11 24:00 前（7 天内）对本次服务进行评价');
    expect(
      written.every((n) => n.sms?.status === 'PENDING' && n.sms.text === `【网上办事大厅】${n.body}`),
    ).toBe(true);

    expect(await sendDueSms(api.db, provider, clock.now())).toMatchObject({ sent: 3, failed: 0 });
    const logged = await api.db.smsLog.findMany({
      where: { idempotencyKey: { in: written.map((n) => n.sms!.id) } },
    });
    expect(logged.map((entry) => entry.phoneMasked)).toEqual(['138****8000', '138****8000', '138****8000']);
    // Nothing is due any more.
    expect(await sendDueSms(api.db, provider, clock.now())).toEqual({ sent: 0, failed: 0, cancelled: 0 });
  });

  it('never writes or sends twice: a replayed event, and a worker killed between the handler and DONE', async () => {
    const { row, id } = await newCase();
    await act('acceptCase', { caseId: id });
    // Killed after the handler ran, before its DONE mark: the delivery's transaction rolls back.
    const crash = await dispatchOutbox(api.db, [handler], {
      baseDelayMs: 0,
      hooks: {
        handled: async () => {
          throw new Error('worker killed before DONE');
        },
      },
    });
    expect(crash.failed).toBe(1);
    expect(await notificationsOf(row.id)).toEqual([]);
    await dispatchAll();
    expect(await notificationsOf(row.id)).toHaveLength(1);

    // The same event handed out again (a replay): the unique key keeps one notification and one SMS.
    await api.db.outboxDelivery.updateMany({
      where: { subscriber: NOTIFICATION_SUBSCRIBER, aggregate: row.id },
      data: { status: 'PENDING', attempts: 0, handledAt: null },
    });
    await dispatchAll();
    const after = await notificationsOf(row.id);
    expect(after).toHaveLength(1);
    expect(await api.db.smsMessage.count({ where: { notificationId: after[0]!.id } })).toBe(1);
  });

  it('sends one SMS when the worker dies between the provider’s answer and the SENT mark', async () => {
    const { row, id } = await newCase();
    await act('acceptCase', { caseId: id });
    await dispatchAll();
    const [notification] = await notificationsOf(row.id);
    const messageId = notification!.sms!.id;

    await expect(
      sendDueSms(api.db, provider, clock.now(), {
        hooks: {
          afterSend: async (sent) => {
            if (sent === messageId) throw new Error('worker killed after sending');
          },
        },
      }),
    ).rejects.toThrow('worker killed after sending');
    expect(await api.db.smsMessage.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: 'SENDING',
      attempts: 1,
    });
    // Another worker does not take it while it may still be in hand...
    expect((await sendDueSms(api.db, provider, clock.now())).sent).toBe(0);
    // ...and hands it over again, with the same key, once it is stale.
    clock.advance(SMS_STALE_SENDING_MS);
    expect((await sendDueSms(api.db, provider, clock.now())).sent).toBe(1);
    expect(await api.db.smsMessage.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: 'SENT',
      attempts: 2,
    });
    expect(await api.db.smsLog.count({ where: { idempotencyKey: messageId } })).toBe(1);
  });

  it('retries a failing provider with backoff, and gives up only after the last attempt', async () => {
    const { row, id } = await newCase();
    await act('acceptCase', { caseId: id });
    await dispatchAll();
    const messageId = (await notificationsOf(row.id))[0]!.sms!.id;
    let calls = 0;
    const flaky: SmsProvider = {
      name: 'flaky',
      async send(request, signal) {
        calls += 1;
        if (calls === 1) throw new Error('gateway down');
        await provider.send(request, signal);
      },
    };
    expect(await sendDueSms(api.db, flaky, clock.now())).toMatchObject({ sent: 0, failed: 1 });
    const waiting = await api.db.smsMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'gateway down' });
    expect(waiting.dueAt.getTime()).toBe(clock.now().getTime() + 5_000);
    expect((await sendDueSms(api.db, flaky, clock.now())).sent).toBe(0); // not due yet
    clock.advance(5_000);
    expect((await sendDueSms(api.db, flaky, clock.now())).sent).toBe(1);
  });

  it('holds SMS during quiet hours (22:00–08:00 CST) and sends them at 08:00; the inbox gets them at once', async () => {
    clock.set('2026-12-04T14:30:00Z'); // 22:30 CST
    const { row, id } = await newCase();
    await act('acceptCase', { caseId: id });
    await dispatchAll();
    const [notification] = await notificationsOf(row.id);
    expect(notification!.sms!.dueAt).toEqual(new Date('2026-12-05T00:00:00Z'));
    expect((await sendDueSms(api.db, provider, clock.now())).sent).toBe(0);
    clock.set('2026-12-04T23:59:59Z'); // 07:59:59 CST
    expect((await sendDueSms(api.db, provider, clock.now())).sent).toBe(0);
    clock.set('2026-12-05T00:00:00Z'); // 08:00 CST
    expect((await sendDueSms(api.db, provider, clock.now())).sent).toBe(1);
  });

  it('respects the opt-out: queued SMS are cancelled and new notifications reach the inbox only', async () => {
    clock.set('2026-12-05T02:00:00Z');
    const { row, id } = await newCase();
    await act('acceptCase', { caseId: id });
    await dispatchAll();
    const optOut = await api.graphql<{ updateNotificationSettings: { user: { smsOptOut: boolean } } }>(
      'mutation { updateNotificationSettings(input: { smsOptOut: true }) { user { smsOptOut } userErrors { code } } }',
      {},
      await citizen(),
    );
    expect(optOut.data!.updateNotificationSettings.user.smsOptOut).toBe(true);
    expect((await notificationsOf(row.id))[0]!.sms!.status).toBe('CANCELLED');
    await act('startProcessing', { caseId: id });
    await act('completeCase', { caseId: id, result: '准予许可', deliveryMethod: 'WINDOW_PICKUP' });
    await dispatchAll();
    const written = await notificationsOf(row.id);
    expect(written.map((n) => [n.kind, n.sms?.status ?? null])).toEqual([
      ['CASE_ACCEPTED', 'CANCELLED'],
      ['CASE_COMPLETED', null],
    ]);
    await api.graphql(
      'mutation { updateNotificationSettings(input: { smsOptOut: false }) { userErrors { code } } }',
      {},
      await citizen(),
    );
  });

  it('reminds two days before the default evaluation, once, and not for an evaluated case', async () => {
    clock.set('2026-12-05T02:00:00Z');
    const { row } = await newCase();
    const evaluated = await newCase();
    // Completed 2026-11-28 10:00 CST: the window closes 2026-12-05 24:00, the reminder is due from 12-04 00:00.
    for (const kase of [row, evaluated.row]) {
      await api.db.case.update({
        where: { id: kase.id },
        data: { status: 'COMPLETED', completedAt: new Date('2026-11-28T02:00:00Z') },
      });
    }
    await api.db.evaluation.create({
      data: {
        caseId: evaluated.row.id,
        evaluatorId: evaluated.row.applicantId,
        level: 'SATISFIED',
        channel: 'PC',
        submittedAt: clock.now(),
      },
    });
    clock.set('2026-12-03T15:59:59Z'); // 12-03 23:59:59 CST: not yet
    await remindEvaluations(api.db, clock.now());
    expect(await notificationsOf(row.id)).toEqual([]);
    clock.set('2026-12-03T16:00:00Z'); // 12-04 00:00 CST (quiet hours: the SMS waits for 08:00)
    await remindEvaluations(api.db, clock.now());
    await remindEvaluations(api.db, clock.now());
    const reminders = await notificationsOf(row.id);
    expect(reminders.map((n) => n.kind)).toEqual(['EVALUATION_REMINDER']);
    expect(reminders[0]!.body).toContain('的评价将于 2026-12-05 24:00 截止（剩余不到 2 天）');
    expect(reminders[0]!.sms!.dueAt).toEqual(new Date('2026-12-04T00:00:00Z'));
    expect(await notificationsOf(evaluated.row.id)).toEqual([]);
    clock.set('2026-12-05T16:00:00Z'); // closed: no reminder for a case that just closed either
    const other = await newCase();
    await api.db.case.update({
      where: { id: other.row.id },
      data: { status: 'COMPLETED', completedAt: new Date('2026-11-28T02:00:00Z') },
    });
    await remindEvaluations(api.db, clock.now());
    expect(await notificationsOf(other.row.id)).toEqual([]);
  });

  it('serves the inbox to its owner only, with the unread count and 已读', async () => {
    clock.set('2026-12-06T02:00:00Z');
    const inbox = async (as: { sessionToken: string }) =>
      (
        await api.graphql<{
          me: {
            unreadNotificationCount: number;
            notifications: {
              totalCount: number;
              nodes: {
                id: string;
                title: string;
                readAt: string | null;
                case: { businessNumber: string } | null;
              }[];
            };
          };
        }>(
          '{ me { unreadNotificationCount notifications(first: 100, unreadOnly: true) { totalCount nodes { id title readAt case { businessNumber } } } } }',
          {},
          as,
        )
      ).data!.me;
    const me = await citizen();
    const mine = await inbox(me);
    expect(mine.unreadNotificationCount).toBeGreaterThan(3);
    expect(mine.notifications.totalCount).toBe(mine.unreadNotificationCount);
    expect(mine.notifications.nodes[0]!.case).not.toBeNull();

    const other = { sessionToken: await api.sessionFor(OTHER_CITIZEN) };
    const mark = (ids: string[] | null, as: { sessionToken: string }, all = false) =>
      api.graphql<{
        markNotificationsRead: {
          markedCount: number | null;
          unreadCount: number | null;
          userErrors: { code: string }[];
        };
      }>(
        'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { markedCount unreadCount userErrors { code } } }',
        { input: { notificationIds: ids, all } },
        as,
      );
    const first = mine.notifications.nodes[0]!.id;
    expect((await mark([first], other)).data!.markNotificationsRead.userErrors).toEqual([
      { code: 'NOT_FOUND' },
    ]);
    const node = await api.graphql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: first },
      other,
    );
    expect(node.data!.node).toBeNull();
    expect((await mark([], me)).data!.markNotificationsRead.userErrors).toEqual([{ code: 'REQUIRED' }]);

    const marked = (await mark([first], me)).data!.markNotificationsRead;
    expect(marked).toEqual({ markedCount: 1, unreadCount: mine.unreadNotificationCount - 1, userErrors: [] });
    expect((await mark([first], me)).data!.markNotificationsRead.markedCount).toBe(0);
    expect((await mark(null, me, true)).data!.markNotificationsRead.unreadCount).toBe(0);
    expect((await inbox(me)).unreadNotificationCount).toBe(0);
    const citizenRow = await api.db.user.findUniqueOrThrow({
      where: { idNumberHash: piiLookupHash(CITIZEN) },
    });
    expect(await api.db.notification.count({ where: { userId: citizenRow.id, readAt: null } })).toBe(0);
  });

  it('tells the applicant when the department replies to a review', async () => {
    clock.set('2026-12-06T03:00:00Z');
    const bad = await api.db.evaluation.findFirstOrThrow({
      where: {
        level: { in: ['DISSATISFIED', 'VERY_DISSATISFIED'] },
        case: { department: { name: '南开社保分中心' } },
        replies: { none: {} },
      },
    });
    await act('replyToEvaluation', {
      evaluationId: toGlobalId('Evaluation', bad.id),
      body: '已核实，已整改。',
    });
    await dispatchAll();
    const written = await notificationsOf(bad.caseId);
    expect(written.at(-1)).toMatchObject({ kind: 'EVALUATION_REPLIED', title: '部门已回复评价' });
    expect(written.at(-1)!.body).toContain('南开社保分中心已回复您对');
  });
});

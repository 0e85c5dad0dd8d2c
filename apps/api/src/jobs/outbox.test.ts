import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/use-test-database.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import { recordOutboxEvent } from './record-outbox-event.ts';
import { dispatchOutbox } from './dispatch-outbox.ts';
import { syncOutboxSubscriptions } from './sync-outbox-subscriptions.ts';
import { retryDelayMs, type OutboxHandler } from './outbox-handler.ts';

const TYPE = 'test.happened';

/** A handler that writes what it handles into handled_log in the delivery's transaction. */
function logging(
  subscriber: string,
  fail: (payload: { n: number }, attempt: number) => boolean = () => false,
) {
  const handler: OutboxHandler = {
    subscriber,
    eventTypes: [TYPE],
    maxAttempts: 3,
    async handle(event, { tx, attempt }) {
      await tx.$executeRaw`INSERT INTO handled_log (subscriber, event_id, aggregate, seq)
                           VALUES (${subscriber}, ${event.id}::uuid, ${event.aggregate}, ${event.seq})`;
      const payload = event.payload as { n: number };
      if (fail(payload, attempt)) throw new Error(`refused event ${payload.n} on attempt ${attempt}`);
    },
  };
  return handler;
}

describe('outbox', () => {
  const database = useTestDatabase();
  let db: Db;

  beforeAll(async () => {
    db = database.db;
    await db.$executeRaw`CREATE TABLE handled_log (n bigserial, subscriber text, event_id uuid, aggregate text, seq bigint)`;
  });
  beforeEach(async () => {
    await db.$executeRaw`TRUNCATE handled_log, outbox_events, outbox_deliveries, outbox_subscriptions`;
  });

  const record = (aggregate: string, n: number) =>
    db.$transaction((tx) => recordOutboxEvent(tx, { type: TYPE, aggregate, payload: { n } }));
  const log = (subscriber: string) =>
    db.$queryRaw<{ aggregate: string; n: number }[]>`
      SELECT l.aggregate, (e.payload->>'n')::int AS n FROM handled_log l JOIN outbox_events e ON e.id = l.event_id
       WHERE l.subscriber = ${subscriber} ORDER BY l.n`;
  const deliveries = () =>
    db.outboxDelivery.findMany({
      orderBy: [{ subscriber: 'asc' }, { seq: 'asc' }],
      include: { event: true },
    });

  it('an event exists only if its transaction commits, with one delivery per subscriber of its type', async () => {
    await syncOutboxSubscriptions(db, [
      logging('a'),
      logging('b'),
      { ...logging('c'), eventTypes: ['x.other'] },
    ]);
    await expect(
      db.$transaction(async (tx) => {
        await recordOutboxEvent(tx, { type: TYPE, aggregate: 'case-1', payload: { n: 1 } });
        throw new Error('the domain change fails after recording');
      }),
    ).rejects.toThrow('the domain change fails');
    expect(await db.outboxEvent.count()).toBe(0);
    expect(await db.outboxDelivery.count()).toBe(0);

    await record('case-1', 2);
    expect((await deliveries()).map((d) => [d.subscriber, d.status, d.aggregate])).toEqual([
      ['a', 'PENDING', 'case-1'],
      ['b', 'PENDING', 'case-1'],
    ]);
  });

  it('the database refuses a malformed type and rewriting an event', async () => {
    await expect(record('', 1)).rejects.toThrow();
    await expect(
      db.$transaction((tx) => recordOutboxEvent(tx, { type: 'NoDot', aggregate: 'a', payload: {} })),
    ).rejects.toThrow('outbox_events_type_shape');
    await record('case-1', 1);
    await expect(db.$executeRaw`UPDATE outbox_events SET payload = '{}'`).rejects.toThrow('append-only');
  });

  it('handles each event once, per aggregate in commit order; a failure is retried with backoff and holds back only its own aggregate', async () => {
    const handler = logging('report', (payload, attempt) => payload.n === 1 && attempt < 3);
    await syncOutboxSubscriptions(db, [handler]);
    await record('case-A', 1);
    await record('case-B', 10);
    await record('case-A', 2);
    await record('case-B', 11);

    const before = Date.now();
    expect(await dispatchOutbox(db, [handler], { baseDelayMs: 60_000 })).toEqual({ handled: 1, failed: 1 });
    const failedOnce = await db.outboxDelivery.findFirstOrThrow({
      where: { event: { payload: { equals: { n: 1 } } } },
    });
    expect(failedOnce).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: 'Error: refused event 1 on attempt 1',
    });
    // The next try waits for the backoff (database clock): 60 s after the first failure.
    expect(failedOnce.availableAt.getTime() - before).toBeGreaterThan(55_000);
    expect(failedOnce.availableAt.getTime() - before).toBeLessThan(65_000);
    // The failed handler's own write was rolled back with its delivery.
    expect(await log('report')).toEqual([{ aggregate: 'case-B', n: 10 }]);

    // While case-A's first event waits, its second is not handed out; case-B goes on.
    expect(await dispatchOutbox(db, [handler], { baseDelayMs: 60_000 })).toEqual({ handled: 1, failed: 0 });
    expect(await dispatchOutbox(db, [handler], { baseDelayMs: 60_000 })).toEqual({ handled: 0, failed: 0 });
    expect(await log('report')).toEqual([
      { aggregate: 'case-B', n: 10 },
      { aggregate: 'case-B', n: 11 },
    ]);

    await db.$executeRaw`UPDATE outbox_deliveries SET available_at = now() WHERE status = 'PENDING'`;
    expect(await dispatchOutbox(db, [handler], { baseDelayMs: 0 })).toEqual({ handled: 0, failed: 1 });
    while ((await dispatchOutbox(db, [handler], { baseDelayMs: 0 })).handled > 0);
    expect(await log('report')).toEqual([
      { aggregate: 'case-B', n: 10 },
      { aggregate: 'case-B', n: 11 },
      { aggregate: 'case-A', n: 1 },
      { aggregate: 'case-A', n: 2 },
    ]);
    const done = await deliveries();
    expect(done.map((d) => [d.status, d.attempts, d.lastError])).toEqual([
      ['DONE', 3, null],
      ['DONE', 1, null],
      ['DONE', 1, null],
      ['DONE', 1, null],
    ]);
    expect(done.every((d) => d.handledAt)).toBe(true);
  });

  it('a delivery that keeps failing goes DEAD with its last error, and later events of that aggregate wait behind it', async () => {
    const handler = logging('webhook', (payload) => payload.n === 1);
    await syncOutboxSubscriptions(db, [handler]);
    await record('case-A', 1);
    await record('case-A', 2);
    await record('case-B', 3);
    for (let pass = 0; pass < 5; pass++) await dispatchOutbox(db, [handler], { baseDelayMs: 0 });
    const rows = await deliveries();
    expect(rows.map((d) => [(d.event.payload as { n: number }).n, d.status, d.attempts])).toEqual([
      [1, 'DEAD', 3],
      [2, 'PENDING', 0],
      [3, 'DONE', 1],
    ]);
    expect(rows[0]!.lastError).toBe('Error: refused event 1 on attempt 3');
  });

  it('two dispatchers at once hand every delivery out exactly once', async () => {
    const handler = logging('report');
    await syncOutboxSubscriptions(db, [handler]);
    for (let n = 0; n < 60; n++) await record(`case-${n % 12}`, n);
    const other = createPrisma(database.url);
    try {
      for (;;) {
        const [a, b] = await Promise.all([dispatchOutbox(db, [handler]), dispatchOutbox(other, [handler])]);
        if (a.handled + b.handled === 0) break;
      }
    } finally {
      await other.$disconnect();
    }
    const handled = await log('report');
    expect(handled).toHaveLength(60);
    expect(new Set(handled.map((row) => row.n)).size).toBe(60);
    for (let aggregate = 0; aggregate < 12; aggregate++) {
      const ns = handled.filter((row) => row.aggregate === `case-${aggregate}`).map((row) => row.n);
      expect(ns).toEqual([...ns].sort((x, y) => x - y));
    }
  });

  it('a new subscription starts at the current position, or with history when it asks; a dropped one loses its open deliveries', async () => {
    await record('case-A', 1);
    await syncOutboxSubscriptions(db, [logging('fresh'), { ...logging('late'), startAt: 'firstKept' }]);
    expect((await deliveries()).map((d) => [d.subscriber, d.status])).toEqual([['late', 'PENDING']]);
    await record('case-A', 2);
    expect((await deliveries()).map((d) => d.subscriber).sort()).toEqual(['fresh', 'late', 'late']);
    await db.$executeRaw`DELETE FROM outbox_deliveries WHERE subscriber = 'fresh'`;
    await db.$executeRaw`DELETE FROM outbox_subscriptions WHERE subscriber = 'fresh'`;
    await syncOutboxSubscriptions(db, [{ ...logging('late'), eventTypes: ['x.other'] }]);
    expect(await db.outboxDelivery.count()).toBe(0);
    expect(await db.outboxSubscription.findMany()).toEqual([{ subscriber: 'late', eventType: 'x.other' }]);
    await expect(syncOutboxSubscriptions(db, [logging('twice'), logging('twice')])).rejects.toThrow('twice');
  });

  it('retry delays double from the base and stop at the cap', () => {
    expect([1, 2, 3, 4].map((failed) => retryDelayMs(failed, 5_000, 60_000))).toEqual([
      5_000, 10_000, 20_000, 40_000,
    ]);
    expect(retryDelayMs(5, 5_000, 60_000)).toBe(60_000);
    expect(retryDelayMs(40)).toBe(60 * 60_000);
  });
});

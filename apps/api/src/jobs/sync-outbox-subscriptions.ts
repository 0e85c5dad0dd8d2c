import type { Db } from '../db/prisma.ts';
import type { OutboxHandler } from './outbox-handler.ts';
import { isFamily } from './dispatch-outbox.ts';

/**
 * Makes outbox_subscriptions say what the registered handlers subscribe to. A new subscription starts at the
 * current outbox position: only events recorded from then on (a first worker start does not fill the inbox
 * with the seed's or any past events). A handler with `startAt: 'firstKept'` starts instead with the events
 * still kept, in seq order. A dropped subscription loses its open deliveries, so they do not hold up the
 * aggregate. While it changes the table it holds an ACCESS EXCLUSIVE
 * lock, which waits for every transaction whose fan-out trigger read the old list: no event falls between.
 * Subscribers no handler registers here are left alone (another version of the worker may own them).
 */
export async function syncOutboxSubscriptions(db: Db, all: readonly OutboxHandler[]): Promise<void> {
  const handlers = all.filter((handler) => !isFamily(handler));
  const wanted = new Set(handlers.flatMap((h) => h.eventTypes.map((type) => `${h.subscriber}\t${type}`)));
  const subscribers = handlers.map((handler) => handler.subscriber);
  const startAtOf = new Map(handlers.map((handler) => [handler.subscriber, handler.startAt ?? 'now']));
  if (new Set(subscribers).size !== subscribers.length) {
    throw new Error(`Two outbox handlers share a subscriber name: ${subscribers.join(', ')}`);
  }
  const current = async (tx: Pick<Db, 'outboxSubscription'>) =>
    new Set(
      (await tx.outboxSubscription.findMany({ where: { subscriber: { in: subscribers } } })).map(
        (row) => `${row.subscriber}\t${row.eventType}`,
      ),
    );
  const same = (have: Set<string>) =>
    have.size === wanted.size && [...have].every((pair) => wanted.has(pair));
  if (same(await current(db))) return;

  await db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "outbox_subscriptions" IN ACCESS EXCLUSIVE MODE`;
    const have = await current(tx);
    for (const pair of have) {
      if (wanted.has(pair)) continue;
      const [subscriber, eventType] = pair.split('\t') as [string, string];
      await tx.outboxSubscription.delete({ where: { subscriber_eventType: { subscriber, eventType } } });
      await tx.$executeRaw`
        DELETE FROM "outbox_deliveries" d USING "outbox_events" e
         WHERE d."event_id" = e."id" AND d."subscriber" = ${subscriber} AND e."type" = ${eventType}
           AND d."status" <> 'DONE'`;
    }
    for (const pair of wanted) {
      if (have.has(pair)) continue;
      const [subscriber, eventType] = pair.split('\t') as [string, string];
      await tx.outboxSubscription.create({ data: { subscriber, eventType } });
      if (startAtOf.get(subscriber) !== 'firstKept') continue;
      await tx.$executeRaw`
        INSERT INTO "outbox_deliveries" ("subscriber", "event_id", "seq", "aggregate")
        SELECT ${subscriber}, e."id", e."seq", e."aggregate" FROM "outbox_events" e WHERE e."type" = ${eventType}
        ON CONFLICT DO NOTHING`;
    }
  });
}

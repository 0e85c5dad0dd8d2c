import type { Prisma } from '../generated/prisma/client.ts';

export interface OutboxEventInput {
  /** `module.what_happened`, e.g. `evaluation.submitted` (the database checks the shape) */
  type: string;
  /** what order is kept for: events of one aggregate (e.g. a case id) are handled in commit order */
  aggregate: string;
  payload: Prisma.InputJsonValue;
  /** the domain's clock; defaults to the database's */
  occurredAt?: Date;
}

/**
 * Records an event in the caller's transaction: it exists exactly when the change it reports commits. The
 * aggregate passes through outbox_serialise (writers of one aggregate wait for each other until commit, so
 * its seq order is commit order); a trigger creates one delivery per subscribed handler in the same
 * transaction. Set-based SQL may insert into outbox_events itself, through outbox_serialise too.
 */
export async function recordOutboxEvent(
  tx: Prisma.TransactionClient,
  event: OutboxEventInput,
): Promise<void> {
  const occurredAt = event.occurredAt ?? null;
  await tx.$executeRaw`
    INSERT INTO "outbox_events" ("id", "type", "aggregate", "payload", "occurred_at")
    VALUES (uuid_v7(coalesce(${occurredAt}::timestamptz, now())), ${event.type}, outbox_serialise(${event.aggregate}),
            ${JSON.stringify(event.payload)}::jsonb, coalesce(${occurredAt}::timestamptz, now()))`;
}

import { Prisma } from '../generated/prisma/client.ts';
import { decodeCursor, encodeCursor } from '../lib/global-id.ts';
import { invalidCursor } from '../lib/connection.ts';

/**
 * A delivery's state as the admin and partner screens name it, from outbox_deliveries `d`: DONE is DELIVERED,
 * DEAD is FAILED, and a PENDING delivery is RETRYING once an attempt has failed. Written once here for the
 * national reports and the webhook log (lists, filters, redelivery).
 */
export const DELIVERY_STATE_SQL = Prisma.sql`CASE d."status" WHEN 'DONE' THEN 'DELIVERED' WHEN 'DEAD' THEN 'FAILED'
  ELSE CASE WHEN d."attempts" > 0 THEN 'RETRYING' ELSE 'PENDING' END END`;

export type DeliveryState = 'PENDING' | 'RETRYING' | 'DELIVERED' | 'FAILED';

/** The columns both lists show, as camelCase aliases (d: outbox_deliveries, e: outbox_events). */
export const DELIVERY_COLUMNS_SQL = Prisma.sql`e."id"::text AS "eventId", d."seq", d."subscriber",
  e."type" AS "eventType", e."occurred_at" AS "occurredAt", ${DELIVERY_STATE_SQL} AS "status", d."attempts",
  CASE WHEN d."status" = 'PENDING' THEN d."available_at" END AS "nextAttemptAt",
  d."handled_at" AS "deliveredAt", d."last_error" AS "lastAnswer"`;

/** Makes a delivery due now with a fresh series of attempts (an operator's retry or a partner's redelivery). */
export function requeueDelivery(tx: Prisma.TransactionClient, subscriber: string, eventId: string) {
  return tx.$executeRaw`
    UPDATE "outbox_deliveries" SET "status" = 'PENDING', "attempts" = 0, "available_at" = now(), "handled_at" = NULL
     WHERE "subscriber" = ${subscriber} AND "event_id" = ${eventId}::uuid`;
}

/** The list conditions both delivery lists take: after a cursor (its seq), and in some states. */
export function deliveryListConditions(input: {
  after?: string | null;
  statuses?: readonly DeliveryState[] | null;
}): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (input.after) {
    const [seq] = decodeCursor(input.after) ?? [];
    if (typeof seq !== 'string' || !/^\d{1,19}$/.test(seq)) throw invalidCursor();
    conditions.push(Prisma.sql`d."seq" < ${BigInt(seq)}`);
  }
  if (input.statuses?.length) {
    conditions.push(Prisma.sql`${DELIVERY_STATE_SQL} = ANY(${[...input.statuses]}::text[])`);
  }
  return conditions;
}

/** A delivery list's cursor: the event's seq. */
export const deliveryCursor = (row: { seq: bigint }) => encodeCursor([row.seq.toString()]);

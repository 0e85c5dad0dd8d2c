import type { Logger } from 'pino';
import type { Db } from '../db/prisma.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { faultPoint } from '../lib/fault-points.ts';
import { OUTBOX_DEFAULTS, retryDelayMs, type OutboxEvent, type OutboxHandler } from './outbox-handler.ts';

/** Named points inside the handling of one delivery, where a fault test stops the worker. */
export interface DispatchHooks {
  /** the handler has run inside the delivery's transaction; the DONE mark is not written yet */
  handled?: (event: OutboxEvent, subscriber: string) => Promise<void>;
  /** the delivery's transaction has committed */
  committed?: (event: OutboxEvent, subscriber: string) => Promise<void>;
}

export interface DispatchOptions {
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  hooks?: DispatchHooks;
  logger?: Logger;
}

export interface DispatchResult {
  handled: number;
  failed: number;
}

interface Candidate {
  subscriber: string;
  event_id: string;
}

interface LockedDelivery {
  attempts: number;
  id: string;
  seq: bigint;
  type: string;
  aggregate: string;
  payload: Prisma.JsonValue;
  occurred_at: Date;
}

/**
 * One pass over the ready deliveries of the given handlers: each is handled in its own transaction (the
 * delivery row locked, SKIP LOCKED so several workers share the work), at most one per aggregate per pass and
 * only when every earlier delivery of its aggregate to the same subscriber is DONE.
 */
export async function dispatchOutbox(
  db: Db,
  handlers: readonly OutboxHandler[],
  options: DispatchOptions = {},
): Promise<DispatchResult> {
  const result: DispatchResult = { handled: 0, failed: 0 };
  if (!handlers.length) return result;
  const names = handlers.filter((h) => !isFamily(h)).map((h) => h.subscriber);
  const families = handlers.filter(isFamily).map((h) => `${h.subscriber.slice(0, -1)}%`);
  const candidates = await db.$queryRaw<Candidate[]>`
    SELECT d."subscriber", d."event_id"::text FROM "outbox_deliveries" d
     WHERE (d."subscriber" = ANY(${names}::text[]) OR d."subscriber" LIKE ANY(${families}::text[]))
       AND d."status" = 'PENDING'
       AND d."available_at" <= now()
       AND NOT EXISTS (SELECT 1 FROM "outbox_deliveries" p
                        WHERE p."subscriber" = d."subscriber" AND p."aggregate" = d."aggregate"
                          AND p."status" <> 'DONE' AND p."seq" < d."seq")
     ORDER BY d."seq"
     LIMIT ${options.batchSize ?? 100}`;
  for (const candidate of candidates) {
    const handler = handlerOf(handlers, candidate.subscriber)!;
    const outcome = await deliver(db, handler, candidate.subscriber, candidate.event_id, options);
    if (outcome === 'handled') result.handled += 1;
    if (outcome === 'failed') result.failed += 1;
  }
  return result;
}

/** A handler whose subscriber ends in `*` serves a family of subscribers (e.g. `webhook:*`, one per endpoint). */
export const isFamily = (handler: OutboxHandler) => handler.subscriber.endsWith('*');

function handlerOf(handlers: readonly OutboxHandler[], subscriber: string): OutboxHandler | undefined {
  return (
    handlers.find((h) => h.subscriber === subscriber) ??
    handlers.find((h) => isFamily(h) && subscriber.startsWith(h.subscriber.slice(0, -1)))
  );
}

async function deliver(
  db: Db,
  handler: OutboxHandler,
  subscriber: string,
  eventId: string,
  options: DispatchOptions,
): Promise<'handled' | 'failed' | 'skipped'> {
  const timeoutMs = handler.timeoutMs ?? OUTBOX_DEFAULTS.timeoutMs;
  let attempts = 0;
  let event: OutboxEvent | undefined;
  try {
    const handled = await db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<LockedDelivery[]>`
          SELECT d."attempts", e."id"::text, e."seq", e."type", e."aggregate", e."payload", e."occurred_at"
            FROM "outbox_deliveries" d JOIN "outbox_events" e ON e."id" = d."event_id"
           WHERE d."subscriber" = ${subscriber} AND d."event_id" = ${eventId}::uuid
             AND d."status" = 'PENDING' AND d."available_at" <= now()
             AND NOT EXISTS (SELECT 1 FROM "outbox_deliveries" p
                              WHERE p."subscriber" = d."subscriber" AND p."aggregate" = d."aggregate"
                                AND p."status" <> 'DONE' AND p."seq" < d."seq")
             FOR UPDATE OF d SKIP LOCKED`;
        // Another worker holds it, or it was handled (or became blocked) since the pass read it.
        if (!row) return false;
        attempts = row.attempts;
        event = {
          id: row.id,
          seq: row.seq,
          type: row.type,
          aggregate: row.aggregate,
          payload: row.payload,
          occurredAt: row.occurred_at,
        };
        await handler.handle(event, {
          tx,
          subscriber,
          attempt: attempts + 1,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await options.hooks?.handled?.(event, subscriber);
        await faultPoint('outbox-delivery:after-handler', tx);
        await tx.$executeRaw`
          UPDATE "outbox_deliveries" SET "status" = 'DONE', "attempts" = "attempts" + 1, "handled_at" = now(),
                 "last_error" = NULL
           WHERE "subscriber" = ${subscriber} AND "event_id" = ${eventId}::uuid`;
        return true;
      },
      { timeout: timeoutMs + 5_000, maxWait: 10_000 },
    );
    if (!handled) return 'skipped';
    await options.hooks?.committed?.(event!, subscriber);
    return 'handled';
  } catch (error) {
    if (!event) throw error;
    await recordFailure(db, handler, subscriber, event, attempts + 1, error, options);
    return 'failed';
  }
}

async function recordFailure(
  db: Db,
  handler: OutboxHandler,
  subscriber: string,
  event: OutboxEvent,
  attempt: number,
  error: unknown,
  options: DispatchOptions,
): Promise<void> {
  const maxAttempts = handler.maxAttempts ?? OUTBOX_DEFAULTS.maxAttempts;
  const delayMs = retryDelayMs(attempt, options.baseDelayMs, options.maxDelayMs);
  const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);
  const dead = attempt >= maxAttempts;
  await db.$executeRaw`
    UPDATE "outbox_deliveries"
       SET "attempts" = ${attempt}, "last_error" = ${message},
           "available_at" = now() + ${delayMs}::int * interval '1 millisecond',
           "status" = ${dead ? 'DEAD' : 'PENDING'}::"OutboxDeliveryStatus"
     WHERE "subscriber" = ${subscriber} AND "event_id" = ${event.id}::uuid AND "status" = 'PENDING'`;
  options.logger?.[dead ? 'error' : 'warn'](
    { subscriber, eventId: event.id, type: event.type, attempt, err: error },
    dead ? 'outbox delivery failed for the last time: DEAD' : 'outbox delivery failed: will retry',
  );
}

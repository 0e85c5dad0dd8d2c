import type { Prisma } from '../generated/prisma/client.ts';

export interface OutboxEvent {
  /** unique and stable: the idempotency key / delivery id to give an outside system */
  id: string;
  seq: bigint;
  type: string;
  aggregate: string;
  payload: Prisma.JsonValue;
  occurredAt: Date;
}

export interface OutboxDeliveryContext {
  /**
   * The delivery's transaction: what the handler writes here commits together with the delivery's DONE mark,
   * so database-side handling happens exactly once. An outside call cannot be part of it: send `event.id` as
   * the idempotency key, because a worker killed after the call and before the commit hands the event again.
   */
  tx: Prisma.TransactionClient;
  /** the delivery's subscriber: the handler's own name, or one of its family's (`webhook:<endpoint id>`) */
  subscriber: string;
  /** 1 on the first try */
  attempt: number;
  /** aborted when the handler's time is up */
  signal: AbortSignal;
}

/**
 * A module's subscriber: receives every event of `eventTypes`, one at a time per aggregate in commit order
 * (a later event of a case waits until the earlier one is DONE), retried with backoff when it throws, DEAD
 * with the last error after `maxAttempts`. `subscriber` names its deliveries in the database: never rename it.
 * A name ending in `*` (`webhook:*`) serves every subscriber with that prefix; such a family's deliveries are
 * made by its own rows (e.g. webhook_endpoints, through the fan-out trigger), not by outbox_subscriptions.
 */
export interface OutboxHandler {
  subscriber: string;
  eventTypes: readonly string[];
  handle(event: OutboxEvent, context: OutboxDeliveryContext): Promise<void>;
  /** default OUTBOX_DEFAULTS.maxAttempts */
  maxAttempts?: number;
  /** default OUTBOX_DEFAULTS.timeoutMs */
  timeoutMs?: number;
  /**
   * Where a new subscription starts: `now` (default) at the current outbox position — only events recorded
   * from then on (a new inbox is not filled with the past); `firstKept` with every event still kept, in order
   * (a feed that must report history, e.g. national reporting).
   */
  startAt?: 'now' | 'firstKept';
}

export const OUTBOX_DEFAULTS = {
  /** 5 s, 10 s, 20 s … capped at an hour: 25 attempts span about 17 hours of an endpoint being down */
  maxAttempts: 25,
  baseDelayMs: 5_000,
  maxDelayMs: 60 * 60_000,
  timeoutMs: 30_000,
} as const;

/** Delay before attempt `failed + 1` after `failed` failures: doubling from the base, capped. */
export function retryDelayMs(
  failed: number,
  base: number = OUTBOX_DEFAULTS.baseDelayMs,
  max: number = OUTBOX_DEFAULTS.maxDelayMs,
): number {
  return Math.min(max, base * 2 ** Math.max(0, failed - 1));
}

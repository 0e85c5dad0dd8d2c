import { hotQuery, type Db } from '../db/prisma.ts';

/** At most `limit` units per key in each fixed window of `windowMs` (aligned to the epoch). */
export interface WindowRule {
  limit: number;
  windowMs: number;
}

export interface WindowState {
  /** units counted in the current window */
  used: number;
  limit: number;
  remaining: number;
  /** when the current window ends and the count starts again from zero */
  resetAt: Date;
}

const SWEEP_EVERY_MS = 60_000;
const SWEEP_BATCH = 5_000;

/** The outcome of reserving an attempt: a slot to forgive if the attempt succeeds, or when the key may try again. */
export type AttemptSlot = { ok: true; attempt: { key: string; at: Date } } | { ok: false; lockedUntil: Date };

/**
 * All sign-in and abuse state, kept in PostgreSQL (table `abuse_counters`) so every API process sees the same
 * counts. Rows are (key, window_start, count, expires_at); every row expires, and expired rows are swept in
 * batches at most once a minute per process, so the table holds only live state. Two modes, each key used in
 * one of them only (callers prefix their keys):
 *
 * - **Fixed windows** (`peek`, `add`, `take`, `reset`): one row per key and window aligned to the epoch —
 *   the hourly query budgets, failed sign-ins per login and per address.
 * - **Attempt lockout** (`takeAttempt`, `forgiveAttempt`, `attemptLockedUntil`): a sliding window, one row per
 *   attempt instant (window_start = the attempt, expires_at = attempt + window). An attempt is reserved before
 *   the caller checks anything, under a per-key advisory lock, so concurrent requests of several processes
 *   cannot slip more than `limit` attempts past the check; a successful attempt is forgiven. A key never
 *   holds more than `limit` units. Used by the license code entry (5 wrong codes in 15 minutes).
 */
export class AbuseCounters {
  private lastSweep = 0;

  constructor(private readonly db: Db) {}

  /** The key's state in the window containing `now`, without counting anything. */
  async peek(key: string, rule: WindowRule, now: Date): Promise<WindowState> {
    const { start, end } = windowOf(rule, now);
    const rows = await this.db.$queryRaw<{ count: number }[]>`
      SELECT count FROM abuse_counters WHERE key = ${key} AND window_start = ${start}`;
    return stateOf(rows[0]?.count ?? 0, rule, end);
  }

  /** Counts `amount` units whatever the total (e.g. a failed sign-in); the state after counting. */
  async add(key: string, rule: WindowRule, now: Date, amount = 1): Promise<WindowState> {
    const { start, end } = windowOf(rule, now);
    this.sweepSometimes(now);
    const rows = await this.db.$queryRaw<{ count: number }[]>`
      INSERT INTO abuse_counters (key, window_start, count, expires_at)
      VALUES (${key}, ${start}, ${amount}, ${end})
      ON CONFLICT (key, window_start) DO UPDATE SET count = abuse_counters.count + EXCLUDED.count
      RETURNING count`;
    return stateOf(rows[0]!.count, rule, end);
  }

  /**
   * Takes `amount` units only if they fit in what is left of the window (atomically, so concurrent
   * requests of several processes never overdraw it). Refused takes count nothing.
   */
  async take(
    key: string,
    rule: WindowRule,
    now: Date,
    amount: number,
  ): Promise<{ taken: boolean; state: WindowState }> {
    const { start, end } = windowOf(rule, now);
    if (amount > rule.limit) return { taken: false, state: await this.peek(key, rule, now) };
    this.sweepSometimes(now);
    // Every request pays its query cost here: a hot query, without the ORM (see db/prisma.ts).
    const rows = await hotQuery<{ count: number }>(
      this.db,
      `INSERT INTO abuse_counters (key, window_start, count, expires_at)
       VALUES ($1, $2::timestamptz, $3::int, $4::timestamptz)
       ON CONFLICT (key, window_start) DO UPDATE SET count = abuse_counters.count + EXCLUDED.count
         WHERE abuse_counters.count + EXCLUDED.count <= $5::int
       RETURNING count`,
      [key, start, amount, end, rule.limit],
    );
    if (rows[0]) return { taken: true, state: stateOf(rows[0].count, rule, end) };
    return { taken: false, state: await this.peek(key, rule, now) };
  }

  /** Gives back `amount` units taken at `now` (never below zero), e.g. a reserved failure that did not fail. */
  async refund(key: string, rule: WindowRule, now: Date, amount: number): Promise<void> {
    const { start } = windowOf(rule, now);
    await this.db.$executeRaw`
      UPDATE abuse_counters SET count = GREATEST(count - ${amount}, 0)
       WHERE key = ${key} AND window_start = ${start}`;
  }

  /** Forgets the key's current window (e.g. a successful sign-in clears its failures). */
  async reset(key: string, rule: WindowRule, now: Date): Promise<void> {
    const { start } = windowOf(rule, now);
    await this.db.$executeRaw`DELETE FROM abuse_counters WHERE key = ${key} AND window_start = ${start}`;
  }

  /**
   * Reserves one attempt for the key if fewer than `limit` attempts lie inside the sliding window ending now;
   * otherwise answers when the oldest counted attempt leaves the window. Refused attempts count nothing.
   */
  async takeAttempt(key: string, rule: WindowRule, now: Date): Promise<AttemptSlot> {
    this.sweepSometimes(now);
    const expiresAt = new Date(now.getTime() + rule.windowMs);
    return this.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 7064))`;
      const live = await liveAttempts(tx, key, now);
      if (units(live) >= rule.limit) return { ok: false as const, lockedUntil: unlockAt(live, rule) };
      await tx.$executeRaw`
        INSERT INTO abuse_counters (key, window_start, count, expires_at)
        VALUES (${key}, ${now}, 1, ${expiresAt})
        ON CONFLICT (key, window_start) DO UPDATE SET count = abuse_counters.count + 1`;
      return { ok: true as const, attempt: { key, at: now } };
    });
  }

  /** The reserved attempt succeeded: it does not count against the key. */
  async forgiveAttempt(attempt: { key: string; at: Date }): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${attempt.key}, 7064))`;
      await tx.$executeRaw`
        UPDATE abuse_counters SET count = count - 1
         WHERE key = ${attempt.key} AND window_start = ${attempt.at} AND count > 0`;
      await tx.$executeRaw`
        DELETE FROM abuse_counters WHERE key = ${attempt.key} AND window_start = ${attempt.at} AND count = 0`;
    });
  }

  /** When the key may attempt again, or null when it may attempt now. */
  async attemptLockedUntil(key: string, rule: WindowRule, now: Date): Promise<Date | null> {
    const live = await liveAttempts(this.db, key, now);
    return units(live) >= rule.limit ? unlockAt(live, rule) : null;
  }

  /** Deletes expired rows, at most SWEEP_BATCH of them; the number deleted. */
  async sweep(now: Date): Promise<number> {
    return this.db.$executeRaw`
      DELETE FROM abuse_counters WHERE ctid IN (
        SELECT ctid FROM abuse_counters WHERE expires_at <= ${now} LIMIT ${SWEEP_BATCH})`;
  }

  private sweepSometimes(now: Date): void {
    if (now.getTime() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now.getTime();
    // Off the request's path: a failed sweep is retried a minute later.
    this.sweep(now).catch(() => undefined);
  }
}

function windowOf(rule: WindowRule, now: Date): { start: Date; end: Date } {
  const start = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  return { start: new Date(start), end: new Date(start + rule.windowMs) };
}

function stateOf(used: number, rule: WindowRule, resetAt: Date): WindowState {
  return { used, limit: rule.limit, remaining: Math.max(0, rule.limit - used), resetAt };
}

type AttemptRow = { count: number; expires_at: Date };
type Queryable = Pick<Db, '$queryRaw'>;

function liveAttempts(db: Queryable, key: string, now: Date): Promise<AttemptRow[]> {
  return db.$queryRaw<AttemptRow[]>`
    SELECT count, expires_at FROM abuse_counters
     WHERE key = ${key} AND expires_at > ${now} AND count > 0
     ORDER BY window_start`;
}

const units = (rows: AttemptRow[]) => rows.reduce((sum, row) => sum + row.count, 0);

/** The key may attempt again once enough of its oldest attempts have left the window to leave room for one. */
function unlockAt(live: AttemptRow[], rule: WindowRule): Date {
  let excess = units(live) - rule.limit + 1;
  for (const row of live) {
    excess -= row.count;
    if (excess <= 0) return row.expires_at;
  }
  return live[live.length - 1]!.expires_at;
}

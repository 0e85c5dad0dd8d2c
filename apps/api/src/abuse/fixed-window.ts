import type { Db } from '../db/prisma.ts';

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

/**
 * Attempt and abuse state kept in PostgreSQL (table `abuse_counters`), so every API process sees the same
 * counts: sign-in failures per login and per address, query-cost budgets per caller. Each key has one row
 * per window; rows expire with their window and are swept in batches at most once a minute per process,
 * so the table holds only live windows. Generic: callers choose the key, the limit and the window.
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
    const rows = await this.db.$queryRaw<{ count: number }[]>`
      INSERT INTO abuse_counters (key, window_start, count, expires_at)
      VALUES (${key}, ${start}, ${amount}, ${end})
      ON CONFLICT (key, window_start) DO UPDATE SET count = abuse_counters.count + EXCLUDED.count
        WHERE abuse_counters.count + EXCLUDED.count <= ${rule.limit}
      RETURNING count`;
    if (rows[0]) return { taken: true, state: stateOf(rows[0].count, rule, end) };
    return { taken: false, state: await this.peek(key, rule, now) };
  }

  /** Forgets the key's current window (e.g. a successful sign-in clears its failures). */
  async reset(key: string, rule: WindowRule, now: Date): Promise<void> {
    const { start } = windowOf(rule, now);
    await this.db.$executeRaw`DELETE FROM abuse_counters WHERE key = ${key} AND window_start = ${start}`;
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

import type { Db } from '../db/prisma.ts';

export interface AttemptLimit {
  /** attempts allowed per key within the window */
  limit: number;
  windowMs: number;
}

export type AttemptSlot = { ok: true; attemptId: bigint } | { ok: false; lockedUntil: Date };

/**
 * A limit on failed attempts per key (e.g. per user), kept in PostgreSQL so it holds across API processes.
 *
 * `take` reserves an attempt before the caller checks anything: under a per-key advisory lock it drops the
 * key's expired rows, refuses when `limit` attempts lie inside the window, and otherwise inserts one. A
 * successful attempt is then `forgive`n (its row deleted); a failed one stays until it expires. Because the
 * slot is taken first, concurrent requests cannot slip more than `limit` attempts past the check, and a key
 * never holds more than `limit` rows.
 */
export class PgAttemptLimiter {
  constructor(
    private readonly db: Db,
    private readonly options: AttemptLimit,
  ) {}

  async take(key: string, now: Date): Promise<AttemptSlot> {
    const expiresAt = new Date(now.getTime() + this.options.windowMs);
    return this.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 7064))`;
      await tx.$executeRaw`DELETE FROM "throttle_attempts" WHERE "key" = ${key} AND "expires_at" <= ${now}`;
      const live = await tx.$queryRaw<{ attempted_at: Date }[]>`
        SELECT "attempted_at" FROM "throttle_attempts" WHERE "key" = ${key} ORDER BY "attempted_at", "id"`;
      if (live.length >= this.options.limit) {
        return { ok: false as const, lockedUntil: this.unlockAt(live) };
      }
      const [row] = await tx.$queryRaw<{ id: bigint }[]>`
        INSERT INTO "throttle_attempts" ("key", "attempted_at", "expires_at")
        VALUES (${key}, ${now}, ${expiresAt}) RETURNING "id"`;
      // Keep the whole table small: sweep a few expired rows of other keys on the way.
      await tx.$executeRaw`DELETE FROM "throttle_attempts" WHERE "id" IN (
        SELECT "id" FROM "throttle_attempts" WHERE "expires_at" <= ${now} LIMIT 100)`;
      return { ok: true as const, attemptId: row!.id };
    });
  }

  /** The attempt succeeded: it does not count against the key. */
  async forgive(attemptId: bigint): Promise<void> {
    await this.db.$executeRaw`DELETE FROM "throttle_attempts" WHERE "id" = ${attemptId}`;
  }

  /** When the key may try again, or null when it may try now. */
  async lockedUntil(key: string, now: Date): Promise<Date | null> {
    const live = await this.db.$queryRaw<{ attempted_at: Date }[]>`
      SELECT "attempted_at" FROM "throttle_attempts" WHERE "key" = ${key} AND "expires_at" > ${now}
      ORDER BY "attempted_at", "id"`;
    return live.length >= this.options.limit ? this.unlockAt(live) : null;
  }

  /** The key may try again once its oldest counted attempt leaves the window. */
  private unlockAt(live: { attempted_at: Date }[]): Date {
    const oldestCounted = live[live.length - this.options.limit]!.attempted_at;
    return new Date(oldestCounted.getTime() + this.options.windowMs);
  }
}

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import { PgAttemptLimiter } from './pg-attempt-limiter.ts';

describe('PgAttemptLimiter', () => {
  let db: Db;
  let drop: () => Promise<void>;
  const t0 = new Date('2026-11-28T02:00:00.000Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  beforeAll(async () => {
    const database = await createTestDatabase(inject('adminUrl'));
    db = createPrisma(database.url);
    drop = database.drop;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await drop?.();
  });

  it('allows `limit` failures in the window, then refuses until the oldest leaves it', async () => {
    const limiter = new PgAttemptLimiter(db, { limit: 3, windowMs: 10 * 60_000 });
    for (const minute of [0, 1, 2]) expect((await limiter.take('k1', at(minute))).ok).toBe(true);
    expect(await limiter.take('k1', at(3))).toEqual({ ok: false, lockedUntil: at(10) });
    expect(await limiter.lockedUntil('k1', at(9.99))).toEqual(at(10));
    expect((await limiter.take('k1', at(10))).ok).toBe(true); // the minute-0 failure expired
    expect(await limiter.take('k1', at(10.5))).toEqual({ ok: false, lockedUntil: at(11) });
    expect(await limiter.lockedUntil('other', at(3))).toBeNull();
    // Bounded: a refused key never grows.
    expect(await db.throttleAttempt.count({ where: { key: 'k1' } })).toBe(3);
  });

  it('forgives successful attempts and lets no more than `limit` concurrent attempts through', async () => {
    const limiter = new PgAttemptLimiter(db, { limit: 5, windowMs: 15 * 60_000 });
    const slot = await limiter.take('k2', at(0));
    if (!slot.ok) throw new Error('expected a slot');
    await limiter.forgive(slot.attemptId);
    expect(await db.throttleAttempt.count({ where: { key: 'k2' } })).toBe(0);
    const results = await Promise.all(Array.from({ length: 12 }, () => limiter.take('k3', at(0))));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });
});

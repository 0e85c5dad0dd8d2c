import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import { AbuseCounters } from './abuse-counters.ts';

/** The attempt-lockout mode of the abuse counters (the license code entry uses it). */
describe('AbuseCounters attempt lockout', () => {
  let db: Db;
  let drop: () => Promise<void>;
  const t0 = new Date('2026-11-28T02:00:00.000Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
  const units = async (key: string) =>
    (await db.abuseCounter.findMany({ where: { key } })).reduce((sum, row) => sum + row.count, 0);

  beforeAll(async () => {
    const database = await createTestDatabase(inject('adminUrl'));
    db = createPrisma(database.url);
    drop = database.drop;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await drop?.();
  });

  it('allows `limit` failures in the sliding window, then refuses until the oldest leaves it', async () => {
    const counters = new AbuseCounters(db);
    const rule = { limit: 3, windowMs: 10 * 60_000 };
    for (const minute of [0, 1, 2])
      expect((await counters.takeAttempt('k1', rule, at(minute))).ok).toBe(true);
    expect(await counters.takeAttempt('k1', rule, at(3))).toEqual({ ok: false, lockedUntil: at(10) });
    expect(await counters.attemptLockedUntil('k1', rule, at(9.99))).toEqual(at(10));
    expect((await counters.takeAttempt('k1', rule, at(10))).ok).toBe(true); // the minute-0 failure expired
    expect(await counters.takeAttempt('k1', rule, at(10.5))).toEqual({ ok: false, lockedUntil: at(11) });
    expect(await counters.attemptLockedUntil('other', rule, at(3))).toBeNull();
    // Bounded: a refused key never grows past its limit of live units.
    expect(
      (await db.abuseCounter.findMany({ where: { key: 'k1', expiresAt: { gt: at(10.5) } } })).reduce(
        (sum, row) => sum + row.count,
        0,
      ),
    ).toBe(3);
    // Expired rows are swept.
    await counters.sweep(at(30));
    expect(await units('k1')).toBe(0);
  });

  it('forgives successful attempts and lets no more than `limit` concurrent attempts through', async () => {
    const counters = new AbuseCounters(db);
    const rule = { limit: 5, windowMs: 15 * 60_000 };
    const slot = await counters.takeAttempt('k2', rule, at(0));
    if (!slot.ok) throw new Error('expected a slot');
    await counters.forgiveAttempt(slot.attempt);
    expect(await db.abuseCounter.count({ where: { key: 'k2' } })).toBe(0);
    // Twelve at the same instant from two "processes" (two counters objects on one database).
    const other = new AbuseCounters(db);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? counters : other).takeAttempt('k3', rule, at(0))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(await units('k3')).toBe(5);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, lockedUntil: at(15) });
    // Forgiving one of five attempts made at the same instant leaves four.
    const first = results.find((r) => r.ok)!;
    if (first.ok) await counters.forgiveAttempt(first.attempt);
    expect(await units('k3')).toBe(4);
  });
});

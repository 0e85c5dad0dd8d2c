import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import { createPrisma, type Db } from './prisma.ts';
import { isDeadlock, retryOnDeadlock } from './retry-on-deadlock.ts';

/**
 * A real deadlock at a named point: two transactions each update one row, meet at a barrier (both hold their
 * first lock), then update the other's row. PostgreSQL aborts one of them with 40P01.
 */
describe('retryOnDeadlock', () => {
  let database: { url: string; drop(): Promise<void> };
  let first: Db;
  let second: Db;

  beforeAll(async () => {
    database = await createTestDatabase(inject('adminUrl'));
    first = createPrisma(database.url);
    second = createPrisma(database.url);
    await first.$executeRawUnsafe('CREATE TABLE "deadlock_probe" ("id" int PRIMARY KEY, "n" int NOT NULL)');
  });
  afterAll(async () => {
    await Promise.all([first?.$disconnect(), second?.$disconnect()]);
    await database?.drop();
  });

  /** Both transactions, crossing at the barrier; `wrap` runs each (directly, or through retryOnDeadlock). */
  async function cross(wrap: (work: () => Promise<void>) => Promise<void>) {
    await first.$executeRawUnsafe('TRUNCATE "deadlock_probe"');
    await first.$executeRawUnsafe('INSERT INTO "deadlock_probe" VALUES (1, 0), (2, 0)');
    let arrived = 0;
    let open!: () => void;
    const barrier = new Promise<void>((resolve) => (open = resolve));
    const meet = () => {
      arrived += 1;
      if (arrived === 2) open();
      return barrier;
    };
    const transaction =
      (db: Db, [a, b]: [number, number]) =>
      () =>
        db.$transaction(async (tx) => {
          await tx.$executeRaw`UPDATE "deadlock_probe" SET "n" = "n" + 1 WHERE "id" = ${a}`;
          await meet();
          await tx.$executeRaw`UPDATE "deadlock_probe" SET "n" = "n" + 1 WHERE "id" = ${b}`;
        });
    const results = await Promise.allSettled([
      wrap(transaction(first, [1, 2])),
      wrap(transaction(second, [2, 1])),
    ]);
    const rows = await first.$queryRaw<{ id: number; n: number }[]>`
      SELECT "id", "n" FROM "deadlock_probe" ORDER BY "id"`;
    return { results, rows };
  }

  it('sees the deadlock victim as one: without a retry exactly one transaction fails with 40P01 and leaves nothing', async () => {
    const { results, rows } = await cross((work) => work());
    const failed = results.filter((result) => result.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect(isDeadlock((failed[0] as PromiseRejectedResult).reason)).toBe(true);
    expect(rows).toEqual([
      { id: 1, n: 1 },
      { id: 2, n: 1 },
    ]);
  });

  it('runs the victim again, so both transactions commit exactly once', async () => {
    const { results, rows } = await cross((work) => retryOnDeadlock(work));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(rows).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });

  it('passes on any other error at once, and a deadlock after the last attempt', async () => {
    let calls = 0;
    const other = Object.assign(new Error('unique violation'), { code: '23505' });
    await expect(
      retryOnDeadlock(async () => {
        calls += 1;
        throw other;
      }),
    ).rejects.toBe(other);
    expect(calls).toBe(1);
    calls = 0;
    const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });
    await expect(
      retryOnDeadlock(async () => {
        calls += 1;
        throw deadlock;
      }, 3),
    ).rejects.toBe(deadlock);
    expect(calls).toBe(3);
  });
});

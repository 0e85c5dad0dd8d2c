import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrisma, type Db } from './prisma.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';

/**
 * lib/unique-violation.ts against the database (here, not beside it: lib imports no module, its tests
 * included). Each form a unique-index refusal takes, produced for real (pg, Prisma, Prisma's raw queries, a trigger
 * raising unique_violation), and the failures that are not one — including those whose message merely
 * mentions 23505 or a unique constraint: only the structured code counts.
 */
describe('isUniqueViolation', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase(inject('adminUrl'));
    db = createPrisma(database.url);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.$disconnect();
    await database?.drop();
  });

  const failure = async (work: () => Promise<unknown>): Promise<unknown> => {
    try {
      await work();
    } catch (error) {
      return error;
    }
    throw new Error('expected the statement to fail');
  };
  const department = (code: string) => ({ code, name: '测试部门', regionCode: '120104' });
  const raise = (message: string, errcode: string) =>
    `DO $$ BEGIN RAISE EXCEPTION '${message}' USING ERRCODE = '${errcode}'; END $$`;

  it("PostgreSQL's own 23505 from a duplicate insert through pg", async () => {
    const insert = () =>
      client.query(
        'INSERT INTO departments (id, code, name, region_code) VALUES (gen_random_uuid(), $1, $2, $3)',
        ['dup-pg', '测试部门', '120104'],
      );
    await insert();
    const error = await failure(insert);
    expect(error).toMatchObject({ code: '23505' });
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("Prisma's P2002 from a duplicate create through the driver adapter", async () => {
    await db.department.create({ data: department('dup-prisma') });
    const error = await failure(() => db.department.create({ data: department('dup-prisma') }));
    expect(error).toMatchObject({ code: 'P2002' });
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("the driver adapter's 23505 under a raw query's P2010: a duplicate insert and a trigger's unique_violation", async () => {
    const insert = () =>
      db.$executeRaw`INSERT INTO departments (id, code, name, region_code)
                     VALUES (gen_random_uuid(), 'dup-raw', '测试部门', '120104')`;
    await insert();
    const duplicate = await failure(insert);
    expect(duplicate).toMatchObject({
      code: 'P2010',
      meta: { driverAdapterError: { cause: { originalCode: '23505' } } },
    });
    expect(isUniqueViolation(duplicate)).toBe(true);
    // what the license grants' trigger does when a live code with the same hash exists
    const raised = await failure(() =>
      db.$executeRawUnsafe(raise('a live code with this hash exists', '23505')),
    );
    expect(raised).toMatchObject({ code: 'P2010' });
    expect(isUniqueViolation(raised)).toBe(true);
  });

  it('says no to other failures, even when their message mentions 23505 or a unique constraint', async () => {
    const misleading = raise('order 23505: unique constraint on the counter', 'P0001');
    const viaPg = await failure(() => client.query(misleading));
    expect(viaPg).toMatchObject({ code: 'P0001', message: expect.stringContaining('23505') });
    expect(isUniqueViolation(viaPg)).toBe(false);
    const viaPrisma = await failure(() => db.$executeRawUnsafe(misleading));
    expect(viaPrisma).toMatchObject({
      code: 'P2010',
      message: expect.stringMatching(/23505.*unique constraint/),
      meta: { driverAdapterError: { cause: { originalCode: 'P0001' } } },
    });
    expect(isUniqueViolation(viaPrisma)).toBe(false);

    const foreignKey = await failure(() =>
      client.query(
        `INSERT INTO service_items (id, code, name, department_id) VALUES (gen_random_uuid(), 'x', 'x', gen_random_uuid())`,
      ),
    );
    expect(foreignKey).toMatchObject({ code: '23503' });
    expect(isUniqueViolation(foreignKey)).toBe(false);
    const missing = await failure(() =>
      db.department.update({ where: { code: 'no-such' }, data: { name: 'x' } }),
    );
    expect(missing).toMatchObject({ code: 'P2025' });
    expect(isUniqueViolation(missing)).toBe(false);
  });

  it('reads each structured form on its own, and nothing else', () => {
    expect(isUniqueViolation({ code: 'P2002' })).toBe(true);
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ meta: { driverAdapterError: { cause: { originalCode: '23505' } } } })).toBe(
      true,
    );
    for (const other of [
      null,
      undefined,
      'P2002',
      23505,
      new Error('Unique constraint failed on the fields: (`code`)'),
      new Error('ERROR: 23505 duplicate key'),
      { code: 'P2025' },
      { code: '23503' },
      { code: 23505 },
      { meta: { driverAdapterError: { cause: { originalCode: '23503' } } } },
      { meta: { driverAdapterError: { cause: { code: '23505' } } } },
      { meta: { driverAdapterError: {} } },
      { meta: {} },
    ]) {
      expect(isUniqueViolation(other), JSON.stringify(other) ?? String(other)).toBe(false);
    }
  });
});

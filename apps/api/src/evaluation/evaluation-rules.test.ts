import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrisma, type Db } from '../db/prisma.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { parseCst } from '../lib/natural-days.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import {
  dimensionsFor,
  evaluationClosesAt,
  isBadLevel,
  replyDueAtFor,
  replyStateAt,
} from './evaluation-rules.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('好差评 rules', () => {
  it('counts 不满意 and 非常不满意 as bad reviews, nothing else', () => {
    expect(isBadLevel('DISSATISFIED')).toBe(true);
    expect(isBadLevel('VERY_DISSATISFIED')).toBe(true);
    for (const level of ['VERY_SATISFIED', 'SATISFIED', 'BASIC'] as const)
      expect(isBadLevel(level)).toBe(false);
  });

  it("scores a window case on the window's service and any other case on the online service", () => {
    expect(dimensionsFor('WINDOW')).toEqual(['SERVICE_EFFICIENCY', 'SERVICE_LEVEL', 'SERVICE_ATTITUDE']);
    const online = ['EFFICIENCY', 'GUIDE_ACCURACY', 'CONVENIENCE', 'PLATFORM_USABILITY'];
    expect(dimensionsFor('ONLINE')).toEqual(online);
    expect(dimensionsFor('INTERCONNECTED')).toEqual(online);
  });

  it('closes evaluation at 24:00 CST of the 7th natural day after completion', () => {
    // the guide's example: completed 2019-11-08 10:01 CST, open until 2019-11-15 24:00 CST
    expect(evaluationClosesAt(parseCst('2019-11-08 10:01:19')).toISOString()).toBe(
      '2019-11-15T16:00:00.000Z',
    );
  });

  it('makes a reply due at 24:00 CST of the 15th natural day after the review', () => {
    expect(replyDueAtFor(parseCst('2019-11-08 23:59:59')).toISOString()).toBe('2019-11-23T16:00:00.000Z');
  });

  it('puts a reply task in its tab: replied, overdue from the due instant, due soon within 3 days, else pending', () => {
    const due = new Date('2026-12-10T16:00:00Z');
    const at = (msBeforeDue: number) => new Date(due.getTime() - msBeforeDue);
    expect(replyStateAt(due, { createdAt: at(DAY) }, at(DAY))).toBe('REPLIED');
    expect(replyStateAt(due, { createdAt: at(-DAY) }, at(-2 * DAY))).toBe('REPLIED');
    expect(replyStateAt(due, null, at(-1))).toBe('OVERDUE');
    expect(replyStateAt(due, null, due)).toBe('OVERDUE');
    expect(replyStateAt(due, null, at(1))).toBe('DUE_SOON');
    expect(replyStateAt(due, null, at(3 * DAY))).toBe('DUE_SOON');
    expect(replyStateAt(due, null, at(3 * DAY + 1))).toBe('PENDING');
    expect(replyStateAt(due, null, at(10 * DAY))).toBe('PENDING');
  });
});

describe('isUniqueViolation: every form a unique index refusal takes', () => {
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
  // Prisma's message quotes the source lines around the call: keep this call away from text the message
  // fallback of isUniqueViolation looks for (see the report of issue 21).
  const updateMissingDepartment = () =>
    db.department.update({ where: { code: 'no-such' }, data: { name: 'x' } });

  it("PostgreSQL's own 23505 from a real duplicate insert (pg)", async () => {
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

  it("Prisma's P2002 from a real duplicate insert through the driver adapter", async () => {
    await db.department.create({ data: department('dup-prisma') });
    const error = await failure(() => db.department.create({ data: department('dup-prisma') }));
    expect(error).toMatchObject({ code: 'P2002' });
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('the driver-adapter shape (23505 as the cause) and a message naming the constraint, each on its own', () => {
    expect(isUniqueViolation({ meta: { driverAdapterError: { cause: { code: '23505' } } } })).toBe(true);
    expect(isUniqueViolation({ code: 'P2002' })).toBe(true);
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation(new Error('Unique constraint failed on the fields: (`code`)'))).toBe(true);
    expect(isUniqueViolation(new Error('ERROR: 23505 duplicate key'))).toBe(true);
  });

  it('says no to every other failure, real and shaped', async () => {
    const foreignKey = await failure(() =>
      client.query(
        `INSERT INTO service_items (id, code, name, department_id) VALUES (gen_random_uuid(), 'x', 'x', gen_random_uuid())`,
      ),
    );
    expect(foreignKey).toMatchObject({ code: expect.not.stringMatching(/^23505$/) });
    expect(isUniqueViolation(foreignKey)).toBe(false);
    const missing = await failure(updateMissingDepartment);
    expect(missing).toMatchObject({ code: 'P2025' });
    expect(isUniqueViolation(missing)).toBe(false);
    for (const other of [
      null,
      undefined,
      'P2002',
      new Error('connection refused'),
      { code: 'P2025' },
      { code: '23503' },
      { meta: { driverAdapterError: { cause: { code: '23503' } } } },
      { meta: {} },
      { meta: { driverAdapterError: {} } },
    ]) {
      expect(isUniqueViolation(other), JSON.stringify(other)).toBe(false);
    }
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createTestDatabase } from '../testing/test-database.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { parseCst } from '../lib/natural-days.ts';
import { evaluationFigures } from '../evaluation/compute-evaluation-figures.ts';
import { generateDashboardData } from './generate-dashboard-data.ts';
import { evaluationRows } from './compute-dashboard.ts';
import { resolvePeriod } from './dashboard-period.ts';

/** Rows of a rollup table that its *_from_raw view does not have, and the other way round (zero rows ignored). */
async function rollupDifference(db: Db, table: string, zero: string) {
  const missing = await db.$queryRawUnsafe<unknown[]>(
    `SELECT * FROM "${table}_from_raw" EXCEPT SELECT * FROM "${table}" WHERE NOT (${zero})`,
  );
  const extra = await db.$queryRawUnsafe<unknown[]>(
    `SELECT * FROM "${table}" WHERE NOT (${zero}) EXCEPT SELECT * FROM "${table}_from_raw"`,
  );
  return { missing, extra };
}
const ZERO = {
  evaluation_rollups: `"total" = 0 AND "excluded_by_appeal" = 0 AND "replied" = 0 AND "bad" = 0`,
  evaluation_score_rollups: `"score_count" = 0`,
  case_rollups: `"count" = 0`,
  case_status_rollups: `"count" = 0`,
};
async function expectRollupsExact(db: Db) {
  for (const [table, zero] of Object.entries(ZERO)) {
    expect(await rollupDifference(db, table, zero), table).toEqual({ missing: [], extra: [] });
  }
}

describe('dashboard rollups', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase(inject('adminUrl'));
    db = createPrisma(database.url);
    await generateDashboardData(db, { prefix: 'DB', from: '2026-11-01', days: 30, count: 1500 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('generated a month with defaults, replies on time and late, unanswered reviews and upheld appeals', async () => {
    const [counts] = await db.$queryRaw<Record<string, number>[]>`
      SELECT count(*) FILTER (WHERE e."is_default")::int AS "defaults",
             count(*) FILTER (WHERE r."created_at" < e."reply_due_at")::int AS "onTime",
             count(*) FILTER (WHERE r."created_at" >= e."reply_due_at")::int AS "late",
             count(*) FILTER (WHERE e."reply_due_at" IS NOT NULL AND r."id" IS NULL)::int AS "unanswered",
             count(*) FILTER (WHERE a."status" = 'UPHELD')::int AS "upheld",
             count(*) FILTER (WHERE a."status" = 'DISMISSED')::int AS "dismissed"
        FROM "evaluations" e
        LEFT JOIN "evaluation_replies" r ON r."evaluation_id" = e."id" AND r."kind" = 'REPLY'
        LEFT JOIN "evaluation_appeals" a ON a."evaluation_id" = e."id"`;
    for (const [name, value] of Object.entries(counts!)) expect(value, name).toBeGreaterThan(10);
  });

  it('agrees exactly with compute-evaluation-figures.ts over the month, at several instants', async () => {
    const period = resolvePeriod({ kind: 'MONTH', day: '2026-11-15' });
    for (const asOf of [
      '2026-11-20 12:00:00',
      '2026-12-05 00:00:00',
      '2026-12-20 09:30:00',
      '2027-02-01 00:00:00',
    ]) {
      const at = parseCst(asOf);
      const raw = await evaluationFigures(
        db,
        { from: parseCst('2026-11-01 00:00:00'), to: parseCst('2026-12-01 00:00:00') },
        at,
      );
      const rollups = await evaluationRows(db, period, { departmentId: null, itemId: null }, at);
      expect(rollups.overall.current, asOf).toEqual(raw.overall);
      const byDepartment = Object.fromEntries(rollups.byDepartment.map((row) => [row.key, row.current]));
      expect(byDepartment, asOf).toEqual(
        Object.fromEntries(raw.byDepartment.map((row) => [row.departmentId, row])),
      );
      expect(raw.overall.overdue + raw.overall.excludedByAppeal, asOf).toBeGreaterThan(0);
    }
  });

  it('equals a recomputation from the raw rows, table by table', async () => {
    await expectRollupsExact(db);
  });

  it('stays exact after concurrent submissions, replies, appeal decisions and case transitions', async () => {
    const clients = Array.from({ length: 6 }, () => createPrisma(database.url));
    try {
      await generateDashboardData(db, { prefix: 'CC', from: '2026-10-01', days: 20, count: 300 });
      // Bad reviews without a reply and with a pending appeal: a reply and a decision race on each.
      const contested = await db.$queryRaw<{ id: string; clerk: string }[]>`
        SELECT e."id", u."id" AS "clerk" FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id"
          JOIN LATERAL (SELECT u."id" FROM "users" u WHERE 'DEPARTMENT_STAFF' = ANY (u."roles")
                          AND u."department_id" = c."department_id" ORDER BY u."id" LIMIT 1) u ON true
         WHERE e."reply_due_at" IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM "evaluation_replies" r WHERE r."evaluation_id" = e."id" AND r."kind" = 'REPLY')
           AND NOT EXISTS (SELECT 1 FROM "evaluation_appeals" a WHERE a."evaluation_id" = e."id")
         LIMIT 40`;
      expect(contested.length).toBe(40);
      for (const row of contested) {
        await db.evaluationAppeal.create({
          data: {
            evaluationId: row.id,
            departmentId: (await caseOf(row.id)).departmentId,
            filedById: row.clerk,
            reason: '恶意评价',
          },
        });
      }
      const supervisor = await db.user.findFirstOrThrow({ where: { roles: { has: 'SUPERVISOR' } } });
      const openCases = await db.case.findMany({
        where: { status: { in: ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS'] } },
      });
      const work: (() => Promise<unknown>)[] = [];
      contested.forEach((row, i) => {
        const client = () => clients[i % clients.length]!;
        work.push(() =>
          client().evaluationReply.create({
            data: {
              evaluationId: row.id,
              kind: 'REPLY',
              authorId: row.clerk,
              body: '已整改',
              createdAt: new Date(),
            },
          }),
        );
        work.push(() =>
          clients[(i + 3) % clients.length]!.evaluationAppeal.update({
            where: { evaluationId: row.id },
            data: {
              status: i % 2 ? 'UPHELD' : 'DISMISSED',
              decidedAt: new Date(),
              decidedById: supervisor.id,
            },
          }),
        );
      });
      openCases.forEach((kase, i) => {
        work.push(() =>
          clients[i % clients.length]!.case.update({
            where: { id: kase.id },
            data: { status: 'COMPLETED', completedAt: new Date(), statusChangedAt: new Date() },
          }),
        );
      });
      // Six bulk batches, each many rows per statement, over the same days and items: every rollup trigger
      // takes its rollup rows in key order (the next test pins that), so no batch and no single change fails.
      for (let batch = 0; batch < 6; batch++) {
        work.push(() =>
          generateDashboardData(clients[batch]!, {
            prefix: `P${batch}X`,
            from: '2026-10-05',
            days: 10,
            count: 50,
          }),
        );
      }
      // Interleave: everything at once, in a shuffled order.
      const shuffled = work
        .map((run, i) => ({ run, key: (i * 7919) % work.length }))
        .sort((a, b) => a.key - b.key);
      const results = await Promise.allSettled(shuffled.map(({ run }) => run()));
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      // Every batch ran to its last statement: all cases evaluated, every appeal decided.
      const [generated] = await db.$queryRaw<{ evaluated: number; pending: number }[]>`
        SELECT count(e."id")::int AS "evaluated", count(a."id") FILTER (WHERE a."status" = 'PENDING')::int AS "pending"
          FROM "cases" c LEFT JOIN "evaluations" e ON e."case_id" = c."id"
          LEFT JOIN "evaluation_appeals" a ON a."evaluation_id" = e."id"
         WHERE c."business_number" ~ '^P[0-5]X'`;
      expect(generated).toEqual({ evaluated: 6 * 50, pending: 0 });
      await expectRollupsExact(db);
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
  });

  it('locks rollup rows in key order: a bulk reply waiting for an earlier key holds no later one', async () => {
    // Two unanswered bad reviews at different rollup keys; the statement below replies to the later key first.
    const [early, late] = await db.$queryRaw<{ id: string; clerk: string; key: string }[]>`
      SELECT DISTINCT ON (k."key") e."id", u."id" AS "clerk", k."key"
        FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id"
        CROSS JOIN LATERAL (SELECT concat_ws('|', "cst_day"(e."submitted_at"), c."department_id", c."item_id",
                                             e."reply_due_at") AS "key") k
        JOIN LATERAL (SELECT u."id" FROM "users" u WHERE 'DEPARTMENT_STAFF' = ANY (u."roles")
                        AND u."department_id" = c."department_id" ORDER BY u."id" LIMIT 1) u ON true
       WHERE e."reply_due_at" IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM "evaluation_replies" r WHERE r."evaluation_id" = e."id")
         AND NOT EXISTS (SELECT 1 FROM "evaluation_appeals" a WHERE a."evaluation_id" = e."id")
       ORDER BY k."key", e."id"`;
    expect(early && late).toBeTruthy();
    const rollupRow = (evaluationId: string) => Prisma.sql`
      SELECT t."replied" FROM "evaluation_rollups" t JOIN "evaluations" e ON e."id" = ${evaluationId}::uuid
        JOIN "cases" c ON c."id" = e."case_id"
       WHERE t."day" = "cst_day"(e."submitted_at") AND t."department_id" = c."department_id"
         AND t."item_id" = c."item_id" AND t."reply_due_at" = e."reply_due_at"`;
    const replied = async () =>
      Promise.all(
        [early!, late!].map(
          async (row) => (await db.$queryRaw<{ replied: number }[]>(rollupRow(row.id)))[0]!.replied,
        ),
      );
    const before = await replied();
    const holder = createPrisma(database.url);
    const writer = createPrisma(database.url);
    try {
      let writing: Promise<unknown> | undefined;
      await holder.$transaction(
        async (tx) => {
          // Another writer in key order holds the earlier key...
          await tx.$queryRaw(Prisma.sql`${rollupRow(early!.id)} FOR UPDATE OF t`);
          writing = writer.$executeRaw`
            INSERT INTO "evaluation_replies" ("id", "evaluation_id", "kind", "author_id", "body", "created_at")
            VALUES (gen_random_uuid(), ${late!.id}::uuid, 'REPLY', ${late!.clerk}::uuid, '已整改', now()),
                   (gen_random_uuid(), ${early!.id}::uuid, 'REPLY', ${early!.clerk}::uuid, '已整改', now())`;
          writing.catch(() => undefined);
          // ...the bulk reply now waits for it...
          await expect.poll(() => waitingReplyInserts(db), { timeout: 10_000 }).toBe(1);
          // ...and must not be holding the later key: row by row it would (the late reply came first), and
          // PostgreSQL would abort one of the two as a deadlock victim here.
          await tx.$executeRaw`SET LOCAL lock_timeout = '5s'`;
          expect(await tx.$queryRaw(Prisma.sql`${rollupRow(late!.id)} FOR UPDATE OF t`)).toHaveLength(1);
        },
        { timeout: 30_000 },
      );
      await expect(writing).resolves.toBe(2);
    } finally {
      await Promise.all([holder.$disconnect(), writer.$disconnect()]);
    }
    expect(await replied()).toEqual(before.map((n) => n + 1));
    await expectRollupsExact(db);
  });

  async function waitingReplyInserts(db: Db) {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS "n" FROM pg_stat_activity
       WHERE "wait_event_type" = 'Lock' AND "query" LIKE '%INSERT INTO "evaluation_replies"%'
         AND "datname" = current_database() AND "pid" <> pg_backend_pid()`;
    return row!.n;
  }

  async function caseOf(evaluationId: string) {
    const evaluation = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    return db.case.findUniqueOrThrow({ where: { id: evaluation.caseId } });
  }

  it('counts working days with the published holiday and 调休 calendar, the data file and the table alike', async () => {
    const file = JSON.parse(readFileSync(new URL('./work-calendar.json', import.meta.url), 'utf8')) as {
      days: { day: string; isWorkday: boolean; name: string }[];
    };
    const table = await db.$queryRaw<{ day: string; isWorkday: boolean; name: string }[]>`
      SELECT to_char("day", 'YYYY-MM-DD') AS "day", "is_workday" AS "isWorkday", "name" FROM "work_calendar_days" ORDER BY "day"`;
    expect(table).toEqual(file.days);
    const between = async (a: string, b: string) =>
      (await db.$queryRaw<{ n: number }[]>`SELECT "working_days_between"(${a}::date, ${b}::date) AS "n"`)[0]!
        .n;
    expect(await between('2026-09-30', '2026-10-09')).toBe(2); // 国庆 1-7 off, 8 and 9 worked
    expect(await between('2026-02-13', '2026-02-24')).toBe(2); // 14 (Sat) 调休 worked, 15-23 春节, 24 worked
    expect(await between('2026-10-09', '2026-10-12')).toBe(2); // 10 (Sat) 调休 worked, 11 (Sun) off, 12 worked
    expect(await between('2026-11-02', '2026-11-02')).toBe(0);
  });
});

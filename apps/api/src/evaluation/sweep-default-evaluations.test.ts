import { spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import { naturalDayDeadline, parseCst } from '../lib/natural-days.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { sweepDefaultEvaluations } from './sweep-default-evaluations.ts';

const CITIZEN = '11010519491231002X';

describe('default evaluation sweep', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;
  let template: { applicantId: string; itemId: string; departmentId: string };
  let batchNo = 0;

  beforeAll(async () => {
    database = await createTestDatabase(inject('adminUrl'));
    db = createPrisma(database.url);
    const applicant = await db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(CITIZEN) } });
    const item = await db.serviceItem.findUniqueOrThrow({ where: { code: 'nk-ss-pension-resume' } });
    template = { applicantId: applicant.id, itemId: item.id, departmentId: item.departmentId };
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  /** `count` completed cases, all completed at `completedAt`, made with one set-based INSERT. */
  async function completedCases(count: number, completedAt: Date): Promise<string[]> {
    const prefix = `SW${++batchNo}x`;
    const rows = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "cases" ("id", "business_number", "source", "origin_system", "applicant_id", "item_id",
        "department_id", "status", "applied_at", "completed_at", "status_changed_at", "updated_at")
      SELECT gen_random_uuid(), ${prefix} || g, 'ONLINE', 'hall', ${template.applicantId}::uuid,
        ${template.itemId}::uuid, ${template.departmentId}::uuid, 'COMPLETED', ${completedAt.toISOString()}::timestamptz,
        ${completedAt.toISOString()}::timestamptz, ${completedAt.toISOString()}::timestamptz, now()
      FROM generate_series(1, ${count}) g
      RETURNING "id"::text AS id`;
    return rows.map((row) => row.id);
  }

  /** Every completed case whose D+7 window closed by `now` has exactly one evaluation, later ones none. */
  async function expectExactlyOneEachWhenDue(now: Date) {
    const cases = await db.case.findMany({
      where: { status: 'COMPLETED' },
      select: { id: true, completedAt: true, evaluation: { select: { id: true } } },
    });
    const counts = await db.evaluation.groupBy({ by: ['caseId'], _count: { _all: true } });
    expect(counts.every((row) => row._count._all === 1)).toBe(true);
    for (const kase of cases) {
      const due = naturalDayDeadline(kase.completedAt!, 7).getTime() <= now.getTime();
      if (due) expect(kase.evaluation, `case ${kase.id} is due`).not.toBeNull();
    }
  }

  const defaultsFor = (ids: string[]) =>
    db.evaluation.count({ where: { caseId: { in: ids }, isDefault: true } });

  it('records 基本满意 / SYSTEM_DEFAULT once; running it twice adds nothing', async () => {
    const ids = await completedCases(23, parseCst('2026-01-10 10:00:00'));
    const now = parseCst('2026-01-20 12:00:00');
    const first = await sweepDefaultEvaluations(db, now, { batchSize: 7 });
    expect(first.inserted).toBeGreaterThanOrEqual(23);
    expect(await defaultsFor(ids)).toBe(23);
    const second = await sweepDefaultEvaluations(db, now, { batchSize: 7 });
    expect(second.inserted).toBe(0);
    await expectExactlyOneEachWhenDue(now);

    const row = await db.evaluation.findFirstOrThrow({ where: { caseId: ids[0] } });
    expect(row).toMatchObject({
      level: 'BASIC',
      channel: 'SYSTEM_DEFAULT',
      isDefault: true,
      evaluatorId: null,
    });
    expect(row.comment).toBeNull();
    expect(row.replyDueAt).toBeNull();
    // submitted at the deadline itself: 2026-01-17 24:00 CST
    expect(row.submittedAt.toISOString()).toBe('2026-01-17T16:00:00.000Z');
  });

  it('two workers at once never make a second evaluation: together they insert exactly the due cases', async () => {
    const ids = await completedCases(300, parseCst('2026-02-01 09:00:00'));
    const now = parseCst('2026-02-10 00:00:00');
    const other = createPrisma(database.url);
    try {
      const [a, b] = await Promise.all([
        sweepDefaultEvaluations(db, now, { batchSize: 13 }),
        sweepDefaultEvaluations(other, now, { batchSize: 17 }),
      ]);
      expect(a.inserted + b.inserted).toBe(300);
      expect(await defaultsFor(ids)).toBe(300);
    } finally {
      await other.$disconnect();
    }
    await expectExactlyOneEachWhenDue(now);
  });

  it('a sweep killed half-way leaves whole batches; the rerun completes every due case exactly once', async () => {
    const ids = await completedCases(120, parseCst('2026-03-01 08:00:00'));
    const before = await db.evaluation.count();
    // node itself (not npx, whose shell would survive as the only one killed) runs the CLI through tsx.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/evaluation/sweep-cli.ts',
        '--database-url',
        database.url,
        '--batch-size',
        '25',
        '--print-batches',
        '--pause-after-batch-ms',
        '60000',
      ],
      { cwd: new URL('../..', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    // Batches walk completed cases oldest first; wait for the first one that recorded defaults, then kill.
    const committed = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const inserted = Number(/batch committed: (\d+)/.exec(chunk.toString())?.[1] ?? 0);
        if (inserted > 0) resolve(inserted);
      });
      child.on('exit', () => reject(new Error('the sweep ended before it could be killed')));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    // What committed is whole batches: exactly what the child reported, nothing of the batch after it.
    expect(committed).toBeGreaterThan(0);
    expect(await db.evaluation.count()).toBe(before + committed);
    expect(await defaultsFor(ids)).toBeLessThan(120);

    const now = new Date();
    await sweepDefaultEvaluations(db, now, { batchSize: 25 });
    expect(await defaultsFor(ids)).toBe(120);
    await expectExactlyOneEachWhenDue(now);
  }, 60_000);

  describe('the D+7 boundary in China Standard Time, whatever the time zones of Node and PostgreSQL', () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    });

    it.each([
      ['UTC', 'UTC'],
      ['America/New_York', 'Pacific/Kiritimati'],
    ])('process TZ %s, database session TZ %s', async (nodeTz, pgTz) => {
      process.env.TZ = nodeTz;
      expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(-480);
      const session = createPrisma(`${database.url}?options=${encodeURIComponent(`-c TimeZone=${pgTz}`)}`);
      try {
        // 00:30 CST on 2026-04-01 is still 2026-03-31 in UTC: D is 04-01, the window closes 04-08 24:00 CST.
        const [early] = await completedCases(1, parseCst('2026-04-01 00:30:00'));
        const [late] = await completedCases(1, parseCst('2026-04-01 23:59:59'));
        expect(parseCst('2026-04-01 00:30:00').toISOString()).toBe('2026-03-31T16:30:00.000Z');

        await sweepDefaultEvaluations(session, new Date(parseCst('2026-04-08 23:59:59').getTime() + 999));
        expect(await defaultsFor([early!, late!])).toBe(0);

        await sweepDefaultEvaluations(session, parseCst('2026-04-09 00:00:00'));
        expect(await defaultsFor([early!, late!])).toBe(2);
        const row = await db.evaluation.findUniqueOrThrow({ where: { caseId: early! } });
        expect(row.submittedAt.toISOString()).toBe('2026-04-08T16:00:00.000Z');
      } finally {
        await session.$disconnect();
      }
    });
  });
});

import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/use-test-database.ts';
import type { Db } from '../db/prisma.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { parseCst } from '../lib/natural-days.ts';
import { evaluationJobs, REPLY_DUE_SOON_QUEUE, SWEEP_CRON, SWEEP_QUEUE } from '../evaluation/jobs.ts';
import { startJobs } from './start-jobs.ts';

describe('scheduled sweep on pg-boss', () => {
  const database = useTestDatabase();
  let db: Db;
  beforeAll(() => {
    db = database.db;
  });

  it('two API processes share one schedule in the pgboss schema, and a queued run defaults the due cases', async () => {
    const clock = { now: () => parseCst('2026-12-20 12:00:00') };
    const logger = pino({ level: 'silent' });
    const [a, b] = [
      await startJobs(db, { connectionString: database.url, clock, logger, modules: [evaluationJobs] }),
      await startJobs(db, { connectionString: database.url, clock, logger, modules: [evaluationJobs] }),
    ];
    try {
      const schedules = await db.$queryRaw<{ name: string; cron: string; timezone: string }[]>`
        SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`;
      expect(schedules).toEqual([
        { name: SWEEP_QUEUE, cron: SWEEP_CRON, timezone: 'Asia/Shanghai' },
        { name: REPLY_DUE_SOON_QUEUE, cron: SWEEP_CRON, timezone: 'Asia/Shanghai' },
      ]);
      const queue = await db.$queryRaw<
        { policy: string }[]
      >`SELECT policy FROM pgboss.queue WHERE name = ${SWEEP_QUEUE}`;
      expect(queue).toEqual([{ policy: 'singleton' }]);

      const completedAt = parseCst('2026-12-01 09:00:00');
      const kase = await createCaseLike(db, '20261121143005667788', {
        businessNumber: `JOB${Date.now()}`,
        status: 'COMPLETED',
        completedAt,
        statusChangedAt: completedAt,
      });
      await a.boss.send(SWEEP_QUEUE, {});
      const deadline = Date.now() + 20_000;
      while (!(await db.evaluation.findUnique({ where: { caseId: kase.id } })) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(await db.evaluation.findUnique({ where: { caseId: kase.id } })).toMatchObject({
        isDefault: true,
        level: 'BASIC',
      });
    } finally {
      await a.stop();
      await b.stop();
    }
  }, 60_000);
});

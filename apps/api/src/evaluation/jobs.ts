import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Db } from '../db/prisma.ts';
import type { Clock } from '../lib/clock.ts';
import { sweepDefaultEvaluations } from './sweep-default-evaluations.ts';

export const SWEEP_QUEUE = 'evaluations-default-sweep';
/** Every 10 minutes (CST wall clock). */
export const SWEEP_CRON = '*/10 * * * *';

/**
 * Background jobs on pg-boss (its own `pgboss` schema in the same PostgreSQL). Any number of API processes may
 * call this: pg-boss creates one job per schedule tick across all of them, and the queue's `singleton` policy
 * lets only one sweep run at a time. A separate worker process can call it instead of the API.
 */
export async function startJobs(
  db: Db,
  options: { connectionString: string; clock: Clock; logger: Logger },
): Promise<{ boss: PgBoss; stop(): Promise<void> }> {
  const boss = new PgBoss({ connectionString: options.connectionString, schema: 'pgboss' });
  boss.on('error', (error) => options.logger.error({ err: error }, 'pg-boss error'));
  await boss.start();
  await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, policy: 'singleton' });
  await boss.schedule(SWEEP_QUEUE, SWEEP_CRON, undefined, { tz: 'Asia/Shanghai' });
  await boss.work(SWEEP_QUEUE, async () => {
    const result = await sweepDefaultEvaluations(db, options.clock.now());
    options.logger.info(result, 'default evaluation sweep done');
    return result;
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true }) };
}

import { pino } from 'pino';
import { readConfig } from '../config.ts';
import { createPrisma } from '../db/prisma.ts';
import { systemClock } from '../lib/clock.ts';
import { storageFromEnv } from '../storage/storage-config.ts';
import type { DispatchHooks } from './dispatch-outbox.ts';
import type { JobModule } from './job-module.ts';
import { startJobs } from './start-jobs.ts';

/** How long a running job may take to finish after SIGTERM (pg-boss's graceful stop). */
const STOP_TIMEOUT_MS = 30_000;

/**
 * The worker process: the jobs room without HTTP. SIGTERM/SIGINT let the running job and the delivery in hand
 * finish, then exit 0. `modules` and `outboxHooks` are for the fault test's own worker.
 */
export async function runWorker(
  options: { modules?: readonly JobModule[]; outboxHooks?: DispatchHooks } = {},
) {
  const config = readConfig();
  const logger = pino({ level: config.logLevel, name: 'service-hall-worker' });
  const db = createPrisma(config.databaseUrl, { poolSize: config.dbPoolSize });
  const storage = storageFromEnv();
  const jobs = await startJobs(db, {
    connectionString: config.databaseUrl,
    clock: systemClock,
    logger,
    storage,
    ...options,
  });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'worker stopping: letting running jobs finish');
    // pg-boss waits on unreferenced timers while it stops: this one keeps the process alive meanwhile, and
    // ends it if a job will not finish.
    setTimeout(() => {
      logger.error('jobs still running after the stop timeout: exiting');
      process.exit(1);
    }, STOP_TIMEOUT_MS + 5_000);
    await jobs.stop();
    await db.$disconnect();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  console.log(`Worker ready (process ${process.pid})`);
}

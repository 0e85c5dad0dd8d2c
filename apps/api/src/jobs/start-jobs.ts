import { PgBoss } from 'pg-boss';
import { HALL_TIME_ZONE } from '../lib/natural-days.ts';
import type { Db } from '../db/prisma.ts';
import type { DispatchHooks } from './dispatch-outbox.ts';
import type { JobDeps, JobModule } from './job-module.ts';
import { JOB_MODULES } from './job-modules.ts';
import { startOutboxDispatcher, type OutboxDispatcher } from './outbox-dispatcher.ts';
import { syncOutboxSubscriptions } from './sync-outbox-subscriptions.ts';

export interface JobsOptions extends Omit<JobDeps, 'db'> {
  connectionString: string;
  /** the modules whose jobs and handlers run here (default: every module, jobs/job-modules.ts) */
  modules?: readonly JobModule[];
  /** how often an idle outbox dispatcher looks again (default 1000 ms) */
  outboxPollMs?: number;
  /** a fault test's named stopping points inside a delivery */
  outboxHooks?: DispatchHooks;
}

export interface Jobs {
  boss: PgBoss;
  /** graceful: running jobs and the delivery in hand finish, nothing new starts */
  stop(): Promise<void>;
}

/**
 * The jobs room: pg-boss (its own `pgboss` schema in the same PostgreSQL) for the modules' schedules, and the
 * outbox dispatcher for their handlers. Any number of processes may run it (the API in development, `npm run
 * worker` in production): pg-boss makes one job per schedule tick across all of them and the `singleton`
 * policy runs one at a time; outbox deliveries are claimed with SKIP LOCKED.
 */
export async function startJobs(db: Db, options: JobsOptions): Promise<Jobs> {
  const modules = options.modules ?? JOB_MODULES;
  const deps: JobDeps = { db, clock: options.clock, logger: options.logger, storage: options.storage };
  const boss = new PgBoss({ connectionString: options.connectionString, schema: 'pgboss' });
  boss.on('error', (error) => options.logger.error({ err: error }, 'pg-boss error'));
  await boss.start();
  for (const job of modules.flatMap((module) => module.scheduled ?? [])) {
    await boss.createQueue(job.queue, { policy: 'singleton' });
    await boss.schedule(job.queue, job.cron, undefined, { tz: HALL_TIME_ZONE });
    await boss.work(job.queue, async () => job.run(deps));
  }
  const handlers = modules.flatMap((module) => module.outboxHandlers ?? []);
  let dispatcher: OutboxDispatcher | null = null;
  if (handlers.length) {
    await syncOutboxSubscriptions(db, handlers);
    dispatcher = startOutboxDispatcher(db, handlers, {
      pollMs: options.outboxPollMs ?? 1000,
      logger: options.logger,
      hooks: options.outboxHooks,
    });
  }
  return {
    boss,
    async stop() {
      await dispatcher?.stop();
      await boss.stop({ graceful: true, timeout: 30_000 });
    },
  };
}

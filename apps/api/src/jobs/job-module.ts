import type { Logger } from 'pino';
import type { Db } from '../db/prisma.ts';
import type { Clock } from '../lib/clock.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import type { OutboxHandler } from './outbox-handler.ts';

/** What a job is given: the process's database, clock, logger and file storage. */
export interface JobDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  storage?: FileStorage;
}

/**
 * A scheduled job: one pg-boss queue with the `singleton` policy (one run at a time across every process) and
 * a cron schedule in CST. The queue name is its identity in the pgboss schema: never rename it.
 */
export interface ScheduledJob {
  queue: string;
  cron: string;
  run(deps: JobDeps): Promise<unknown>;
}

/** What a module hands the jobs room (its `jobs.ts` exports one; jobs/job-modules.ts lists them). */
export interface JobModule {
  name: string;
  scheduled?: readonly ScheduledJob[];
  outboxHandlers?: readonly OutboxHandler[];
}

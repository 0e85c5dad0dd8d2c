import { applicationJobs } from '../application/jobs.ts';
import { evaluationJobs } from '../evaluation/jobs.ts';
import { nationalJobs } from '../national/jobs.ts';
import { notificationJobs } from '../notification/jobs.ts';
import { webhookJobs } from '../webhook/jobs.ts';
import type { JobModule } from './job-module.ts';
import { partitionJobs } from './partitions-ahead.ts';

/** Every module's scheduled jobs and outbox handlers: a module registers by being listed here. */
export const JOB_MODULES: readonly JobModule[] = [
  evaluationJobs,
  applicationJobs,
  nationalJobs,
  webhookJobs,
  notificationJobs,
  partitionJobs,
];

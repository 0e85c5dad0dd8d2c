import { applicationJobs } from '../application/jobs.ts';
import { evaluationJobs } from '../evaluation/jobs.ts';
import { notificationJobs } from '../notification/jobs.ts';
import type { JobModule } from './job-module.ts';

/** Every module's scheduled jobs and outbox handlers: a module registers by being listed here. */
export const JOB_MODULES: readonly JobModule[] = [evaluationJobs, applicationJobs, notificationJobs];

import type { JobModule, ScheduledJob } from '../jobs/job-module.ts';
import { announceRepliesDueSoon } from './announce-replies-due-soon.ts';
import { sweepDefaultEvaluations } from './sweep-default-evaluations.ts';

export const SWEEP_QUEUE = 'evaluations-default-sweep';
export const REPLY_DUE_SOON_QUEUE = 'evaluations-reply-due-soon';
/** Every 10 minutes (CST wall clock). */
export const SWEEP_CRON = '*/10 * * * *';

/** 系统默认评价 for every completed case whose evaluation window has closed (see sweep-default-evaluations.ts). */
export const defaultEvaluationSweep: ScheduledJob = {
  queue: SWEEP_QUEUE,
  cron: SWEEP_CRON,
  async run({ db, clock, logger }) {
    const result = await sweepDefaultEvaluations(db, clock.now());
    logger.info(result, 'default evaluation sweep done');
    return result;
  },
};

/** evaluation.reply_due_soon for each bad review whose reply falls due soon (announce-replies-due-soon.ts). */
export const replyDueSoonAnnouncer: ScheduledJob = {
  queue: REPLY_DUE_SOON_QUEUE,
  cron: SWEEP_CRON,
  async run({ db, clock, logger }) {
    const result = await announceRepliesDueSoon(db, clock.now());
    logger.info(result, 'reply-due-soon announcements done');
    return result;
  },
};

export const evaluationJobs: JobModule = {
  name: 'evaluation',
  scheduled: [defaultEvaluationSweep, replyDueSoonAnnouncer],
};

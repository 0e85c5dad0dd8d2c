import type { JobModule, ScheduledJob } from '../jobs/job-module.ts';
import { notificationHandler } from './notification-handler.ts';
import { remindEvaluations } from './remind-evaluations.ts';
import { sendDueSms } from './send-due-sms.ts';
import { smsProviderFromEnv } from './sms-provider.ts';

/** Every 10 minutes (CST), like the default-evaluation sweep whose deadline it warns of. */
export const evaluationReminders: ScheduledJob = {
  queue: 'notifications-evaluation-reminders',
  cron: '*/10 * * * *',
  async run({ db, clock, logger }) {
    const result = await remindEvaluations(db, clock.now());
    logger.info(result, 'evaluation reminders written');
    return result;
  },
};

/** Every minute: the SMS of new notifications, retries, and what quiet hours held back (from 08:00 CST). */
export const smsSender: ScheduledJob = {
  queue: 'notifications-sms',
  cron: '* * * * *',
  async run({ db, clock, logger }) {
    const provider = smsProviderFromEnv(process.env, { db, logger });
    const result = await sendDueSms(db, provider, clock.now());
    if (result.sent || result.failed || result.cancelled) logger.info(result, 'SMS sent');
    return result;
  },
};

export const notificationJobs: JobModule = {
  name: 'notification',
  scheduled: [evaluationReminders, smsSender],
  outboxHandlers: [notificationHandler()],
};

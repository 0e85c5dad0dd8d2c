import type { Db } from '../db/prisma.ts';
import {
  EVALUATION_REMINDER_DAYS_BEFORE,
  EVALUATION_WINDOW_DAYS,
  evaluationClosesAt,
  evaluationReminderAt,
} from '../evaluation/index.ts';
import { CASE_LABEL_SELECT, caseLabelOf, NOTIFICATION_TEXTS } from './notification-texts.ts';
import { writeNotification } from './write-notification.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The source key of a case's one reminder (unique per user, so a rerun or a second worker writes none). */
export const reminderKey = (caseId: string) => `evaluation-reminder:${caseId}`;

/**
 * 评价即将截止: a reminder to each applicant whose completed case is not evaluated and whose evaluation window
 * closes (and the default is given) within EVALUATION_REMINDER_DAYS_BEFORE days. Run every 10 minutes by the
 * job room; each reminder is written once whatever runs it.
 */
export async function remindEvaluations(db: Db, now: Date, options: { batchSize?: number } = {}) {
  // Completed within the band of days where the reminder can be due (a day's margin on each side for CST days),
  // not yet evaluated, not yet reminded; the exact instant is checked below with the rules' own functions.
  const from = new Date(now.getTime() - (EVALUATION_WINDOW_DAYS + 2) * DAY_MS);
  const until = new Date(
    now.getTime() - (EVALUATION_WINDOW_DAYS - EVALUATION_REMINDER_DAYS_BEFORE - 2) * DAY_MS,
  );
  const candidates = await db.case.findMany({
    where: {
      status: 'COMPLETED',
      completedAt: { gte: from, lte: until },
      evaluation: { is: null },
    },
    select: {
      id: true,
      applicantId: true,
      completedAt: true,
      ...CASE_LABEL_SELECT,
    },
    orderBy: [{ completedAt: 'asc' }, { id: 'asc' }],
    take: options.batchSize ?? 1000,
  });
  let reminded = 0;
  for (const kase of candidates) {
    const completedAt = kase.completedAt!;
    const closesAt = evaluationClosesAt(completedAt);
    if (now < evaluationReminderAt(completedAt) || now >= closesAt) continue;
    const text = NOTIFICATION_TEXTS.reminder(caseLabelOf(kase), closesAt);
    const written = await db.$transaction((tx) =>
      writeNotification(
        tx,
        {
          userId: kase.applicantId,
          kind: 'EVALUATION_REMINDER',
          sourceKey: reminderKey(kase.id),
          caseId: kase.id,
          occurredAt: now,
          ...text,
        },
        now,
      ),
    );
    if (written) reminded += 1;
  }
  return { candidates: candidates.length, reminded };
}

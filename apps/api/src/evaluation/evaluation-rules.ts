import type { CaseSource, EvaluationLevel, EvaluationReply } from '../generated/prisma/client.ts';
import type { EvaluationDimension, EvaluationReplyState } from '../generated/graphql.ts';
import { DAY_MS, naturalDayDeadline } from '../lib/natural-days.ts';

/** The rules of 好差评 in numbers; the migration's checks hold the same limits. */
export const EVALUATION_WINDOW_DAYS = 7;
export const REPLY_WINDOW_DAYS = 15;
/** 我的互动: the applicant is reminded this many days before the evaluation window closes (and the default). */
export const EVALUATION_REMINDER_DAYS_BEFORE = 2;
export const DUE_SOON_MS = 3 * 24 * 60 * 60 * 1000;
export const COMMENT_MAX = 500;
export const NOTE_MAX = 1000;
export const FOLLOW_UP_MAX = 500;
export const REASON_MAX = 500;

export const BAD_LEVELS: readonly EvaluationLevel[] = ['DISSATISFIED', 'VERY_DISSATISFIED'];
export const isBadLevel = (level: EvaluationLevel) => BAD_LEVELS.includes(level);

export const ONLINE_DIMENSIONS: EvaluationDimension[] = [
  'EFFICIENCY',
  'GUIDE_ACCURACY',
  'CONVENIENCE',
  'PLATFORM_USABILITY',
];
export const WINDOW_DIMENSIONS: EvaluationDimension[] = [
  'SERVICE_EFFICIENCY',
  'SERVICE_LEVEL',
  'SERVICE_ATTITUDE',
];

/** A window case is scored on the window's service, any other case on the online service. */
export const dimensionsFor = (source: CaseSource) =>
  source === 'WINDOW' ? WINDOW_DIMENSIONS : ONLINE_DIMENSIONS;

/**
 * Completed on CST day D: open until 24:00 CST of D+N (N = EVALUATION_WINDOW_DAYS, the national rule; a server
 * may be built with another N — the window-length test does — and every check below takes it from there).
 */
export const evaluationClosesAt = (completedAt: Date, windowDays = EVALUATION_WINDOW_DAYS) =>
  naturalDayDeadline(completedAt, windowDays);

/**
 * The sweep's cutoff: a case completed before this instant has a closed window at `now` (completed on CST day
 * ≤ today − (N+1), so its 24:00 of D+N has passed); one completed at or after it is still open.
 */
export const evaluationDueBefore = (now: Date, windowDays = EVALUATION_WINDOW_DAYS) =>
  new Date(naturalDayDeadline(now, 0).getTime() - (windowDays + 1) * DAY_MS);

/** When the reminder is due: EVALUATION_REMINDER_DAYS_BEFORE days before the window closes. */
export const evaluationReminderAt = (completedAt: Date) =>
  new Date(evaluationClosesAt(completedAt).getTime() - EVALUATION_REMINDER_DAYS_BEFORE * 24 * 60 * 60 * 1000);

/** Reviewed on CST day D: the reply is due by 24:00 CST of D+15. */
export const replyDueAtFor = (submittedAt: Date) => naturalDayDeadline(submittedAt, REPLY_WINDOW_DAYS);

/** Where a bad review's reply task stands at `now` (the queue tabs). */
export function replyStateAt(replyDueAt: Date, reply: Pick<EvaluationReply, 'createdAt'> | null, now: Date) {
  if (reply) return 'REPLIED' satisfies EvaluationReplyState;
  const left = replyDueAt.getTime() - now.getTime();
  if (left <= 0) return 'OVERDUE' satisfies EvaluationReplyState;
  return left <= DUE_SOON_MS ? ('DUE_SOON' as const) : ('PENDING' as const);
}

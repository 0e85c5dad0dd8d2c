import type { Question } from '../generated/prisma/client.ts';
import { workingDayDeadline } from '../dashboard/index.ts';

/** The rules of 咨询 and 投诉 in numbers; the migration's checks hold the same text limits. */
export const QUESTION_BODY_MAX = 500;
export const ANSWER_MAX = 1000;
/** The department answers within this many working days (the published calendar), by 24:00 CST. */
export const ANSWER_WORKING_DAYS = 5;

/** Asked on CST day D: the answer is due by 24:00 CST of the 5th working day after D. */
export const answerDueAtFor = (askedAt: Date) => workingDayDeadline(askedAt, ANSWER_WORKING_DAYS);

/** Where a question stands at `now`: 待答复, 已超期 (unanswered past its deadline) or 已答复. */
export function questionStateAt(question: Pick<Question, 'answeredAt' | 'answerDueAt'>, now: Date) {
  if (question.answeredAt) return 'ANSWERED' as const;
  return now >= question.answerDueAt ? ('OVERDUE' as const) : ('PENDING' as const);
}

/** The Prisma condition for the questions in a state at `now` (the workbench tabs). */
export function questionStateWhere(state: ReturnType<typeof questionStateAt>, now: Date) {
  if (state === 'ANSWERED') return { answeredAt: { not: null } };
  return state === 'OVERDUE'
    ? { answeredAt: null, answerDueAt: { lte: now } }
    : { answeredAt: null, answerDueAt: { gt: now } };
}

/** A text the citizen or the department wrote: trimmed, required, at most `max` characters. */
export function textProblem(text: string, max: number, what: string) {
  if (!text) return { code: 'REQUIRED' as const, message: `请输入${what}。` };
  if (text.length > max) return { code: 'INVALID' as const, message: `${what}不能超过${max}字。` };
  return null;
}

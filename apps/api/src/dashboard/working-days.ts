import calendar from './work-calendar.json' with { type: 'json' };
import { cstDayOf, naturalDayDeadline } from '../lib/natural-days.ts';

/** The published holidays and 调休 working weekends (the same file fills work_calendar_days). */
const EXCEPTIONS = new Map(calendar.days.map((entry) => [entry.day, entry.isWorkday]));

/** Whether a CST day (`YYYY-MM-DD`) is a working day: Monday to Friday, unless the calendar says otherwise. */
export function isWorkingDay(day: string): boolean {
  const listed = EXCEPTIONS.get(day);
  if (listed !== undefined) return listed;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The end (24:00 CST) of the N-th working day after the CST day of `start`: a question asked on Friday with
 * N = 5 is due by the next Friday 24:00; holidays and 调休 follow the published calendar.
 */
export function workingDayDeadline(start: Date, days: number): Date {
  if (!Number.isSafeInteger(days) || days < 1)
    throw new RangeError(`days must be a positive integer, got ${days}`);
  let counted = 0;
  for (let offset = 1; ; offset += 1) {
    // 00:00 CST of day D+offset is the deadline of a period of offset-1 natural days.
    if (isWorkingDay(cstDayOf(naturalDayDeadline(start, offset - 1)))) counted += 1;
    if (counted === days) return naturalDayDeadline(start, offset);
  }
}

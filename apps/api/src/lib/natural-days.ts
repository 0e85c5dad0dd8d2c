/**
 * Day arithmetic in China Standard Time (Asia/Shanghai).
 *
 * CST is a fixed UTC+8 offset with no daylight saving time, so every function here works on
 * UTC epoch milliseconds shifted by eight hours and reads only `getUTC*` fields. The result
 * therefore never depends on the server time zone (`process.env.TZ`).
 *
 * Rule: a period of N natural days that starts with an event on CST calendar day D ends at
 * 24:00 on day D+N (CST), i.e. at 00:00 CST of day D+N+1. Example: a case completed
 * 2019-11-08 10:01 CST can be evaluated until 2019-11-15 24:00 CST.
 */

/** The hall's time zone: its days, schedules and SQL date ranges (bound as a parameter, never written in SQL). */
export const HALL_TIME_ZONE = 'Asia/Shanghai';

/** Offset of China Standard Time from UTC, in milliseconds. */
export const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar fields of an instant as seen on a CST wall clock. */
export interface CstFields {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
  hour: number;
  minute: number;
  second: number;
}

function assertValidDate(instant: Date, name = 'instant'): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not a valid Date`);
  return ms;
}

/** Builds UTC epoch ms for a proleptic Gregorian date-time (years 0-99 are not shifted to 19xx). */
function utcMs(year: number, month: number, day: number, h = 0, m = 0, s = 0): number {
  const d = new Date(Date.UTC(2000, 0, 1, h, m, s));
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** True when year/month/day form an existing Gregorian calendar date (e.g. rejects 2019-02-30). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  // Fields out of range or fractional never survive the round trip: 2019-02-30 becomes 03-02, month 13 the
  // next January, day 0 the month before, 2019.5 the year 2019, NaN an invalid date.
  const d = new Date(utcMs(year, month, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Wall-clock fields of `instant` in CST. */
export function cstFields(instant: Date): CstFields {
  const d = new Date(assertValidDate(instant) + CST_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** CST calendar day of `instant` as `YYYY-MM-DD`. */
export function cstDayOf(instant: Date): string {
  const f = cstFields(instant);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** The instant of 24:00 CST on day D+N, where D is the CST day of `start` (= 00:00 CST of D+N+1). */
export function naturalDayDeadline(start: Date, days: number): Date {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`days must be a non-negative integer, got ${days}`);
  }
  const f = cstFields(start);
  // Midnight of the CST day D, expressed on the shifted (CST-as-UTC) time line.
  const startOfDayShifted = utcMs(f.year, f.month, f.day);
  return new Date(startOfDayShifted + (days + 1) * DAY_MS - CST_OFFSET_MS);
}

/** True while `now` is strictly before the deadline of an N-natural-day period starting at `start`. */
export function isWithinNaturalDays(start: Date, days: number, now: Date): boolean {
  return assertValidDate(now, 'now') < naturalDayDeadline(start, days).getTime();
}

/** `YYYY-MM-DD HH:mm:ss` on a CST wall clock, e.g. `2019-11-08 10:01:19`. */
export function formatCst(instant: Date): string {
  const f = cstFields(instant);
  return `${cstDayOf(instant)} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

/** ISO 8601 with an explicit +08:00 offset and no milliseconds, e.g. `2019-11-08T10:01:19+08:00`. */
export function toIsoCst(instant: Date): string {
  return `${formatCst(instant).replace(' ', 'T')}+08:00`;
}

type DateTimeFields = [number, number, number, number, number, number];
const CST_TEXT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** Parses `YYYY-MM-DD HH:mm:ss` as a CST wall-clock time. Throws RangeError on malformed input. */
export function parseCst(text: string): Date {
  const m = typeof text === 'string' ? CST_TEXT.exec(text) : null;
  if (!m) throw new RangeError(`Expected "YYYY-MM-DD HH:mm:ss", got ${JSON.stringify(text)}`);
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as DateTimeFields;
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a valid CST date-time: ${text}`);
  }
  return new Date(utcMs(year, month, day, hour, minute, second) - CST_OFFSET_MS);
}

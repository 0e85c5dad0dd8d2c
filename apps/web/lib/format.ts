const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The fields of an instant on a China Standard Time wall clock (UTC+8, no daylight saving). */
function cstClock(ms: number): Date {
  return new Date(ms + CST_OFFSET_MS);
}

function dayText(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Formats an instant in China Standard Time (UTC+8, no daylight saving) as `2019-11-08 10:01:19`, the way
 * the guide shows it, whatever the server's or browser's time zone. Returns '' for null, undefined and
 * unparseable input.
 */
export function formatDateTime(value: string | null | undefined): string {
  const parts = dateTimeParts(value);
  return parts ? `${parts.day} ${parts.time}` : '';
}

/** formatDateTime's two halves, `2019-11-08` and `10:01:19` (for a cell that wraps between them only). */
export function dateTimeParts(value: string | null | undefined): { day: string; time: string } | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const d = cstClock(ms);
  return {
    day: dayText(d),
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  };
}

/** The CST calendar day (`YYYY-MM-DD`) of an instant; today's by default. */
export function cstDayOf(instant: Date = new Date()): string {
  return dayText(cstClock(instant.getTime()));
}

/**
 * The last CST day a deadline covers, e.g. `2027-02-08` for a deadline at 24:00 of that day (stored as
 * 2027-02-09T00:00:00+08:00) or at 23:59:59 of it. Returns '' for missing or invalid values.
 */
export function formatDeadlineDay(value: string | null | undefined): string {
  if (!value) return '';
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return '';
  return dayText(cstClock(ms - 1));
}

/** True for an existing calendar day written `YYYY-MM-DD` (e.g. not 2019-02-30). */
export function isCalendarDay(value: unknown): value is string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A wall-clock time typed in China Standard Time, `YYYY-MM-DD HH:mm:ss` (seconds optional), as the ISO 8601
 * instant the API takes, e.g. `2026-11-26T10:15:30+08:00`. Returns null for anything else.
 */
export function cstWallTimeToIso(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim()) : null;
  if (!match) return null;
  const [, day, hours, minutes, seconds = '00'] = match;
  if (!isCalendarDay(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  return `${day}T${hours}:${minutes}:${seconds}+08:00`;
}

/** A rate 0–1 as a percentage with one decimal, e.g. `87.5%`; '—' when there is nothing to divide by (null). */
export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

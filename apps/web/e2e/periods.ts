/**
 * Dashboard periods chosen from the clock, in CST (UTC+8, no daylight saving), so the browser tests find the
 * data the seed dated relative to the time it ran (apps/api/src/db/seed/evaluation-data.ts).
 */
const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

/** The CST calendar day `daysAgo` days before now, as YYYY-MM-DD. */
export function cstDay(daysAgo = 0): string {
  return new Date(Date.now() + CST_OFFSET_MS - daysAgo * DAY_MS).toISOString().slice(0, 10);
}

/** The day of the seeded 差评 of 南开社保分中心 awaiting reply: two days before the seed ran. */
export const BAD_REVIEW_DAY = cstDay(2);

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The calendar month around `day`: its first and last day. */
export function monthOf(day: string): { from: string; to: string } {
  const from = `${day.slice(0, 8)}01`;
  const [year, month] = day.split('-').map(Number) as [number, number];
  return { from, to: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) };
}

/** The ISO week (Monday to Sunday) around `day`. */
export function weekOf(day: string): { from: string; to: string } {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const from = shift(day, -weekday);
  return { from, to: shift(from, 6) };
}

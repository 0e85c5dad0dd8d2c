import { readFileSync } from 'node:fs';

/** The holiday and 调休 calendar (work-calendar.json; the migration loaded the same days into work_calendar_days). */
const calendar = JSON.parse(readFileSync(new URL('./work-calendar.json', import.meta.url), 'utf8')) as {
  days: { day: string }[];
};

/** The years the calendar covers, in order (the pages name them; later days follow Monday–Friday). */
export const WORK_CALENDAR_YEARS: readonly number[] = [
  ...new Set(calendar.days.map((entry) => Number(entry.day.slice(0, 4)))),
].sort((a, b) => a - b);

import { GraphQLError } from 'graphql';
import type { DashboardPeriodKind } from '../generated/graphql.ts';
import { cstDayOf } from '../lib/natural-days.ts';

/** A CUSTOM period spans at most this many days. */
export const MAX_CUSTOM_DAYS = 366;
/** The trend line shows at least this many days. */
export const MIN_TREND_DAYS = 14;

export interface DashboardPeriodModel {
  kind: DashboardPeriodKind;
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}

const DAY_MS = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => fromMs(toMs(day) + days * DAY_MS);
export const daysBetween = (from: string, to: string) => Math.round((toMs(to) - toMs(from)) / DAY_MS);

function badPeriod(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'period' } });
}

/** Day / ISO week / calendar month around `day`, or from..to; and the period of the same length before it. */
export function resolvePeriod(input: {
  kind: DashboardPeriodKind;
  day: string;
  to?: string | null;
}): DashboardPeriodModel {
  const { kind, day } = input;
  if (kind === 'DAY')
    return { kind, from: day, to: day, previousFrom: addDays(day, -1), previousTo: addDays(day, -1) };
  if (kind === 'WEEK') {
    const monday = addDays(day, -((new Date(toMs(day)).getUTCDay() + 6) % 7));
    return {
      kind,
      from: monday,
      to: addDays(monday, 6),
      previousFrom: addDays(monday, -7),
      previousTo: addDays(monday, -1),
    };
  }
  if (kind === 'MONTH') {
    const first = `${day.slice(0, 8)}01`;
    const d = new Date(toMs(first));
    const next = fromMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    const previous = fromMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1));
    return {
      kind,
      from: first,
      to: addDays(next, -1),
      previousFrom: previous,
      previousTo: addDays(first, -1),
    };
  }
  if (!input.to) throw badPeriod('A CUSTOM period needs "to".');
  const length = daysBetween(day, input.to) + 1;
  if (length < 1) throw badPeriod('"to" is before the first day of the period.');
  if (length > MAX_CUSTOM_DAYS) throw badPeriod(`A CUSTOM period spans at most ${MAX_CUSTOM_DAYS} days.`);
  return { kind, from: day, to: input.to, previousFrom: addDays(day, -length), previousTo: addDays(day, -1) };
}

/** The first day of the trend line: the previous period's start, or MIN_TREND_DAYS back. */
export const trendStart = (period: DashboardPeriodModel) => {
  const floor = addDays(period.to, -(MIN_TREND_DAYS - 1));
  return period.previousFrom < floor ? period.previousFrom : floor;
};

/** Today in CST, for defaults. */
export const cstToday = (now: Date) => cstDayOf(now);

/** The last full CST calendar month before `today`, and the 12 full months ending with it. */
export function publishedPeriods(today: string) {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const firstOfThisMonth = `${today.slice(0, 8)}01`;
  const monthTo = addDays(firstOfThisMonth, -1);
  const monthFrom = `${monthTo.slice(0, 8)}01`;
  const yearFrom = new Date(Date.UTC(year, month - 13, 1)).toISOString().slice(0, 10);
  return { monthFrom, monthTo, yearFrom, yearTo: monthTo };
}

import type { Context } from '../context.ts';
import type { Db } from '../db/prisma.ts';
import { Prisma, type CaseStatus } from '../generated/prisma/client.ts';
import type { DashboardPeriodKind } from '../generated/graphql.ts';
import { countsOf, type FigureRowModel } from '../evaluation/index.ts';
import { dashboardPolicy, departmentFilter, readableDepartment } from './dashboard-policy.ts';
import {
  addDays,
  daysBetween,
  resolvePeriod,
  trendStart,
  type DashboardPeriodModel,
} from './dashboard-period.ts';
import { evaluationSums, figureRow } from './dashboard-sql.ts';
import { caseFigures, type CaseFiguresModel, type CaseRollupRow } from './case-figures.ts';
import { ALERT_DAYS, dashboardAlerts, type AlertModel } from './dashboard-alerts.ts';
import { WORK_CALENDAR_YEARS } from './work-calendar.ts';

export interface DashboardInput {
  period: { kind: DashboardPeriodKind; day: string; to?: string | null };
  departmentId: string | null;
  itemId: string | null;
}

interface Row<T> {
  departmentId: string | null;
  itemId: string | null;
  current: T;
  previous: T;
}

/** The dashboard: 好差评 and 办件 figures of a period and the one before, per department and item, from rollups. */
export async function computeDashboard(ctx: Context, input: DashboardInput) {
  const departmentId = readableDepartment(ctx.principal, 'dashboard.read', input.departmentId);
  const period = resolvePeriod(input.period);
  const asOf = ctx.clock.now();
  const filter = { departmentId, itemId: input.itemId };
  // Rollups tolerate a little lag: a healthy read replica answers when there is one.
  const [evaluations, cases, trend, scores, statuses, alerts] = await ctx.replicas.read((db) =>
    Promise.all([
      evaluationRows(db, period, filter, asOf),
      caseRows(db, period, filter),
      trendPoints(db, period, filter),
      dimensionScores(db, period, filter),
      statusCounts(db, filter),
      departmentId === null && dashboardPolicy.holds(ctx.principal, 'dashboard.alerts')
        ? dashboardAlerts(db, asOf)
        : Promise.resolve([] as AlertModel[]),
    ]),
  );
  const byDepartment = mergeRows(evaluations.byDepartment, cases.byDepartment);
  const byItem = mergeRows(evaluations.byItem, cases.byItem);
  return {
    period,
    asOf,
    departmentId,
    overall: evaluations.overall.current,
    previous: evaluations.overall.previous,
    cases: cases.overall.current,
    previousCases: cases.overall.previous,
    casesByStatus: statuses,
    dimensionScores: scores,
    byDepartment: byDepartment.map((row) => ({
      departmentId: row.key,
      current: row.evaluations.current,
      previous: row.evaluations.previous,
      cases: row.cases.current,
      previousCases: row.cases.previous,
    })),
    byItem: byItem.map((row) => ({
      itemId: row.key,
      current: row.evaluations.current,
      previous: row.evaluations.previous,
      cases: row.cases.current,
    })),
    trend,
    alerts,
    alertDays: ALERT_DAYS,
    workCalendarYears: WORK_CALENDAR_YEARS,
  };
}

export type Filter = { departmentId: string | null; itemId: string | null };

const where = (period: DashboardPeriodModel, filter: Filter, from = period.previousFrom) => Prisma.sql`
  "day" BETWEEN ${from}::date AND ${period.to}::date
  ${departmentFilter(Prisma.sql`"department_id"`, filter.departmentId)}
  ${filter.itemId === null ? Prisma.empty : Prisma.sql`AND "item_id" = ${filter.itemId}::uuid`}`;

/** 好差评 figures from the rollups: overall, per department and per item, current and previous period. */
export async function evaluationRows(db: Db, period: DashboardPeriodModel, filter: Filter, asOf: Date) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT "department_id", "item_id", "current", GROUPING("department_id") AS "gd", GROUPING("item_id") AS "gi",
           ${evaluationSums(asOf)}
      FROM (SELECT *, "day" >= ${period.from}::date AS "current" FROM "evaluation_rollups"
             WHERE ${where(period, filter)}) r
     GROUP BY GROUPING SETS (("department_id", "current"), ("item_id", "current"), ("current"))`;
  const sets = {
    overall: new Map<string, Row<FigureRowModel>>(),
    department: new Map(),
    item: new Map(),
  } as const;
  for (const row of rows) {
    const set = row.gd === 0 ? 'department' : row.gi === 0 ? 'item' : 'overall';
    const key = set === 'department' ? String(row.department_id) : set === 'item' ? String(row.item_id) : '';
    const map = sets[set] as Map<string, { current?: FigureRowModel; previous?: FigureRowModel }>;
    const entry = map.get(key) ?? {};
    entry[row.current ? 'current' : 'previous'] = figureRow(set === 'department' ? key : null, countsOf(row));
    map.set(key, entry);
  }
  const complete = (key: string, departmentKey: string | null, entry?: Partial<Row<FigureRowModel>>) => ({
    key,
    current: entry?.current ?? figureRow(departmentKey, undefined),
    previous: entry?.previous ?? figureRow(departmentKey, undefined),
  });
  return {
    overall: complete('', null, sets.overall.get('')),
    byDepartment: [...sets.department.entries()].map(([key, entry]) => complete(key, key, entry)),
    byItem: [...sets.item.entries()].map(([key, entry]) => complete(key, null, entry)),
  };
}

async function caseRows(db: Db, period: DashboardPeriodModel, filter: Filter) {
  const rows = await db.$queryRaw<
    (Omit<CaseRollupRow, 'count'> & {
      departmentId: string;
      itemId: string;
      current: boolean;
      count: number;
    })[]
  >`
    SELECT "department_id" AS "departmentId", "item_id" AS "itemId", "day" >= ${period.from}::date AS "current",
           "event", "source", "working_days" AS "workingDays", "past_promise" AS "pastPromise", sum("count")::int AS "count"
      FROM "case_rollups" WHERE ${where(period, filter)}
     GROUP BY 1, 2, 3, 4, 5, 6, 7`;
  const fold = (pick: (row: (typeof rows)[number]) => string) => {
    const groups = new Map<string, { current: CaseRollupRow[]; previous: CaseRollupRow[] }>();
    for (const row of rows) {
      const group = groups.get(pick(row)) ?? { current: [], previous: [] };
      group[row.current ? 'current' : 'previous'].push(row);
      groups.set(pick(row), group);
    }
    return [...groups.entries()].map(([key, group]) => ({
      key,
      current: caseFigures(group.current),
      previous: caseFigures(group.previous),
    }));
  };
  return {
    overall: fold(() => '')[0] ?? { key: '', current: caseFigures([]), previous: caseFigures([]) },
    byDepartment: fold((row) => row.departmentId),
    byItem: fold((row) => row.itemId),
  };
}

/** Rows of both kinds joined on their key; a key present on one side gets empty figures on the other. */
function mergeRows(
  evaluations: { key: string; current: FigureRowModel; previous: FigureRowModel }[],
  cases: { key: string; current: CaseFiguresModel; previous: CaseFiguresModel }[],
) {
  const keys = [...new Set([...evaluations.map((row) => row.key), ...cases.map((row) => row.key)])];
  return keys.map((key) => ({
    key,
    evaluations: evaluations.find((row) => row.key === key) ?? {
      current: figureRow(key, undefined),
      previous: figureRow(key, undefined),
    },
    cases: cases.find((row) => row.key === key) ?? { current: caseFigures([]), previous: caseFigures([]) },
  }));
}

async function trendPoints(db: Db, period: DashboardPeriodModel, filter: Filter) {
  const from = trendStart(period);
  const [evaluations, cases] = await Promise.all([
    db.$queryRaw<{ day: Date; evaluations: number; bad: number }[]>`
      SELECT "day", sum("total")::int AS "evaluations", sum("dissatisfied" + "very_dissatisfied")::int AS "bad"
        FROM "evaluation_rollups" WHERE ${where(period, filter, from)} GROUP BY "day"`,
    db.$queryRaw<{ day: Date; applied: number; completed: number }[]>`
      SELECT "day", COALESCE(sum("count") FILTER (WHERE "event" = 'APPLIED'), 0)::int AS "applied",
             COALESCE(sum("count") FILTER (WHERE "event" = 'COMPLETED'), 0)::int AS "completed"
        FROM "case_rollups" WHERE ${where(period, filter, from)} GROUP BY "day"`,
  ]);
  const dayOf = (date: Date) => date.toISOString().slice(0, 10);
  const ev = new Map(evaluations.map((row) => [dayOf(row.day), row]));
  const cs = new Map(cases.map((row) => [dayOf(row.day), row]));
  return Array.from({ length: daysBetween(from, period.to) + 1 }, (_, i) => {
    const day = addDays(from, i);
    return {
      day,
      evaluations: ev.get(day)?.evaluations ?? 0,
      bad: ev.get(day)?.bad ?? 0,
      applied: cs.get(day)?.applied ?? 0,
      completed: cs.get(day)?.completed ?? 0,
    };
  });
}

async function dimensionScores(db: Db, period: DashboardPeriodModel, filter: Filter) {
  const rows = await db.$queryRaw<{ dimension: string; sum: number; count: number }[]>`
    SELECT "dimension", sum("score_sum")::int AS "sum", sum("score_count")::int AS "count"
      FROM "evaluation_score_rollups" WHERE ${where(period, filter, period.from)}
     GROUP BY "dimension" HAVING sum("score_count") > 0 ORDER BY "dimension"`;
  return rows.map((row) => ({ dimension: row.dimension, average: row.sum / row.count, count: row.count }));
}

async function statusCounts(db: Db, filter: Filter) {
  return db.$queryRaw<{ status: CaseStatus; count: number }[]>`
    SELECT "status", sum("count")::int AS "count" FROM "case_status_rollups"
     WHERE "status" <> 'DRAFT' ${departmentFilter(Prisma.sql`"department_id"`, filter.departmentId)}
       ${filter.itemId === null ? Prisma.empty : Prisma.sql`AND "item_id" = ${filter.itemId}::uuid`}
     GROUP BY "status" HAVING sum("count") > 0 ORDER BY "status"`;
}

import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { countsOf, rate } from '../evaluation/index.ts';
import { cstDayOf } from '../lib/natural-days.ts';
import { publishedPeriods } from './dashboard-period.ts';
import { evaluationSums, figureRow } from './dashboard-sql.ts';

/**
 * 公示: per department, 评价总量, 好评率, 差评率, 按时回复率 and 按时办结率 for the last month and the last 12
 * months, from the rollups; public, for anyone signed in or not (the web page caches it, see README).
 */
export async function computePublishedFigures(ctx: Context) {
  const asOf = ctx.clock.now();
  const periods = publishedPeriods(cstDayOf(asOf));
  const [month, year] = await Promise.all([
    rowsFor(ctx, periods.monthFrom, periods.monthTo, asOf),
    rowsFor(ctx, periods.yearFrom, periods.yearTo, asOf),
  ]);
  return { ...periods, asOf, month, year };
}

async function rowsFor(ctx: Context, from: string, to: string, asOf: Date) {
  const range = Prisma.sql`"day" BETWEEN ${from}::date AND ${to}::date`;
  // Public figures from rollups: a healthy read replica answers when there is one.
  const [evaluations, cases, departments] = await ctx.replicas.read((db) =>
    Promise.all([
      db.$queryRaw<Record<string, unknown>[]>`
        SELECT "department_id", ${evaluationSums(asOf)} FROM "evaluation_rollups" WHERE ${range} GROUP BY 1`,
      db.$queryRaw<{ department_id: string; completed: number; late: number }[]>`
        SELECT "department_id", sum("count")::int AS "completed",
               COALESCE(sum("count") FILTER (WHERE "past_promise"), 0)::int AS "late"
          FROM "case_rollups" WHERE ${range} AND "event" = 'COMPLETED' GROUP BY 1`,
      db.department.findMany({ orderBy: { name: 'asc' } }),
    ]),
  );
  return departments.flatMap((department) => {
    const ev = evaluations.find((row) => row.department_id === department.id);
    const cs = cases.find((row) => row.department_id === department.id);
    if (!ev && !cs) return [];
    const figures = figureRow(department.id, ev ? countsOf(ev) : undefined);
    return [
      {
        departmentId: department.id,
        total: figures.total,
        goodRate: figures.goodRate,
        badRate: figures.badRate,
        onTimeReplyRate: figures.onTimeReplyRate,
        onTimeCompletionRate: cs ? rate(cs.completed - cs.late, cs.completed) : null,
      },
    ];
  });
}

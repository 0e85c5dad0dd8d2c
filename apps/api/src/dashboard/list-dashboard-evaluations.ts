import type { Context } from '../context.ts';
import type { DashboardEvaluationFilter, DashboardPeriodKind } from '../generated/graphql.ts';
import { pageSize } from '../lib/connection.ts';
import { readableDepartment, type DashboardPermission } from './dashboard-policy.ts';
import { resolvePeriod } from './dashboard-period.ts';
import {
  countDashboardEvaluations,
  cursorOfRow,
  dashboardEvaluationRows,
  keysetPage,
  type EvaluationRowsQuery,
} from './dashboard-evaluation-rows.ts';

export interface DashboardListInput {
  period: { kind: DashboardPeriodKind; day: string; to?: string | null };
  departmentId: string | null;
  itemId: string | null;
  filter?: DashboardEvaluationFilter | null;
}

/** The caller's drill-down query, checked: a head reads its own department only. */
export function evaluationRowsQuery(
  ctx: Context,
  input: DashboardListInput,
  permission: DashboardPermission,
): EvaluationRowsQuery {
  const departmentId = readableDepartment(ctx.principal, permission, input.departmentId);
  const period = resolvePeriod(input.period);
  return {
    from: period.from,
    to: period.to,
    departmentId,
    itemId: input.itemId,
    filter: input.filter ?? 'ALL',
    asOf: ctx.clock.now(),
  };
}

/** Drill-down: the evaluations behind a dashboard number, newest first, paged. */
export async function listDashboardEvaluations(
  ctx: Context,
  input: DashboardListInput & { first?: number | null; after?: string | null },
) {
  const query = evaluationRowsQuery(ctx, input, 'dashboard.read');
  const size = pageSize(input.first);
  const [rows, totalCount] = await Promise.all([
    dashboardEvaluationRows(ctx.db, query, { after: input.after ?? null, limit: size + 1 }),
    countDashboardEvaluations(ctx.db, query),
  ]);
  const page = rows.slice(0, size);
  const byId = new Map(
    (await ctx.db.evaluation.findMany({ where: { id: { in: page.map((row) => row.id) } } })).map((e) => [
      e.id,
      e,
    ]),
  );
  const edges = page.map((row) => ({ cursor: cursorOfRow(row), node: byId.get(row.id)! }));
  return keysetPage(edges, rows.length > size, input.after, totalCount);
}

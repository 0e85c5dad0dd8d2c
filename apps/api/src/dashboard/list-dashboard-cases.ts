import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import type { CaseSource, CaseStatus } from '../generated/prisma/client.ts';
import type { DashboardCaseFilter } from '../generated/graphql.ts';
import { pageSize } from '../lib/connection.ts';
import { readableDepartment, type DashboardPermission } from './dashboard-policy.ts';
import { resolvePeriod } from './dashboard-period.ts';
import { keysetPage } from './dashboard-evaluation-rows.ts';
import {
  caseCursorOfRow,
  countDashboardCases,
  dashboardCaseRows,
  type CaseRowsQuery,
} from './dashboard-case-rows.ts';
import type { DashboardListInput } from './list-dashboard-evaluations.ts';

export interface DashboardCaseListInput extends Omit<DashboardListInput, 'filter'> {
  filter?: DashboardCaseFilter | null;
  source?: CaseSource | null;
  status?: CaseStatus | null;
}

const badStatus = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'status' } });

/** The caller's 办件 drill-down query, checked: a head reads its own department only. */
export function caseRowsQuery(
  ctx: Context,
  input: DashboardCaseListInput,
  permission: DashboardPermission,
): CaseRowsQuery {
  const departmentId = readableDepartment(ctx.principal, permission, input.departmentId);
  const period = resolvePeriod(input.period);
  const filter = input.filter ?? 'APPLIED';
  const status = input.status ?? null;
  if (filter === 'IN_STATUS' && status === null) throw badStatus('IN_STATUS needs a status.');
  if (filter !== 'IN_STATUS' && status !== null) throw badStatus(`${filter} takes no status.`);
  // Drafts are their applicant's alone and count in no figure (case-policy.ts: case.draft).
  if (status === 'DRAFT') throw badStatus('Drafts (暂存件) are not listed.');
  return {
    from: period.from,
    to: period.to,
    departmentId,
    itemId: input.itemId,
    source: input.source ?? null,
    filter,
    status,
  };
}

/** Drill-down: the cases behind a dashboard 办件 number, newest first, paged. */
export async function listDashboardCases(
  ctx: Context,
  input: DashboardCaseListInput & { first?: number | null; after?: string | null },
) {
  const query = caseRowsQuery(ctx, input, 'dashboard.read');
  const size = pageSize(input.first);
  const [rows, totalCount] = await Promise.all([
    dashboardCaseRows(ctx.db, query, { after: input.after ?? null, limit: size + 1 }),
    countDashboardCases(ctx.db, query),
  ]);
  const page = rows.slice(0, size);
  const cases = await ctx.db.case.findMany({ where: { id: { in: page.map((row) => row.id) } } });
  const byId = new Map(cases.map((kase) => [kase.id, kase]));
  const edges = page.map((row) => ({
    cursor: caseCursorOfRow(row),
    node: byId.get(row.id)!,
    workingDays: row.workingDays,
    pastPromise: row.pastPromise,
  }));
  return keysetPage(edges, rows.length > size, input.after, totalCount);
}

// The floor of 统计分析 (the web's DashboardPage): a raw SELECT of the same rollup rows the API sums — the
// period's and the previous period's (from the trend's first day), the caller's department only for a
// department head — returned as they come, without the API's grouping, rates or merging. What the API adds
// on top of reading its rollups is the difference.
import { resolvePeriod, trendStart } from '../../src/dashboard/index.ts';
import type { DashboardPeriodKind } from '../../src/generated/graphql.ts';
import type pg from 'pg';

type Row = Record<string, unknown>;
type Query = (text: string, values: unknown[]) => Promise<pg.QueryResult<Row>>;

export interface DashboardVariables {
  period?: { kind: DashboardPeriodKind; day: string; to?: string | null };
  departmentId?: string | null;
  itemId?: string | null;
}

/** The rows behind the dashboard, or null when the caller may not read it (the API's dashboard.read). */
export async function dashboardRows(query: Query, user: Row, v: DashboardVariables) {
  const roles = user.roles as string[];
  // a department head reads their own department only; the supervisor every department (variables unset)
  const department = roles.includes('SUPERVISOR')
    ? null
    : roles.includes('DEPARTMENT_HEAD')
      ? (user.department_id as string)
      : undefined;
  if (department === undefined || !v.period) return null;
  const period = resolvePeriod(v.period);
  const from = trendStart(period) < period.previousFrom ? trendStart(period) : period.previousFrom;
  const values = [from, period.to, department];
  const where = `day BETWEEN $1::date AND $2::date AND ($3::uuid IS NULL OR department_id = $3::uuid)`;
  const [evaluations, cases, scores, statuses] = await Promise.all([
    query(`SELECT * FROM evaluation_rollups WHERE ${where}`, values),
    query(`SELECT * FROM case_rollups WHERE ${where}`, values),
    query(`SELECT * FROM evaluation_score_rollups WHERE ${where}`, values),
    query(
      `SELECT * FROM case_status_rollups WHERE status <> 'DRAFT' AND ($1::uuid IS NULL OR department_id = $1::uuid)`,
      [department],
    ),
  ]);
  return {
    period,
    evaluations: evaluations.rows,
    cases: cases.rows,
    scores: scores.rows,
    statuses: statuses.rows,
  };
}

import type { Db } from '../db/prisma.ts';
import { readApiEnvVariable } from '../env-schema.ts';
import type { DashboardAlertKind } from '../generated/graphql.ts';
import { cstDayOf } from '../lib/natural-days.ts';
import { addDays } from './dashboard-period.ts';
import { evaluationSums, figureRow } from './dashboard-sql.ts';
import { countsOf } from '../evaluation/index.ts';

/** The alert window: the last 7 CST days, today included. */
export const ALERT_DAYS = 7;

/**
 * Thresholds, configured by environment: a department alerts when its 差评率 over the window is above
 * DASHBOARD_ALERT_BAD_RATE (a fraction) or its overdue replies above DASHBOARD_ALERT_OVERDUE
 * (a count); defaults in env-schema.ts.
 */
export function alertThresholds(env: Record<string, string | undefined> = process.env) {
  return {
    badRate: readApiEnvVariable('DASHBOARD_ALERT_BAD_RATE', env),
    overdue: readApiEnvVariable('DASHBOARD_ALERT_OVERDUE', env),
  };
}

export interface AlertModel {
  departmentId: string;
  kind: DashboardAlertKind;
  value: number;
  threshold: number;
}

/**
 * Departments above a threshold over the last 7 days, worst first: 差评率 of the reviews made in those days, and
 * overdue replies of the bad reviews whose deadline fell in those days (replied late or still unanswered).
 */
export async function dashboardAlerts(db: Db, asOf: Date): Promise<AlertModel[]> {
  const thresholds = alertThresholds();
  const today = cstDayOf(asOf);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT "department_id", ${evaluationSums(asOf)} FROM "evaluation_rollups"
     WHERE "day" BETWEEN ${addDays(today, -(ALERT_DAYS - 1))}::date AND ${today}::date
     GROUP BY "department_id"`;
  const overdue = await db.$queryRaw<{ department_id: string; overdue: number }[]>`
    SELECT "department_id", sum("replied_late" + "bad" - "replied")::int AS "overdue" FROM "evaluation_rollups"
     WHERE "reply_due_at" > ${new Date(asOf.getTime() - ALERT_DAYS * 86_400_000).toISOString()}::timestamptz
       AND "reply_due_at" <= ${asOf.toISOString()}::timestamptz
     GROUP BY "department_id"`;
  const alerts: AlertModel[] = [];
  for (const row of rows) {
    const figures = figureRow(String(row.department_id), countsOf(row));
    if (figures.badRate !== null && figures.badRate > thresholds.badRate) {
      alerts.push({
        departmentId: figures.departmentId!,
        kind: 'BAD_RATE',
        value: figures.badRate,
        threshold: thresholds.badRate,
      });
    }
  }
  for (const row of overdue) {
    if (row.overdue > thresholds.overdue) {
      alerts.push({
        departmentId: row.department_id,
        kind: 'OVERDUE_REPLIES',
        value: row.overdue,
        threshold: thresholds.overdue,
      });
    }
  }
  return alerts.sort((a, b) => b.value / (b.threshold || 1) - a.value / (a.threshold || 1));
}

import { Prisma } from '../generated/prisma/client.ts';
import { definePolicy } from '../auth/policy.ts';
import type { Principal } from '../auth/principal.ts';
import { forbidden } from '../lib/errors.ts';

/**
 * Who may read the dashboards: supervisors every department, department heads (部门负责人) their own. The
 * 公示 figures (compute-published-figures.ts) are public and need no permission.
 */
export const dashboardPolicy = definePolicy('dashboard', {
  /** The figures, their drill-down lists and the objects behind them. */
  'dashboard.read': { SUPERVISOR: 'all', DEPARTMENT_HEAD: 'department' },
  /** The .xlsx export of a view (same data as dashboard.read). */
  'dashboard.export': { SUPERVISOR: 'all', DEPARTMENT_HEAD: 'department' },
  /** Alerts across departments (the supervisor's dashboard). */
  'dashboard.alerts': { SUPERVISOR: 'all' },
});
export type DashboardPermission = keyof typeof dashboardPolicy.grants;

/**
 * The guard a dashboard function declares at its top, and the department its read is narrowed to: the one
 * asked for if the caller's grant reaches it (another department is FORBIDDEN, not an empty answer), else
 * null for a caller reaching every department, or the caller's own.
 */
export function readableDepartment(
  principal: Principal,
  permission: DashboardPermission,
  requested: string | null,
): string | null {
  const held = dashboardPolicy.require(principal, permission);
  if (requested !== null) {
    if (!dashboardPolicy.allows(principal, permission, { departmentId: requested })) {
      throw forbidden('A department head reads its own department only.');
    }
    return requested;
  }
  // Only an `all` grant reaches an object of no department.
  if (dashboardPolicy.allows(principal, permission, {})) return null;
  const own =
    held.kind === 'user' ? held.user.departmentId : held.kind === 'client' ? held.client.departmentId : null;
  if (own === null) throw forbidden(`${permission} needs a department.`);
  return own;
}

/** SQL list filter: `AND <column> = <department>` when the read is narrowed to one department. */
export function departmentFilter(column: Prisma.Sql, departmentId: string | null): Prisma.Sql {
  return departmentId === null ? Prisma.empty : Prisma.sql`AND ${column} = ${departmentId}::uuid`;
}

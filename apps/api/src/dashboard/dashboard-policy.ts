import { Prisma, type Role } from '../generated/prisma/client.ts';
import type { Principal, UserPrincipal } from '../auth/principal.ts';
import { forbidden, unauthenticated } from '../lib/errors.ts';

/**
 * Every access rule of the dashboards, in one table (the shape of issue 14's per-module policies, so moving onto
 * the shared framework is mechanical): which roles hold each permission, and which departments a holder
 * reads — every department, or only its own.
 */
export const DASHBOARD_POLICY = {
  /** The figures, their drill-down lists and the objects behind them. */
  'dashboard.read': { roles: ['SUPERVISOR', 'DEPARTMENT_HEAD'] },
  /** The .xlsx export of a view (same data as dashboard.read). */
  'dashboard.export': { roles: ['SUPERVISOR', 'DEPARTMENT_HEAD'] },
  /** Alerts across departments (the supervisor's dashboard). */
  'dashboard.alerts': { roles: ['SUPERVISOR'] },
  /** The 公示 figures: public, no sign-in. */
  'dashboard.published': { roles: 'anyone' },
} as const satisfies Record<string, { roles: readonly Role[] | 'anyone' }>;

export type DashboardPermission = keyof typeof DASHBOARD_POLICY;

/** Roles that read every department; any other holder reads only its own department. */
const ALL_DEPARTMENTS: readonly Role[] = ['SUPERVISOR'];

/** What a caller may read: every department, or one. */
export type DashboardScope = { all: true } | { all: false; departmentId: string };

/** The guard a dashboard function declares at its top: UNAUTHENTICATED / FORBIDDEN, or the caller's scope. */
export function requireDashboard(principal: Principal, permission: DashboardPermission): DashboardScope {
  const grant = DASHBOARD_POLICY[permission].roles;
  if (grant === 'anyone') return { all: true };
  if (principal.kind === 'anonymous') throw unauthenticated();
  const roles: readonly Role[] = grant;
  if (principal.kind !== 'user' || !principal.user.roles.some((role) => roles.includes(role))) {
    throw forbidden(`This operation needs the ${permission} permission (${roles.join(' or ')}).`);
  }
  return scopeOf(principal);
}

function scopeOf({ user }: UserPrincipal): DashboardScope {
  if (user.roles.some((role) => ALL_DEPARTMENTS.includes(role))) return { all: true };
  return { all: false, departmentId: user.departmentId! };
}

/** Per-object check: a department head reads its own department only. */
export const mayReadDepartment = (scope: DashboardScope, departmentId: string) =>
  scope.all || scope.departmentId === departmentId;

/** The department a request reads, checked: asking for another department is FORBIDDEN, not an empty answer. */
export function departmentFor(scope: DashboardScope, requested: string | null): string | null {
  if (requested !== null && !mayReadDepartment(scope, requested)) {
    throw forbidden('A department head reads its own department only.');
  }
  return scope.all ? requested : scope.departmentId;
}

/** SQL list filter: `AND <column> = <department>` when the read is narrowed to one department. */
export function departmentFilter(column: Prisma.Sql, departmentId: string | null): Prisma.Sql {
  return departmentId === null ? Prisma.empty : Prisma.sql`AND ${column} = ${departmentId}::uuid`;
}

/** A department head sees its own department's cases (read-only); case-access.ts asks this. */
export const isHeadOfDepartment = (principal: Principal, departmentId: string) =>
  principal.kind === 'user' &&
  principal.user.roles.includes('DEPARTMENT_HEAD') &&
  principal.user.departmentId === departmentId;

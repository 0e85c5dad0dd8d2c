import type { Role } from '@/gql/graphql';
import { WORKBENCH_LABELS } from './labels';

export type WorkbenchRole = keyof typeof WORKBENCH_LABELS;

/** Where each built staff workbench lives. */
export const WORKBENCH_PATHS: Record<WorkbenchRole, string> = {
  DEPARTMENT_STAFF: '/staff/department',
  WINDOW_STAFF: '/staff/window',
  SUPERVISOR: '/supervisor/evaluations',
  DEPARTMENT_HEAD: '/dashboard',
};

const WORKBENCH_ROLES = Object.keys(WORKBENCH_PATHS) as WorkbenchRole[];

/** The workbenches a user may open, in header order. */
export function workbenchesOf(
  roles: readonly Role[],
): { role: WorkbenchRole; href: string; label: string }[] {
  return WORKBENCH_ROLES.filter((role) => roles.includes(role)).map((role) => ({
    role,
    href: WORKBENCH_PATHS[role],
    label: WORKBENCH_LABELS[role],
  }));
}

/** Whether the user applies for services (个人空间 → 我的办件 is theirs). */
export function isApplicant(roles: readonly Role[]): boolean {
  return roles.includes('CITIZEN');
}

/**
 * Where a signed-in user starts: 个人空间 for applicants, otherwise their first workbench (a supervisor's is
 * 好差评管理); undefined for a user with neither (e.g. an admin, whose pages are not built yet).
 */
export function staffHomeOf(roles: readonly Role[]): string | undefined {
  if (isApplicant(roles)) return undefined;
  return workbenchesOf(roles)[0]?.href;
}

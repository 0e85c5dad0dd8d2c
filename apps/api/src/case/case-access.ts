import type { Principal } from '../auth/principal.ts';
import type { Case } from '../generated/prisma/client.ts';
import { isHeadOfDepartment } from '../dashboard/dashboard-policy.ts';

/**
 * Who may see a case: its applicant, staff and the head (部门负责人, read-only) of its department, supervisors and admins, and a partner system
 * bound to its department whose token carries `cases:read`. A 暂存件 (draft, with its half-filled form and
 * files) is its applicant's alone. Every path to a case (lists, node(id:), mutations) asks this.
 */
export function canViewCase(
  principal: Principal,
  kase: Pick<Case, 'applicantId' | 'departmentId' | 'status'>,
): boolean {
  if (kase.status === 'DRAFT') return principal.kind === 'user' && principal.user.id === kase.applicantId;
  if (principal.kind === 'client') {
    return principal.scopes.includes('cases:read') && principal.client.departmentId === kase.departmentId;
  }
  if (principal.kind !== 'user') return false;
  const { user } = principal;
  if (user.id === kase.applicantId) return true;
  if (user.roles.includes('SUPERVISOR') || user.roles.includes('ADMIN')) return true;
  if (isHeadOfDepartment(principal, kase.departmentId)) return true;
  return user.roles.includes('DEPARTMENT_STAFF') && user.departmentId === kase.departmentId;
}

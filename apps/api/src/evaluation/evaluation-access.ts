import type { Principal } from '../auth/principal.ts';
import type { Case } from '../generated/prisma/client.ts';

/** Staff of the case's own department. */
export const isCaseDepartmentStaff = (principal: Principal, kase: Pick<Case, 'departmentId'>): boolean =>
  principal.kind === 'user' &&
  principal.user.roles.includes('DEPARTMENT_STAFF') &&
  principal.user.departmentId === kase.departmentId;

/** Who sees the department's side (call-backs, rectifications, appeals): its staff, supervisors, admins. */
export const seesDepartmentSide = (principal: Principal, kase: Pick<Case, 'departmentId'>) =>
  isCaseDepartmentStaff(principal, kase) ||
  (principal.kind === 'user' &&
    (principal.user.roles.includes('SUPERVISOR') || principal.user.roles.includes('ADMIN')));

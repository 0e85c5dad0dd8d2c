import type { Principal } from '../auth/principal.ts';
import { definePolicy, type Target } from '../auth/policy.ts';
import type { Case } from '../generated/prisma/client.ts';
import type { CaseAction } from '../generated/graphql.ts';

/**
 * Who may do what with a case. A department acts on its own cases; supervisors and admins read all of them;
 * a partner system bound to a department reads (`cases:read`) or reports (`cases:sync`) that department's.
 */
export const casePolicy = definePolicy('case', {
  'case.read': {
    SIGNED_IN: 'own',
    DEPARTMENT_STAFF: 'department',
    /** 部门负责人, read-only */
    DEPARTMENT_HEAD: 'department',
    SUPERVISOR: 'all',
    ADMIN: 'all',
    'scope:cases:read': 'department',
  },
  /** A 暂存件 (draft, with its half-filled form and files) is its applicant's alone: reading and submitting. */
  'case.draft': { SIGNED_IN: 'own' },
  /** 我的办件 */
  'case.listOwn': { SIGNED_IN: 'own' },
  /** the department workbench */
  'case.listDepartment': { DEPARTMENT_STAFF: 'department' },
  'case.accept': { DEPARTMENT_STAFF: 'department' },
  'case.reject': { DEPARTMENT_STAFF: 'department' },
  'case.requestCorrection': { DEPARTMENT_STAFF: 'department' },
  'case.startProcessing': { DEPARTMENT_STAFF: 'department' },
  'case.complete': { DEPARTMENT_STAFF: 'department' },
  /** a partner system reports its department's cases handled outside the hall */
  'case.sync': { 'scope:cases:sync': 'department' },
});
export type CasePermission = keyof typeof casePolicy.grants;

/** The permission each department action needs (its status change is in case-transitions.ts). */
export const ACTION_PERMISSION: Record<CaseAction, CasePermission> = {
  ACCEPT: 'case.accept',
  ACCEPT_ON_COMMITMENT: 'case.accept',
  REJECT: 'case.reject',
  REQUEST_CORRECTION: 'case.requestCorrection',
  START_PROCESSING: 'case.startProcessing',
  COMPLETE: 'case.complete',
};

/** The owner and department a case's grants reach. */
export const caseTarget = (kase: Pick<Case, 'applicantId' | 'departmentId'>): Target => ({
  ownerId: kase.applicantId,
  departmentId: kase.departmentId,
});

/** Who may see a case. Every path to a case (lists, node(id:), mutations, files) asks this. */
export function canReadCase(
  principal: Principal,
  kase: Pick<Case, 'applicantId' | 'departmentId' | 'status'>,
): boolean {
  return casePolicy.allows(principal, kase.status === 'DRAFT' ? 'case.draft' : 'case.read', caseTarget(kase));
}

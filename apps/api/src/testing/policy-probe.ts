import { expect } from 'vitest';
import type { Policy, Target } from '../auth/policy.ts';
import { anonymous, jobPrincipal, type Principal, type PrincipalUser } from '../auth/principal.ts';
import type { ApiClient, Role } from '../generated/prisma/client.ts';

/** Every caller and every object below: the caller is u-1 (a person) and belongs to d-1 (staff, partners). */
export const ME = 'u-1';
export const MY_DEPARTMENT = 'd-1';

export const person = (roles: Role[], departmentId: string | null = MY_DEPARTMENT, id = ME): Principal => ({
  kind: 'user',
  user: { id, roles, departmentId } as unknown as PrincipalUser,
});
export const partner = (scopes: string[], departmentId = MY_DEPARTMENT): Principal => ({
  kind: 'client',
  client: { id: 'c-1', departmentId } as unknown as ApiClient,
  scopes,
});

/** The callers a policy is probed with: each role, each partner scope, a partner without one, a job, nobody. */
export const CALLERS = {
  anonymous,
  citizen: person(['CITIZEN'], null),
  windowStaff: person(['WINDOW_STAFF']),
  departmentStaff: person(['DEPARTMENT_STAFF']),
  departmentHead: person(['DEPARTMENT_HEAD']),
  supervisor: person(['SUPERVISOR']),
  admin: person(['ADMIN']),
  'scope:cases:read': partner(['cases:read']),
  'scope:cases:sync': partner(['cases:sync']),
  'scope:evaluations:read': partner(['evaluations:read']),
  'scope:licenses:publish': partner(['licenses:publish']),
  partnerWithoutScope: partner([]),
  job: jobPrincipal('evaluation-sweep'),
} as const satisfies Record<string, Principal>;
export type Caller = keyof typeof CALLERS;

/** What a permission granted to `SIGNED_IN: 'own'` reaches: every person's own objects, nobody else's. */
export const EVERY_PERSON_OWN = {
  citizen: 'own',
  windowStaff: 'own',
  departmentStaff: 'own',
  departmentHead: 'own',
  supervisor: 'own',
  admin: 'own',
} as const;

/** The caller's own object (in another department), another's in the caller's department, another's elsewhere. */
export const OWN: Target = { ownerId: ME, departmentId: 'd-2' };
export const IN_MY_DEPARTMENT: Target = { ownerId: 'u-2', departmentId: MY_DEPARTMENT };
export const ELSEWHERE: Target = { ownerId: 'u-2', departmentId: 'd-2' };

/**
 * What a caller reaches with a permission, read from the per-object check alone: `all` (another owner's object
 * in another department too), `own`, `department`, `own+department`, or `none`.
 */
export type Observed = 'all' | 'own' | 'department' | 'own+department' | 'none';

export function observedReach(
  allows: (principal: Principal, target: Target) => boolean,
  principal: Principal,
): Observed {
  if (allows(principal, ELSEWHERE)) return 'all';
  const reached = [allows(principal, OWN) && 'own', allows(principal, IN_MY_DEPARTMENT) && 'department'];
  return ((reached.filter(Boolean) as string[]).join('+') || 'none') as Observed;
}

/**
 * Asserts, for every permission of a policy, what each caller reaches (callers left out reach nothing), and
 * that the operation-level checks agree: `holds` and `require` let exactly the callers with some reach through.
 */
export function expectGrants<P extends string>(
  policy: Policy<P>,
  expected: Record<P, Partial<Record<Caller, Exclude<Observed, 'none'>>>>,
): void {
  const observed: Record<string, Partial<Record<Caller, Observed>>> = {};
  for (const permission of Object.keys(policy.grants) as P[]) {
    observed[permission] = {};
    for (const [name, principal] of Object.entries(CALLERS) as [Caller, Principal][]) {
      const reach = observedReach((p, target) => policy.allows(p, permission, target), principal);
      if (reach !== 'none') observed[permission][name] = reach;
      const held = policy.holds(principal, permission);
      let passed = true;
      try {
        policy.require(principal, permission);
      } catch {
        passed = false;
      }
      expect({ permission, name, held, passed }).toEqual({
        permission,
        name,
        held: reach !== 'none',
        passed: reach !== 'none',
      });
    }
  }
  expect(observed).toEqual(expected);
}

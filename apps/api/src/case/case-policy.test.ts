import { describe, expect, it } from 'vitest';
import type { Case, CaseStatus } from '../generated/prisma/client.ts';
import {
  CALLERS,
  EVERY_PERSON_OWN,
  expectGrants,
  ME,
  MY_DEPARTMENT,
  observedReach,
} from '../testing/policy-probe.ts';
import { ACTION_PERMISSION, canReadCase, casePolicy, caseTarget } from './case-policy.ts';

const departmentActions = { departmentStaff: 'department' } as const;

describe('case policy: who may do what with a case', () => {
  it('grants each permission to exactly these callers, reaching these cases', () => {
    expectGrants(casePolicy, {
      // an applicant reads their own cases; staff and heads their department's; supervisors and admins all;
      // a partner with cases:read its department's (anyone signed in also reads the cases they applied for)
      'case.read': {
        citizen: 'own',
        windowStaff: 'own',
        departmentStaff: 'own+department',
        departmentHead: 'own+department',
        supervisor: 'all',
        admin: 'all',
        'scope:cases:read': 'department',
      },
      'case.draft': EVERY_PERSON_OWN,
      'case.listOwn': EVERY_PERSON_OWN,
      'case.listDepartment': departmentActions,
      'case.accept': departmentActions,
      'case.reject': departmentActions,
      'case.requestCorrection': departmentActions,
      'case.startProcessing': departmentActions,
      'case.complete': departmentActions,
      'case.sync': { 'scope:cases:sync': 'department' },
    });
  });

  it('needs the permission named after each department action; accepting on commitment is accepting', () => {
    const camel = (action: string) =>
      action.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    const actions = Object.keys(ACTION_PERMISSION) as (keyof typeof ACTION_PERMISSION)[];
    expect(actions).toHaveLength(6);
    for (const action of actions)
      expect(ACTION_PERMISSION[action], action).toBe(`case.${camel(action.replace(/_ON_COMMITMENT$/, ''))}`);
  });

  it('reaches a case through its applicant and its department', () => {
    expect(caseTarget({ applicantId: 'u-7', departmentId: 'd-7' })).toEqual({
      ownerId: 'u-7',
      departmentId: 'd-7',
    });
  });

  it("lets a draft be read by its applicant alone; any other case by whoever holds case.read's reach", () => {
    const read = (status: CaseStatus) =>
      Object.fromEntries(
        Object.entries(CALLERS).map(([name, principal]) => [
          name,
          observedReach(
            (p, target) =>
              canReadCase(p, {
                applicantId: target.ownerId!,
                departmentId: target.departmentId!,
                status,
              } as Case),
            principal,
          ),
        ]),
      );
    const draft = read('DRAFT');
    expect(draft.departmentStaff).toBe('own');
    expect(draft.supervisor).toBe('own');
    expect(draft['scope:cases:read']).toBe('none');
    expect(draft.citizen).toBe('own');
    const submitted = read('RECEIVED');
    expect(submitted.departmentStaff).toBe('own+department');
    expect(submitted.supervisor).toBe('all');
    expect(submitted['scope:cases:read']).toBe('department');
    expect(submitted.job).toBe('none');
    // the staff member's own department's draft, applied for by someone else: refused
    expect(
      canReadCase(CALLERS.departmentStaff, {
        applicantId: 'u-2',
        departmentId: MY_DEPARTMENT,
        status: 'DRAFT',
      }),
    ).toBe(false);
    expect(canReadCase(CALLERS.citizen, { applicantId: ME, departmentId: 'd-9', status: 'DRAFT' })).toBe(
      true,
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { PrincipalUser } from './principal.ts';
import { anonymous, jobPrincipal, type Principal } from './principal.ts';
import { definePolicy, registeredPermissions } from './policy.ts';
import type { ApiClient, Role } from '../generated/prisma/client.ts';

const person = (roles: Role[], departmentId: string | null = null, id = 'u-1'): Principal => ({
  kind: 'user',
  user: { id, roles, departmentId } as unknown as PrincipalUser,
});
const partner = (scopes: string[], departmentId = 'd-1'): Principal => ({
  kind: 'client',
  client: { id: 'c-1', departmentId } as unknown as ApiClient,
  scopes,
});
const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'A';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code === 'UNAUTHENTICATED' ? 'U' : 'F';
  }
};

// A module the way the next ones will add themselves: new roles, scopes and jobs are keys of its rows.
const reportPolicy = definePolicy('testReport', {
  'testReport.read': {
    SIGNED_IN: 'own',
    DEPARTMENT_STAFF: 'department',
    SUPERVISOR: 'all',
    'scope:evaluations:read': 'department',
    'job:national-reporting': 'all',
  },
  'testReport.file': { SIGNED_IN: 'own' },
  'testReport.approve': { DEPARTMENT_STAFF: 'department' },
});

describe('definePolicy', () => {
  it('refuses the anonymous with UNAUTHENTICATED and a principal without the grant with FORBIDDEN', () => {
    const principals = [
      anonymous,
      person(['CITIZEN']),
      person(['DEPARTMENT_STAFF'], 'd-1'),
      partner(['evaluations:read']),
      partner(['cases:read']),
      jobPrincipal('national-reporting'),
      jobPrincipal('sms'),
    ];
    const letters = (permission: 'testReport.read' | 'testReport.file' | 'testReport.approve') =>
      principals.map((principal) => codeOf(() => reportPolicy.require(principal, permission))).join('');
    expect(letters('testReport.read')).toBe('UAAAFAF');
    // What any signed-in person may do, a token or job is not signed in for.
    expect(letters('testReport.file')).toBe('UAAUUUU');
    expect(letters('testReport.approve')).toBe('UFAFFFF');
    expect(codeOf(() => reportPolicy.requireUser(partner(['evaluations:read']), 'testReport.read'))).toBe(
      'F',
    );
    expect(codeOf(() => reportPolicy.requireClient(person(['SUPERVISOR']), 'testReport.read'))).toBe('F');
  });

  it('reaches objects by the grant: all, the holder department, or the holder own', () => {
    const mine = { ownerId: 'u-1', departmentId: 'd-2' };
    const ofD1 = { ownerId: 'u-9', departmentId: 'd-1' };
    expect(reportPolicy.allows(person(['CITIZEN']), 'testReport.read', mine)).toBe(true);
    expect(reportPolicy.allows(person(['CITIZEN']), 'testReport.read', ofD1)).toBe(false);
    expect(reportPolicy.allows(person(['DEPARTMENT_STAFF'], 'd-1', 'u-5'), 'testReport.read', ofD1)).toBe(
      true,
    );
    expect(reportPolicy.allows(person(['DEPARTMENT_STAFF'], 'd-1', 'u-5'), 'testReport.read', mine)).toBe(
      false,
    );
    expect(
      reportPolicy.allows(person(['DEPARTMENT_STAFF'], null, 'u-5'), 'testReport.read', {
        ownerId: null,
        departmentId: null,
      }),
    ).toBe(false);
    expect(reportPolicy.allows(partner(['evaluations:read'], 'd-1'), 'testReport.read', ofD1)).toBe(true);
    expect(reportPolicy.allows(partner(['evaluations:read'], 'd-1'), 'testReport.read', mine)).toBe(false);
    expect(reportPolicy.allows(jobPrincipal('national-reporting'), 'testReport.read', mine)).toBe(true);
    expect(reportPolicy.allows(anonymous, 'testReport.read', mine)).toBe(false);
  });

  it('reaches with each grant only as far as that grant: `own` never the department, `department` never the own', () => {
    const staff = person(['DEPARTMENT_STAFF'], 'd-1', 'u-5');
    // testReport.file is `own` for anyone signed in: not another's report in the holder's department
    expect(reportPolicy.allows(staff, 'testReport.file', { ownerId: 'u-9', departmentId: 'd-1' })).toBe(
      false,
    );
    expect(reportPolicy.allows(staff, 'testReport.file', { ownerId: 'u-5', departmentId: 'd-2' })).toBe(true);
    // testReport.approve is `department` only: not the holder's own report in another department
    expect(reportPolicy.allows(staff, 'testReport.approve', { ownerId: 'u-5', departmentId: 'd-2' })).toBe(
      false,
    );
    expect(reportPolicy.allows(staff, 'testReport.approve', { ownerId: 'u-9', departmentId: 'd-1' })).toBe(
      true,
    );
  });

  it('turns the same grants into a SQL condition with bound values', () => {
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const columns = { owner: 'c.applicant_id', department: 'c.department_id' };
    expect(reportPolicy.sqlFilter(person(['CITIZEN']), 'testReport.read', columns, param)).toBe(
      'c.applicant_id = $1::uuid',
    );
    expect(
      reportPolicy.sqlFilter(
        person(['CITIZEN', 'DEPARTMENT_STAFF'], 'd-1'),
        'testReport.read',
        columns,
        param,
      ),
    ).toBe('(c.applicant_id = $2::uuid OR c.department_id = $3::uuid)');
    expect(values).toEqual(['u-1', 'u-1', 'd-1']);
    expect(reportPolicy.sqlFilter(person(['SUPERVISOR']), 'testReport.read', columns, param)).toBe('TRUE');
    expect(reportPolicy.sqlFilter(anonymous, 'testReport.read', columns, param)).toBe('FALSE');
    expect(reportPolicy.sqlFilter(partner(['cases:read']), 'testReport.read', columns, param)).toBe('FALSE');
  });

  it('refuses a token or job FORBIDDEN, not UNAUTHENTICATED, when a row also grants a token or a job', () => {
    const mixed = definePolicy('testMixed', {
      'testMixed.byJob': { SIGNED_IN: 'own', 'job:national-reporting': 'all' },
      'testMixed.byScope': { SIGNED_IN: 'own', 'scope:cases:read': 'department' },
    });
    for (const permission of ['testMixed.byJob', 'testMixed.byScope'] as const) {
      expect(
        codeOf(() => mixed.require(partner(['evaluations:read']), permission)),
        permission,
      ).toBe('F');
      expect(
        codeOf(() => mixed.require(jobPrincipal('sms'), permission)),
        permission,
      ).toBe('F');
      expect(
        codeOf(() => mixed.require(anonymous, permission)),
        permission,
      ).toBe('U');
    }
  });

  it('hands back the principal it lets through, and says why it refuses', () => {
    const staff = person(['DEPARTMENT_STAFF'], 'd-1');
    const token = partner(['evaluations:read']);
    expect(reportPolicy.require(staff, 'testReport.approve')).toBe(staff);
    expect(reportPolicy.requireUser(staff, 'testReport.read')).toBe(staff);
    expect(reportPolicy.requireClient(token, 'testReport.read')).toBe(token);
    expect(() => reportPolicy.require(person(['CITIZEN']), 'testReport.approve')).toThrow(
      'This operation needs the testReport.approve permission.',
    );
    expect(() => reportPolicy.requireUser(token, 'testReport.read')).toThrow(
      'Only a signed-in person may use testReport.read.',
    );
    expect(() => reportPolicy.requireClient(staff, 'testReport.read')).toThrow(
      'Only a partner system may use testReport.read.',
    );
  });

  it('reaches nothing as `own` for a token or job, which own nothing, nor as `department` without one', () => {
    const owned = definePolicy('testOwned', {
      'testOwned.read': { 'scope:cases:read': 'own', 'job:national-reporting': 'own', CITIZEN: 'department' },
    });
    const nobody = { ownerId: null, departmentId: null };
    expect(owned.holds(partner(['cases:read']), 'testOwned.read')).toBe(true);
    expect(owned.allows(partner(['cases:read']), 'testOwned.read', nobody)).toBe(false);
    expect(owned.allows(jobPrincipal('national-reporting'), 'testOwned.read', nobody)).toBe(false);
    expect(owned.allows(person(['CITIZEN'], null), 'testOwned.read', nobody)).toBe(false);
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const columns = { owner: 'owner_id', department: 'department_id' };
    expect(owned.sqlFilter(partner(['cases:read']), 'testOwned.read', columns, param)).toBe('FALSE');
    expect(owned.sqlFilter(person(['CITIZEN'], null), 'testOwned.read', columns, param)).toBe('FALSE');
    expect(values).toEqual([]);
  });

  it('filters a list only on the columns it has: no owner column, no `own` condition', () => {
    const param = (value: unknown) => `'${String(value)}'`;
    const both = person(['CITIZEN', 'DEPARTMENT_STAFF'], 'd-1');
    expect(reportPolicy.sqlFilter(both, 'testReport.read', { department: 'department_id' }, param)).toBe(
      `department_id = 'd-1'::uuid`,
    );
    expect(reportPolicy.sqlFilter(both, 'testReport.read', { owner: 'owner_id' }, param)).toBe(
      `owner_id = 'u-1'::uuid`,
    );
    expect(reportPolicy.sqlFilter(both, 'testReport.read', {}, param)).toBe('FALSE');
    expect(reportPolicy.sqlFilter(jobPrincipal('national-reporting'), 'testReport.read', {}, param)).toBe(
      'TRUE',
    );
  });

  it('registers every permission with its module and row, and lets a module be loaded again', () => {
    expect(registeredPermissions().get('testReport.approve')).toEqual({
      module: 'testReport',
      grants: { DEPARTMENT_STAFF: 'department' },
      policy: reportPolicy,
    });
    expect(registeredPermissions().get('testReport.read')?.grants).toBe(
      reportPolicy.grants['testReport.read'],
    );
    // the same rows again (a module evaluated twice): the same permissions, no error
    expect(() => definePolicy('testReport', reportPolicy.grants)).not.toThrow();
  });

  it('names permissions <module>.<verb>, each once', () => {
    expect(() => definePolicy('testOther', { 'testReport.read': { ADMIN: 'all' } })).toThrow(/testOther/);
    expect(() => definePolicy('testReport', { 'testReport.read': { ADMIN: 'all' } })).toThrow(
      /defined twice/,
    );
  });
});

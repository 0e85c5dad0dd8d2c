import { describe, expect, it } from 'vitest';
import type { PrincipalUser } from './principal.ts';
import { anonymous, jobPrincipal, type Principal } from './principal.ts';
import { definePolicy } from './policy.ts';
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

  it('names permissions <module>.<verb>, each once', () => {
    expect(() => definePolicy('testOther', { 'testReport.read': { ADMIN: 'all' } })).toThrow(/testOther/);
    expect(() => definePolicy('testReport', { 'testReport.read': { ADMIN: 'all' } })).toThrow(
      /defined twice/,
    );
  });
});

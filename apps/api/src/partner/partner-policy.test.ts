import { describe, expect, it } from 'vitest';
import { registeredPermissions } from '../auth/policy.ts';
import '../modules.ts';
import { expectGrants } from '../testing/policy-probe.ts';
import { KNOWN_SCOPES, partnerPolicy, partnerReadsEvaluationsOf } from './partner-policy.ts';

describe('partner policy', () => {
  it('lets partner systems read their own department, supervisors the read audit, admins manage clients', () => {
    expectGrants(partnerPolicy, {
      'partner.listCases': { 'scope:cases:read': 'department' },
      'partner.listEvaluations': { 'scope:evaluations:read': 'department' },
      'partner.readAudit': { supervisor: 'all', admin: 'all' },
      'partner.manageClients': { admin: 'all' },
      'partner.exploreSchema': {
        'scope:cases:read': 'all',
        'scope:cases:sync': 'all',
        'scope:evaluations:read': 'all',
        'scope:licenses:publish': 'all',
        windowStaff: 'all',
        departmentStaff: 'all',
        supervisor: 'all',
        admin: 'all',
      },
    });
  });

  it('offers clients exactly the scopes some policy grants', () => {
    const granted = new Set<string>();
    for (const { grants } of registeredPermissions().values()) {
      for (const grantee of Object.keys(grants)) {
        if (grantee.startsWith('scope:')) granted.add(grantee.slice('scope:'.length));
      }
    }
    expect([...granted].sort()).toEqual([...KNOWN_SCOPES].sort());
  });

  it('reads evaluations of its own department only, and only as a partner system', () => {
    const partner = {
      kind: 'client' as const,
      client: { id: 'c-1', departmentId: 'd-1' },
      scopes: ['evaluations:read'],
    } as unknown as Parameters<typeof partnerReadsEvaluationsOf>[0];
    expect(partnerReadsEvaluationsOf(partner, { departmentId: 'd-1' })).toBe(true);
    expect(partnerReadsEvaluationsOf(partner, { departmentId: 'd-2' })).toBe(false);
    expect(
      partnerReadsEvaluationsOf({ ...partner, scopes: ['cases:read'] } as typeof partner, {
        departmentId: 'd-1',
      }),
    ).toBe(false);
  });
});

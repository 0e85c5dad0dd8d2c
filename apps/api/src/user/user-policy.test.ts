import { describe, expect, it } from 'vitest';
import { CALLERS, expectGrants, ME } from '../testing/policy-probe.ts';
import { canReadUser, userPolicy } from './user-policy.ts';

const self = {
  citizen: 'own',
  windowStaff: 'own',
  departmentStaff: 'own',
  departmentHead: 'own',
  supervisor: 'own',
  admin: 'own',
} as const;

describe('user policy: people see and change only themselves', () => {
  it('grants reading and changing the password to anyone signed in, on themselves', () => {
    expectGrants(userPolicy, { 'user.read': self, 'user.changePassword': self });
  });

  it('lets a person read their own user, and nobody read another', () => {
    expect(canReadUser(CALLERS.citizen, { id: ME })).toBe(true);
    expect(canReadUser(CALLERS.admin, { id: ME })).toBe(true);
    expect(canReadUser(CALLERS.citizen, { id: 'u-2' })).toBe(false);
    expect(canReadUser(CALLERS.admin, { id: 'u-2' })).toBe(false);
    expect(canReadUser(CALLERS['scope:cases:read'], { id: ME })).toBe(false);
    expect(canReadUser(CALLERS.anonymous, { id: ME })).toBe(false);
  });
});

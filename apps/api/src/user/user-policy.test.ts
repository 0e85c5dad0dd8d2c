import { describe, expect, it } from 'vitest';
import { CALLERS, EVERY_PERSON_OWN, expectGrants, ME } from '../testing/policy-probe.ts';
import { canReadUser, userPolicy } from './user-policy.ts';

describe('user policy: people see and change only themselves', () => {
  it('grants reading and changing the password to anyone signed in, on themselves', () => {
    expectGrants(userPolicy, { 'user.read': EVERY_PERSON_OWN, 'user.changePassword': EVERY_PERSON_OWN });
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

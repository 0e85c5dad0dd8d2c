import { describe, expect, it } from 'vitest';
import { CALLERS, EVERY_PERSON_OWN, expectGrants, ME } from '../testing/policy-probe.ts';
import { canReadSession, canReadUser, userPolicy } from './user-policy.ts';

describe('user policy: people see and change only themselves', () => {
  it('grants reading, changing the password and the own sign-ins to anyone signed in, on themselves', () => {
    expectGrants(userPolicy, {
      'user.read': EVERY_PERSON_OWN,
      'user.changePassword': EVERY_PERSON_OWN,
      'user.readSessions': EVERY_PERSON_OWN,
      'user.endSession': EVERY_PERSON_OWN,
    });
  });

  it("lets a person see their own sign-ins, and nobody another's", () => {
    expect(canReadSession(CALLERS.citizen, { userId: ME })).toBe(true);
    expect(canReadSession(CALLERS.admin, { userId: 'u-2' })).toBe(false);
    expect(canReadSession(CALLERS['scope:cases:read'], { userId: ME })).toBe(false);
    expect(canReadSession(CALLERS.anonymous, { userId: ME })).toBe(false);
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

import { describe, expect, it } from 'vitest';
import { CALLERS, expectGrants, observedReach } from '../testing/policy-probe.ts';
import { applicationPolicy, reachesDraft } from './application-policy.ts';

describe('application policy: who may edit a draft', () => {
  it('grants editing to a citizen, on their own drafts only', () => {
    expectGrants(applicationPolicy, { 'application.editDraft': { citizen: 'own' } });
  });

  it("reaches a draft through its applicant: a citizen's own, never another's, never staff or partners", () => {
    const reach = (name: keyof typeof CALLERS) =>
      observedReach(
        (principal, target) =>
          reachesDraft(principal, { applicantId: target.ownerId!, departmentId: target.departmentId! }),
        CALLERS[name],
      );
    expect(reach('citizen')).toBe('own');
    for (const name of ['departmentStaff', 'supervisor', 'scope:cases:sync', 'job', 'anonymous'] as const)
      expect(reach(name), name).toBe('none');
  });
});

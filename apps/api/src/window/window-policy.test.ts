import { describe, it } from 'vitest';
import { expectGrants } from '../testing/policy-probe.ts';
import { windowPolicy } from './window-policy.ts';

describe('window policy', () => {
  it('lets window staff, and nobody else, look citizens up and record counter cases for any department', () => {
    expectGrants(windowPolicy, {
      'window.lookUpCitizen': { windowStaff: 'all' },
      'window.recordCase': { windowStaff: 'all' },
    });
  });
});

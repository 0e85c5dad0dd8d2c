import { describe, it } from 'vitest';
import { expectGrants } from '../testing/policy-probe.ts';
import { deliveryPolicy } from './delivery-policy.ts';

describe('delivery policy', () => {
  it('lets people keep their own address book and address their own cases; departments read their cases’ addresses', () => {
    expectGrants(deliveryPolicy, {
      'delivery.manageAddresses': { citizen: 'own' },
      'delivery.chooseForCase': { citizen: 'own' },
      'delivery.readCaseAddress': { citizen: 'own', departmentStaff: 'department' },
    });
  });
});

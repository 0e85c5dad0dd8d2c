import { definePolicy } from '../auth/policy.ts';

/**
 * 邮政速递: a person keeps their own address book and chooses where their own case's result is posted; the
 * address a case goes to is read by its applicant and by the handling department (to post it; audited).
 */
export const deliveryPolicy = definePolicy('delivery', {
  'delivery.manageAddresses': { CITIZEN: 'own' },
  'delivery.chooseForCase': { CITIZEN: 'own' },
  'delivery.readCaseAddress': { CITIZEN: 'own', DEPARTMENT_STAFF: 'department' },
});

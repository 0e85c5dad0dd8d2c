import { definePolicy } from '../auth/policy.ts';

/**
 * Who may do what with accounts. Registering, sending a code and resetting a password are for anyone (there is
 * no one signed in yet): those functions carry their own throttles instead of a grant. Raising one's 认证等级,
 * changing one's phone and linking a firm are a person's own acts; deciding a link is the firm's legal representative's, checked
 * per request (find-firm.ts) on top of the `own` grant here.
 */
export const accountPolicy = definePolicy('account', {
  /** 实名认证 and 实人认证 of oneself */
  'account.verifyIdentity': { CITIZEN: 'own' },
  /** 法人: ask to act for a firm, see one's own requests */
  'account.requestFirmLink': { CITIZEN: 'own' },
  /** 法人: the legal representative's requests to decide, and the decision */
  'account.decideFirmLink': { CITIZEN: 'own' },
  /** 修改手机号: a code to a new number, and the change it confirms, for one's own account */
  'account.changePhone': { CITIZEN: 'own' },
});

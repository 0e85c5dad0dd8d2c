/**
 * The form rule for a mainland mobile number (11 digits starting 1[3-9]), the API's MOBILE_SHAPE
 * (apps/api/src/account/phone-code.ts): the forms check it before sending, the API decides.
 */
export const MOBILE_RULE = { pattern: /^1[3-9]\d{9}$/, message: '请输入 11 位手机号' };

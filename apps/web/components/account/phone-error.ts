import { MOBILE_NUMBER } from '@hall/labels';

/** What is wrong with a mobile number as typed (empty, or not a mainland mobile number); undefined if fine. */
export function phoneError(phone: string | undefined): string | undefined {
  const value = phone?.trim() ?? '';
  if (!value) return '请输入手机号';
  return MOBILE_NUMBER.pattern.test(value) ? undefined : MOBILE_NUMBER.message;
}

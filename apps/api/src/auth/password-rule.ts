import { userError, type UserError } from '../lib/errors.ts';
import { piiLookupHash } from '../lib/pii.ts';

/**
 * The one rule for a password the user chooses (注册, 修改密码, 找回密码): its length, a letter and a digit, and
 * not the account's own 身份证号 or 手机号. `passwordRule` in GraphQL hands `PASSWORD_RULE` to the web, which
 * states it and keeps no copy.
 */
export const PASSWORD_RULE = {
  minLength: 8,
  maxLength: 256,
  description: '8–256 个字符，须同时包含字母和数字，不能是身份证号或手机号',
} as const;

/**
 * Why the password breaks the rule, or null. The account's ID number and phone are compared through their
 * look-up hashes (in any letter case), so nothing is decrypted; `label` names the field in the message.
 */
export function passwordProblem(
  password: string,
  account: { idNumberHash: string | null; phoneHash: string | null },
  field: string[],
  label = '密码',
): UserError | null {
  if (password.length < PASSWORD_RULE.minLength || password.length > PASSWORD_RULE.maxLength) {
    return userError(
      'INVALID',
      `${label}长度须为 ${PASSWORD_RULE.minLength}–${PASSWORD_RULE.maxLength} 个字符`,
      field,
    );
  }
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) {
    return userError('INVALID', `${label}须同时包含字母和数字`, field);
  }
  const hash = piiLookupHash(password); // upper-cased and trimmed like the stored look-up hashes
  if (hash === account.idNumberHash || hash === account.phoneHash) {
    return userError('INVALID', `${label}不能是身份证号或手机号`, field);
  }
  return null;
}

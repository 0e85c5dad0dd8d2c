'use client';

import { MOBILE_NUMBER } from '@hall/labels';
import type { PhoneCodePurpose } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { AccountField } from './account-form';
import { SendCodeButton } from './SendCodeButton';

/**
 * 手机号 and 短信验证码 with 获取验证码, in an account form (account-form.tsx) whose fields are named `phone`
 * and `code` (注册, 找回密码, 修改手机号). The number is checked by the rule the API checks (MOBILE_NUMBER in
 * @hall/labels): `phoneCodeErrors` before sending the form, SendCodeButton before sending a code.
 */
export function PhoneCodeFields(props: {
  purpose: PhoneCodePurpose;
  phoneLabel: string;
  /** Minutes a code stays valid, stated under the code field when given. */
  codeMinutes?: number;
}) {
  return (
    <>
      <AccountField name="phone" label={props.phoneLabel}>
        {(input) => (
          <input
            {...input}
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            maxLength={MOBILE_NUMBER.length}
          />
        )}
      </AccountField>
      <AccountField
        name="code"
        label="短信验证码"
        hint={props.codeMinutes ? `验证码 ${props.codeMinutes} 分钟内有效。` : undefined}
        aside={<SendCodeButton purpose={props.purpose} />}
      >
        {(input) => (
          <input {...input} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        )}
      </AccountField>
    </>
  );
}

/** What a form says when the API locked code entry after too many wrong codes (`lockedUntil`). */
export const codeLockedMessage = (lockedUntil: string) =>
  `验证码错误次数过多，请于 ${formatDateTime(lockedUntil)} 后再试`;

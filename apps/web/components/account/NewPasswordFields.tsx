'use client';

import { PasswordInput } from '@/components/login/PasswordInput';
import { AccountField } from './account-form';

type Props = {
  name: string;
  confirmName: string;
  label: '密码' | '新密码';
  passwordRule: string;
  /** added to the rule in the hint, e.g. 「不能与当前密码相同」 */
  ruleNote?: string;
};

/**
 * A new password and its confirmation, under the API's password rule (`passwordRule`, shown as the hint):
 * 注册, 找回密码 and 修改密码 ask for it the same way, in an account form (account-form.tsx). `label` is 密码 or
 * 新密码; the confirmation and the messages follow from it (`newPasswordErrors` in lib/account-form-checks.ts).
 */
export function NewPasswordFields(props: Props) {
  const { name, label } = props;
  return (
    <>
      <AccountField
        name={name}
        label={label}
        hint={`${props.passwordRule}${props.ruleNote ? `，${props.ruleNote}` : ''}。`}
      >
        {(input) => <PasswordInput {...input} autoComplete="new-password" maxLength={256} />}
      </AccountField>
      <AccountField name={props.confirmName} label={`确认${label}`}>
        {(input) => <PasswordInput {...input} autoComplete="new-password" maxLength={256} />}
      </AccountField>
    </>
  );
}

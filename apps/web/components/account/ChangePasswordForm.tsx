'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { newPasswordErrors } from '@/lib/account-form-checks';
import { PasswordInput } from '@/components/login/PasswordInput';
import { formatDateTime } from '@/lib/format';
import { AccountField, AccountForm, SubmitButton, formValues, useAccountForm } from './account-form';
import { changePasswordAction } from './actions';
import { NewPasswordFields } from './NewPasswordFields';

const PASSWORD = { name: 'newPassword', confirmName: 'confirmPassword', label: '新密码' } as const;

/**
 * 修改密码: the current password and the new one twice. The API checks the rule and the current password;
 * its `userErrors` go next to their fields. On success every other session of the user is signed out.
 */
export function ChangePasswordForm({ passwordRule }: { passwordRule: string }) {
  const form = useAccountForm();
  const [changed, setChanged] = useState<string | null>(null);
  const router = useRouter();

  async function onSubmit(element: HTMLFormElement) {
    setChanged(null);
    const values = formValues(element);
    const outcome = await form.submit(
      element,
      {
        currentPassword: values.currentPassword ? undefined : '请输入当前密码',
        ...newPasswordErrors(values, PASSWORD),
      },
      () =>
        changePasswordAction({ currentPassword: values.currentPassword!, newPassword: values.newPassword! }),
      (lockedUntil) => `错误次数过多，请于 ${formatDateTime(lockedUntil)} 后再试`,
    );
    if (!outcome) return;
    element.reset();
    const others = outcome.revokedSessions;
    setChanged(others > 0 ? `密码已修改，其他 ${others} 个设备已退出登录` : '密码已修改');
    router.refresh();
  }

  return (
    <>
      {changed && (
        <div role="status" className="form-alert form-alert--success">
          {changed}
        </div>
      )}
      <AccountForm form={form} onSubmit={onSubmit} className="narrow-form">
        <AccountField name="currentPassword" label="当前密码">
          {(input) => <PasswordInput {...input} autoComplete="current-password" maxLength={256} />}
        </AccountField>
        <NewPasswordFields {...PASSWORD} passwordRule={passwordRule} ruleNote="不能与当前密码相同" />
        <SubmitButton pending={form.pending}>修改密码</SubmitButton>
      </AccountForm>
    </>
  );
}

'use client';

import { useState } from 'react';
import { newPasswordErrors, phoneCodeErrors } from '@/lib/account-form-checks';
import { AccountForm, SubmitButton, formValues, useAccountForm } from './account-form';
import { resetPasswordAction } from './actions';
import { NewPasswordFields } from './NewPasswordFields';
import { codeLockedMessage, PhoneCodeFields } from './PhoneCodeFields';

const PASSWORD = { name: 'newPassword', confirmName: 'confirm', label: '新密码' } as const;

/**
 * 找回密码: the registered mobile, the code sent to it, and the new password twice (the API's rule stated).
 * Plain HTML (account-form.tsx), sent through a server action.
 */
export function ForgotPasswordForm({ passwordRule }: { passwordRule: string }) {
  const form = useAccountForm();
  const [done, setDone] = useState(false);

  async function onSubmit(element: HTMLFormElement) {
    const values = formValues(element);
    const reset = await form.submit(
      element,
      { ...phoneCodeErrors(values), ...newPasswordErrors(values, PASSWORD) },
      () =>
        resetPasswordAction({ phone: values.phone!, code: values.code!, newPassword: values.newPassword! }),
      codeLockedMessage,
    );
    if (reset !== undefined) setDone(true);
  }

  if (done) {
    return (
      <div role="status" className="form-alert form-alert--success">
        <div className="form-alert__title">密码已重置</div>
        <div>
          所有设备上的登录均已退出。请使用新密码<a href="/login">登录</a>。
        </div>
      </div>
    );
  }

  return (
    <AccountForm form={form} onSubmit={onSubmit}>
      <PhoneCodeFields purpose="RESET_PASSWORD" phoneLabel="注册手机号" />
      <NewPasswordFields {...PASSWORD} passwordRule={passwordRule} />
      <SubmitButton pending={form.pending}>重置密码</SubmitButton>
    </AccountForm>
  );
}

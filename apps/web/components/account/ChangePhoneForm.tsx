'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { phoneCodeErrors } from '@/lib/account-form-checks';
import { AccountForm, SubmitButton, formValues, useAccountForm } from './account-form';
import { changePhoneAction } from './actions';
import { codeLockedMessage, PhoneCodeFields } from './PhoneCodeFields';

/**
 * 修改手机号: the new number and the code sent to it (获取验证码 sends it there). The API's refusals go to their
 * field (a number another account has, a wrong or expired code); on success the page shows the new number.
 */
export function ChangePhoneForm({ codeMinutes }: { codeMinutes: number }) {
  const form = useAccountForm();
  const [changed, setChanged] = useState<string | null>(null);
  const router = useRouter();

  async function onSubmit(element: HTMLFormElement) {
    setChanged(null);
    const values = formValues(element);
    const outcome = await form.submit(
      element,
      phoneCodeErrors(values),
      () => changePhoneAction({ phone: values.phone!, code: values.code! }),
      codeLockedMessage,
    );
    if (!outcome) return;
    element.reset();
    setChanged(`手机号已修改为 ${outcome.maskedPhone}`);
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
        <PhoneCodeFields purpose="CHANGE_PHONE" phoneLabel="新手机号" codeMinutes={codeMinutes} />
        <SubmitButton pending={form.pending}>确认修改</SubmitButton>
      </AccountForm>
    </>
  );
}

'use client';

import { useId } from 'react';
import { newPasswordErrors, phoneCodeErrors } from '@/lib/account-form-checks';
import { signInWithPassword } from '@/lib/auth-client';
import {
  AccountField,
  AccountForm,
  SubmitButton,
  formValues,
  useAccountForm,
  useFieldErrors,
} from './account-form';
import { registerAccountAction } from './actions';
import { NewPasswordFields } from './NewPasswordFields';
import { codeLockedMessage, PhoneCodeFields } from './PhoneCodeFields';

export type ConsentDoc = { version: string; title: string; body: readonly string[] };

const PASSWORD = { name: 'password', confirmName: 'confirm', label: '密码' } as const;
const MUST_AGREE = '请阅读并同意用户服务协议和个人信息处理规则';

/**
 * 注册: 手机号 with 获取验证码, 验证码, 姓名, 密码 twice (the API's rule stated), and the agreement to 用户服务协议
 * and 个人信息处理规则 (their text shown here, their versions sent back). On success it signs in and opens 个人空间.
 * Plain HTML (account-form.tsx), sent through a server action.
 */
export function RegisterForm(props: {
  passwordRule: string;
  codeMinutes: number;
  terms: ConsentDoc;
  privacyNotice: ConsentDoc;
}) {
  const form = useAccountForm();

  async function onSubmit(element: HTMLFormElement) {
    const values = formValues(element);
    const checked = {
      ...phoneCodeErrors(values),
      name: values.name?.trim() ? undefined : '请输入姓名',
      ...newPasswordErrors(values, PASSWORD),
      agree: values.agree ? undefined : MUST_AGREE,
    };
    const done = await form.submit(
      element,
      checked,
      () =>
        registerAccountAction({
          phone: values.phone!,
          code: values.code!,
          name: values.name!.trim(),
          password: values.password!,
          termsVersion: props.terms.version,
          privacyNoticeVersion: props.privacyNotice.version,
        }),
      codeLockedMessage,
    );
    if (done === undefined) return;
    const failure = await signInWithPassword(values.phone!.trim(), values.password!).catch(
      () => 'UNAVAILABLE',
    );
    // A full load (as 登录 does): it also draws the header for the signed-in user.
    window.location.replace(failure ? '/login' : '/personal');
  }

  return (
    <AccountForm form={form} onSubmit={onSubmit}>
      <PhoneCodeFields purpose="REGISTER" phoneLabel="手机号" codeMinutes={props.codeMinutes} />
      <AccountField name="name" label="姓名">
        {(input) => <input {...input} type="text" autoComplete="name" maxLength={50} />}
      </AccountField>
      <NewPasswordFields {...PASSWORD} passwordRule={props.passwordRule} />
      {[props.terms, props.privacyNotice].map((doc) => (
        <details key={doc.title} className="consent-doc">
          <summary>
            《{doc.title}》（版本 {doc.version}）
          </summary>
          {doc.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </details>
      ))}
      <AgreeField terms={props.terms.title} privacyNotice={props.privacyNotice.title} />
      <SubmitButton pending={form.pending}>注册</SubmitButton>
    </AccountForm>
  );
}

/** The agreement checkbox, its label naming both documents; the form's refusal under it. */
function AgreeField(props: { terms: string; privacyNotice: string }) {
  const id = `${useId()}-agree`;
  const { errors, setError } = useFieldErrors();
  const error = errors.agree;
  return (
    <div className="login-form__field">
      <label className="login-form__agree">
        <input
          id={id}
          type="checkbox"
          name="agree"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={() => setError('agree', undefined)}
        />
        <span>
          我已阅读并同意《{props.terms}》和《{props.privacyNotice}》
        </span>
      </label>
      {error && (
        <div id={`${id}-error`} className="login-form__error">
          {error}
        </div>
      )}
    </div>
  );
}

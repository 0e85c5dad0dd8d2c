'use client';

import { useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { signInWithPassword } from '@/lib/auth-client';
import { PasswordInput } from '@/components/login/PasswordInput';

/** The same message whether the account exists or not. */
const INVALID_CREDENTIALS = '账号或密码错误';
const UNAVAILABLE = '登录服务暂时不可用，请稍后再试';
const LOCKED = '登录失败次数过多，请 15 分钟后再试';

const REQUIRED = { login: '请输入身份证号或手机号', password: '请输入密码' } as const;
type FieldName = keyof typeof REQUIRED;

function messageFor(error: string): string {
  if (error === 'CredentialsSignin') return INVALID_CREDENTIALS;
  if (error === 'TOO_MANY_ATTEMPTS') return LOCKED;
  return UNAVAILABLE;
}

type InputProps = InputHTMLAttributes<HTMLInputElement>;

/** A labelled field; when left empty, its message sits under it and is tied to the input. */
function Field(props: {
  name: FieldName;
  label: string;
  missing: boolean;
  onEdit: () => void;
  children: (input: InputProps) => ReactNode;
}) {
  const id = `${useId()}-${props.name}`;
  return (
    <div className="login-form__field">
      <label htmlFor={id} className="login-form__label">
        {props.label}
      </label>
      {props.children({
        id,
        name: props.name,
        className: 'text-input',
        'aria-invalid': props.missing || undefined,
        'aria-describedby': props.missing ? `${id}-error` : undefined,
        onInput: props.onEdit,
      })}
      {props.missing && (
        <div id={`${id}-error`} className="login-form__error">
          {REQUIRED[props.name]}
        </div>
      )}
    </div>
  );
}

/**
 * 登录: plain inputs styled by globals.css ("Sign-in form"), no UI library, so the page stays light on a
 * phone. Required fields are checked here with Chinese messages (noValidate: the browser's own bubbles speak
 * the browser's language); the credentials go to next-auth (lib/auth-client.ts).
 */
export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<Record<FieldName, boolean>>({ login: false, password: false });
  const [submitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const login = String(data.get('login') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const empty = { login: !login, password: !password };
    setMissing(empty);
    if (empty.login || empty.password) {
      form.querySelector<HTMLInputElement>(`[name="${empty.login ? 'login' : 'password'}"]`)?.focus();
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const failure = await signInWithPassword(login, password);
      if (!failure) {
        // A full load, not router.replace + router.refresh: the refresh of /login could overtake the
        // navigation, leaving a signed-in user on the sign-in page when the target (在线申报) was slow to
        // load (seen in e2e/portal.e2e.test.ts). The load also draws the header for the signed-in user.
        window.location.replace(callbackPath);
        return;
      }
      setError(messageFor(failure));
    } catch {
      setError(UNAVAILABLE);
    }
    setSubmitting(false);
  }

  const edited = (name: FieldName) => () => {
    if (missing[name]) setMissing({ ...missing, [name]: false });
  };

  return (
    // method="post" keeps the password out of the URL should the form be submitted before hydration.
    <form method="post" noValidate onSubmit={onSubmit} className="login-form">
      {error && (
        <div role="alert" className="form-alert form-alert--error">
          {error}
        </div>
      )}
      <fieldset disabled={submitting} className="login-form__fields">
        <Field name="login" label="身份证号/手机号" missing={missing.login} onEdit={edited('login')}>
          {(input) => <input {...input} type="text" autoComplete="username" maxLength={32} />}
        </Field>
        <Field name="password" label="密码" missing={missing.password} onEdit={edited('password')}>
          {(input) => <PasswordInput {...input} />}
        </Field>
        <button type="submit" className="button button--primary button--block" aria-busy={submitting}>
          {submitting && <span className="button__spinner" aria-hidden="true" />}
          登录
        </button>
      </fieldset>
    </form>
  );
}

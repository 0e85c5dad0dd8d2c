'use client';

import {
  createContext,
  useContext,
  useId,
  useMemo,
  useState,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import { hasErrors, type FieldErrorMap } from '@/lib/account-form-checks';
import { REQUEST_ERROR_LABELS } from '@/lib/labels';
import type { AccountActionOutcome } from './actions';

/**
 * The plain-HTML kit of the account forms (注册, 找回密码, 修改手机号, 修改密码), styled like 登录 (globals.css
 * "Sign-in form"): no UI library, so these pages stay light on a phone. A form's field errors (its own checks
 * and the API's `userErrors`) live in one context, so shared field groups (PhoneCodeFields,
 * NewPasswordFields) show them without being handed them.
 */
type FieldErrorsState = {
  errors: FieldErrorMap;
  setError: (name: string, message: string | undefined) => void;
};

const FieldErrorsContext = createContext<FieldErrorsState>({ errors: {}, setError: () => undefined });

/** The current form's field errors, and a way to set one (e.g. 获取验证码 refusing the number). */
export function useFieldErrors(): FieldErrorsState {
  return useContext(FieldErrorsContext);
}

/** A form's values by field name (trimmed text; a checkbox is "on" when ticked). */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) values[name] = String(value);
  return values;
}

type InputProps = InputHTMLAttributes<HTMLInputElement> & { id: string; name: string };

/**
 * A labelled field: the label, the control (`children` renders it with the ids and name it must carry), the
 * error under it and a hint, both tied to the control for screen readers. Typing clears the error.
 */
export function AccountField(props: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  children: (input: InputProps) => ReactNode;
  /** Beside the control on the same row (获取验证码). */
  aside?: ReactNode;
}) {
  const id = `${useId()}-${props.name}`;
  const { errors, setError } = useFieldErrors();
  const error = errors[props.name];
  const describedBy = [error && `${id}-error`, props.hint && `${id}-hint`].filter(Boolean).join(' ');
  const control = props.children({
    id,
    name: props.name,
    className: 'text-input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onInput: () => {
      if (error) setError(props.name, undefined);
    },
  });
  return (
    <div className="login-form__field">
      <label htmlFor={id} className="login-form__label">
        {props.label}
      </label>
      {props.aside ? (
        <div className="login-form__row">
          {control}
          {props.aside}
        </div>
      ) : (
        control
      )}
      {error && (
        <div id={`${id}-error`} className="login-form__error">
          {error}
        </div>
      )}
      {props.hint && (
        <div id={`${id}-hint`} className="login-form__hint">
          {props.hint}
        </div>
      )}
    </div>
  );
}

/**
 * THE submit plumbing of the account forms: checks first (errors go to their fields, the first one gets
 * focus), then the server action; its field `userErrors` go to their fields, the rest to the alert.
 * `submit` answers the action's data when accepted.
 */
export function useAccountForm() {
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const context = useMemo<FieldErrorsState>(
    () => ({
      errors,
      setError: (name, message) => setErrors((previous) => ({ ...previous, [name]: message })),
    }),
    [errors],
  );

  async function submit<Data>(
    form: HTMLFormElement,
    checked: FieldErrorMap,
    action: () => Promise<AccountActionOutcome<Data>>,
    lockedMessage?: (lockedUntil: string) => string,
  ): Promise<Data | undefined> {
    const focusFirst = (names: FieldErrorMap) => {
      const first = Object.keys(names).find((name) => names[name]);
      if (first) form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
    };
    setAlert([]);
    if (hasErrors(checked)) {
      setErrors(checked);
      focusFirst(checked);
      return undefined;
    }
    setErrors({});
    setPending(true);
    try {
      const outcome = await action();
      if (outcome.ok) return outcome.data;
      const fields = Object.fromEntries(outcome.fields.map((field) => [field.name, field.errors.join(' ')]));
      setErrors(fields);
      focusFirst(fields);
      const locked = outcome.lockedUntil && lockedMessage ? [lockedMessage(outcome.lockedUntil)] : [];
      setAlert([...outcome.others, ...locked]);
      return undefined;
    } catch {
      setAlert([REQUEST_ERROR_LABELS.NETWORK]);
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { context, alert, pending, submit };
}

/**
 * The form element of an account form: the alert above the fields, the fields disabled while sending. The
 * browser's own validation bubbles are off (they speak the browser's language); the form checks in Chinese.
 */
export function AccountForm(props: {
  form: ReturnType<typeof useAccountForm>;
  onSubmit: (form: HTMLFormElement) => void;
  className?: string;
  children: ReactNode;
}) {
  const { context, alert, pending } = props.form;
  return (
    <FieldErrorsContext.Provider value={context}>
      <form
        // method="post" keeps passwords out of the URL should the form be sent before hydration.
        method="post"
        noValidate
        className={['login-form', props.className].filter(Boolean).join(' ')}
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          props.onSubmit(event.currentTarget);
        }}
      >
        {alert.length > 0 && (
          <div role="alert" className="form-alert form-alert--error">
            {alert.join(' ')}
          </div>
        )}
        <fieldset disabled={pending} className="login-form__fields">
          {props.children}
        </fieldset>
      </form>
    </FieldErrorsContext.Provider>
  );
}

/** The submit button of an account form, busy while the form is sending. */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="button button--primary button--block" aria-busy={pending}>
      {pending && <span className="button__spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}

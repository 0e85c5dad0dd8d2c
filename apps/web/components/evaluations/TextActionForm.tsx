'use client';

import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { REQUEST_ERROR_LABELS } from '@/lib/labels';
import { mutationOutcome, type MutationResult, type PayloadWithUserErrors } from '@/lib/mutation-outcome';
import { ConfirmDialog } from '@/components/form/ConfirmDialog';
import { showToast } from '@/components/form/toast';

/** A server action sending the text about one object (a review, a question), answering the payload. */
export type TextAction = (subjectId: string, text: string) => Promise<MutationResult<PayloadWithUserErrors>>;

/**
 * One text field and a submit button (回复, 回访, 整改, 追评, 申诉理由, 答复), in plain HTML (globals.css
 * `.text-action-form`), no UI library: `userErrors` on the field go under it, the rest in an alert above. With
 * `confirm`, sending asks first (for what cannot be changed once sent).
 */
export function TextActionForm(props: {
  /** The form's name, unique on the page. */
  name: string;
  /** The API's input field the text goes to (for `userErrors`), e.g. "body" or "reason". */
  field: string;
  label: string;
  submitLabel: string;
  doneMessage: string;
  maxLength: number;
  requiredMessage: string;
  extra?: string;
  confirm?: { title: string; content: string };
  testId?: string;
  danger?: boolean;
  /** Runs the action's mutation, answering its payload as `data`. */
  run: (text: string) => Promise<MutationResult<PayloadWithUserErrors>>;
}) {
  const id = `${useId()}-${props.name}`;
  const router = useRouter();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function send() {
    setConfirming(false);
    setPending(true);
    setAlert([]);
    try {
      const outcome = mutationOutcome(await props.run(text.trim()), (payload) => payload, ['text'], {
        [props.field]: 'text',
      });
      if (outcome.ok) {
        setText('');
        showToast(props.doneMessage);
        router.refresh();
        return;
      }
      setFieldError(outcome.fields.flatMap((field) => field.errors).join(' ') || null);
      setAlert(outcome.others);
    } catch {
      setAlert([REQUEST_ERROR_LABELS.OTHER]);
    } finally {
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setFieldError(props.requiredMessage);
      event.currentTarget.querySelector('textarea')?.focus();
      return;
    }
    if (props.confirm) setConfirming(true);
    else void send();
  }

  const describedBy = [`${id}-help`, fieldError && `${id}-error`].filter(Boolean).join(' ');
  return (
    // method="post" keeps the text out of the URL should the form be sent before hydration.
    <form
      method="post"
      noValidate
      onSubmit={onSubmit}
      className="text-action-form"
      data-testid={props.testId}
    >
      {alert.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          {alert.join(' ')}
        </div>
      )}
      <fieldset disabled={pending} className="text-action-form__fields">
        <label htmlFor={id} className="text-action-form__label">
          {props.label}
        </label>
        <textarea
          id={id}
          name="text"
          rows={3}
          className="text-input text-action-form__input"
          maxLength={props.maxLength}
          value={text}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);
            if (fieldError) setFieldError(null);
          }}
        />
        {fieldError && (
          <div id={`${id}-error`} className="form-error-text">
            {fieldError}
          </div>
        )}
        <div className="text-action-form__help">
          <span id={`${id}-help`}>{props.extra ?? `最多 ${props.maxLength} 字。`}</span>
          <span className="text-action-form__count" aria-hidden="true">
            {text.length} / {props.maxLength}
          </span>
        </div>
        <button
          type="submit"
          className={props.danger ? 'button button--primary button--danger' : 'button button--primary'}
        >
          {pending && <span className="button__spinner" aria-hidden="true" />}
          {props.submitLabel}
        </button>
      </fieldset>
      {confirming && props.confirm && (
        <ConfirmDialog
          title={props.confirm.title}
          content={props.confirm.content}
          onConfirm={() => void send()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}

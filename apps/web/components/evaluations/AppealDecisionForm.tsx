'use client';

import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { EvaluationAppealDecision } from '@/gql/graphql';
import { REQUEST_ERROR_LABELS } from '@/lib/labels';
import { mutationOutcome, type MutationResult, type PayloadWithUserErrors } from '@/lib/mutation-outcome';
import { ConfirmDialog } from '@/components/form/ConfirmDialog';
import { showToast } from '@/components/form/toast';

const DECISIONS: { value: EvaluationAppealDecision; label: string }[] = [
  { value: 'UPHOLD', label: '申诉成立（评价保留，不计入统计）' },
  { value: 'DISMISS', label: '驳回申诉' },
];

const FIELDS = ['decision', 'note'] as const;
type Field = (typeof FIELDS)[number];

/**
 * 复核: the supervisor upholds or dismisses a pending appeal, once, with an optional note. Plain HTML (no UI
 * library); it asks before sending and sends through the page's server action (`decide`).
 */
export function AppealDecisionForm(props: {
  appealId: string;
  noteMaxLength: number;
  decide: (
    appealId: string,
    decision: EvaluationAppealDecision,
    note: string | null,
  ) => Promise<MutationResult<PayloadWithUserErrors>>;
}) {
  const id = useId();
  const router = useRouter();
  const [decision, setDecision] = useState<EvaluationAppealDecision | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function send() {
    setConfirming(false);
    if (!decision) return;
    setPending(true);
    setAlert([]);
    try {
      const outcome = mutationOutcome(
        await props.decide(props.appealId, decision, note.trim() || null),
        (payload) => payload,
        FIELDS,
      );
      if (outcome.ok) {
        showToast('复核结果已提交');
        router.refresh();
        return;
      }
      setErrors(Object.fromEntries(outcome.fields.map((field) => [field.name, field.errors.join(' ')])));
      setAlert(outcome.others);
    } catch {
      setAlert([REQUEST_ERROR_LABELS.OTHER]);
    } finally {
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!decision) {
      setErrors({ decision: '请选择复核结果' });
      event.currentTarget.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    setConfirming(true);
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={onSubmit}
      className="text-action-form"
      data-testid="appeal-decision-form"
    >
      {alert.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          {alert.join(' ')}
        </div>
      )}
      <fieldset disabled={pending} className="text-action-form__fields">
        <fieldset
          className="choice-group"
          aria-describedby={errors.decision ? `${id}-decision-error` : undefined}
        >
          <legend className="text-action-form__label">复核结果</legend>
          {DECISIONS.map((option) => (
            <label key={option.value} className="choice-group__choice">
              <input
                type="radio"
                name="decision"
                value={option.value}
                checked={decision === option.value}
                onChange={() => {
                  setDecision(option.value);
                  setErrors((current) => ({ ...current, decision: undefined }));
                }}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        {errors.decision && (
          <div id={`${id}-decision-error`} className="form-error-text">
            {errors.decision}
          </div>
        )}
        <label htmlFor={`${id}-note`} className="text-action-form__label choice-group__next">
          复核意见
        </label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          className="text-input text-action-form__input"
          maxLength={props.noteMaxLength}
          value={note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={[`${id}-note-help`, errors.note && `${id}-note-error`].filter(Boolean).join(' ')}
          onChange={(event) => {
            setNote(event.target.value);
            setErrors((current) => ({ ...current, note: undefined }));
          }}
        />
        {errors.note && (
          <div id={`${id}-note-error`} className="form-error-text">
            {errors.note}
          </div>
        )}
        <div className="text-action-form__help">
          <span id={`${id}-note-help`}>选填，最多 {props.noteMaxLength} 字。</span>
          <span className="text-action-form__count" aria-hidden="true">
            {note.length} / {props.noteMaxLength}
          </span>
        </div>
        <button type="submit" className="button button--primary">
          {pending && <span className="button__spinner" aria-hidden="true" />}
          提交复核结果
        </button>
      </fieldset>
      {confirming && (
        <ConfirmDialog
          title="确认提交复核结果？"
          content="复核结果提交后不能修改。"
          onConfirm={() => void send()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}

'use client';

import { useActionState, useState, type FormEvent } from 'react';
import type { EvaluationDimension, EvaluationLevel } from '@/gql/graphql';
import { EVALUATION_DIMENSION_LABELS, EVALUATION_LEVELS, EVALUATION_LEVEL_LABELS } from '@/lib/labels';
import { ChoiceButtons } from '@/components/form/ChoiceButtons';
import { StarRating } from '@/components/form/StarRating';
import { submitEvaluationAction } from './submit-evaluation-action';
import { EMPTY_EVALUATION_FORM, scoreField, type EvaluationField } from './evaluation-form-state';

const LEVEL_OPTIONS = EVALUATION_LEVELS.map((value) => ({ value, label: EVALUATION_LEVEL_LABELS[value] }));
const LEVEL_MISSING = '请选择总体评价';
const COMMENT_MISSING = '选择“不满意”“非常不满意”时，请填写评价内容';

/**
 * The 评价 form of a completed case: one of the five grades, optional 1–5 scores per dimension, and a comment,
 * which 不满意 and 非常不满意 require (the guide: otherwise it cannot be submitted; the API refuses it too).
 * Plain inputs and a server action (submit-evaluation-action.ts), so it is light on a phone and works before
 * hydration; once hydrated it checks the grade and the comment here first, in the same words.
 */
export function EvaluationForm(props: {
  caseId: string;
  dimensions: readonly EvaluationDimension[];
  commentMaxLength: number;
  /** the grades that need a comment (evaluationRules.badLevels) */
  badLevels: readonly string[];
}) {
  const [state, formAction, pending] = useActionState(submitEvaluationAction, EMPTY_EVALUATION_FORM);
  const [level, setLevel] = useState(state.sent.level);
  const [commentLength, setCommentLength] = useState(state.sent.comment.length);
  const [checked, setChecked] = useState<Partial<Record<EvaluationField, string>> | null>(null);
  const errors = checked ?? state.fields;
  const bad = Boolean(level && props.badLevels.includes(level));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const chosen = String(data.get('level') ?? '');
    const found: Partial<Record<EvaluationField, string>> = {};
    if (!chosen) found.level = LEVEL_MISSING;
    else if (props.badLevels.includes(chosen) && !String(data.get('comment') ?? '').trim()) {
      found.comment = COMMENT_MISSING;
    }
    if (Object.keys(found).length > 0) {
      event.preventDefault();
      setChecked(found);
      event.currentTarget
        .querySelector<HTMLElement>(found.level ? '[name="level"]' : '[name="comment"]')
        ?.focus();
      return;
    }
    setChecked(null);
  }

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="evaluation-form"
      data-testid="evaluation-form"
    >
      <input type="hidden" name="caseId" value={props.caseId} />
      {!checked && state.others.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          {state.others.join(' ')}
        </div>
      )}
      <fieldset disabled={pending} className="form-fields">
        <ChoiceButtons<EvaluationLevel>
          name="level"
          legend="总体评价"
          required
          options={LEVEL_OPTIONS}
          defaultValue={state.sent.level as EvaluationLevel | undefined}
          error={errors.level}
          errorId="evaluation-level-error"
          onChange={setLevel}
        />
        {props.dimensions.length > 0 && (
          <fieldset
            className="evaluation-form__dimensions"
            aria-describedby={errors.scores ? 'evaluation-scores-error' : undefined}
          >
            <legend>分项评分（选填，1–5 星）</legend>
            {props.dimensions.map((dimension) => (
              <div key={dimension} className="evaluation-form__dimension">
                <div className="form-row__label">{EVALUATION_DIMENSION_LABELS[dimension]}</div>
                <StarRating
                  name={scoreField(dimension)}
                  label={EVALUATION_DIMENSION_LABELS[dimension]}
                  defaultValue={state.sent.scores[dimension]}
                />
              </div>
            ))}
            {errors.scores && (
              <div id="evaluation-scores-error" className="form-error-text">
                {errors.scores}
              </div>
            )}
          </fieldset>
        )}
        <div className="form-row">
          <label
            htmlFor="evaluation-comment"
            className={`form-row__label${bad ? ' form-row__label--required' : ''}`}
          >
            评价内容
          </label>
          <textarea
            id="evaluation-comment"
            name="comment"
            className="text-input"
            rows={4}
            maxLength={props.commentMaxLength}
            defaultValue={state.sent.comment}
            aria-invalid={errors.comment ? true : undefined}
            aria-describedby={`evaluation-comment-hint${errors.comment ? ' evaluation-comment-error' : ''}`}
            onInput={(event) => setCommentLength(event.currentTarget.value.length)}
          />
          {errors.comment && (
            <div id="evaluation-comment-error" className="form-error-text">
              {errors.comment}
            </div>
          )}
          <div id="evaluation-comment-hint" className="form-row__hint">
            <span className="form-row__count" aria-hidden="true">
              {commentLength} / {props.commentMaxLength}
            </span>
            {bad
              ? `选择“不满意”“非常不满意”时必须填写评价内容，最多 ${props.commentMaxLength} 字。`
              : level
                ? `选填，最多 ${props.commentMaxLength} 字。`
                : `选择“不满意”“非常不满意”时必填，其余选填，最多 ${props.commentMaxLength} 字。`}
          </div>
        </div>
        <p className="text-secondary">评价提交后不能修改。</p>
        <button type="submit" className="button button--primary" aria-busy={pending}>
          {pending && <span className="button__spinner" aria-hidden="true" />}
          提交评价
        </button>
      </fieldset>
    </form>
  );
}

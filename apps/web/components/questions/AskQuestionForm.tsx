'use client';

import { useActionState } from 'react';
import type { QuestionKind } from '@/gql/graphql';
import { QUESTION_KIND_LABELS, QUESTION_KINDS } from '@/lib/labels';
import { FieldError } from '@/components/form/FieldError';
import { PendingButton } from '@/components/form/PendingButton';
import { askQuestionAction, type AskQuestionState } from './actions';

/**
 * 咨询 / 投诉: the item (its department answers), 咨询 or 投诉, and the text (at most the API's limit). A plain
 * form whose action runs on the server: it works before hydration, and refusals show beside their field.
 */
export function AskQuestionForm(props: {
  items: readonly { id: string; name: string; departmentName: string }[];
  itemId: string | undefined;
  kind: QuestionKind;
  bodyMaxLength: number;
}) {
  const [state, action, pending] = useActionState<AskQuestionState, FormData>(askQuestionAction, {
    fieldErrors: {},
    others: [],
    values: { itemId: props.itemId ?? '', kind: props.kind, body: '' },
  });
  const { fieldErrors, values } = state;
  return (
    // Remounted with what was typed after a refusal (uncontrolled fields keep their values across it).
    <form action={action} className="plain-form" noValidate key={JSON.stringify(values)}>
      {state.others.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          {state.others.join(' ')}
        </div>
      )}
      <fieldset className="plain-form__field plain-form__choices">
        <legend>类型</legend>
        {QUESTION_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="kind" value={kind} defaultChecked={values.kind === kind} />
            {QUESTION_KIND_LABELS[kind]}
          </label>
        ))}
        <FieldError id="ask-kind-error" message={fieldErrors.kind} />
      </fieldset>
      <div className="plain-form__field">
        <label htmlFor="ask-item">办事事项</label>
        <select
          id="ask-item"
          name="itemId"
          className="select-input select-input--wide"
          defaultValue={values.itemId}
          aria-invalid={Boolean(fieldErrors.itemId)}
          aria-describedby={fieldErrors.itemId ? 'ask-item-error' : undefined}
        >
          <option value="">请选择办事事项</option>
          {props.items.map((item) => (
            <option key={item.id} value={item.id}>
              {`${item.name}（${item.departmentName}）`}
            </option>
          ))}
        </select>
        <FieldError id="ask-item-error" message={fieldErrors.itemId} />
      </div>
      <div className="plain-form__field">
        <label htmlFor="ask-body">内容</label>
        <textarea
          id="ask-body"
          name="body"
          className="text-input"
          rows={5}
          maxLength={props.bodyMaxLength}
          defaultValue={values.body}
          aria-invalid={Boolean(fieldErrors.body)}
          aria-describedby={fieldErrors.body ? 'ask-body-error ask-body-extra' : 'ask-body-extra'}
        />
        <FieldError id="ask-body-error" message={fieldErrors.body} />
        <p id="ask-body-extra" className="plain-form__extra">
          最多 {props.bodyMaxLength} 字。
        </p>
      </div>
      <PendingButton type="submit" primary pending={pending}>
        提交
      </PendingButton>
    </form>
  );
}

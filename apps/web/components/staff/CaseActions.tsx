'use client';

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CaseAction, DeliveryMethod } from '@/gql/graphql';
import { cstDayOf } from '@/lib/format';
import {
  CASE_ACTION_DONE_LABELS,
  CASE_ACTION_LABELS,
  DELIVERY_METHODS,
  DELIVERY_METHOD_LABELS,
  REQUEST_ERROR_LABELS,
} from '@/lib/labels';
import { mutationOutcome, type MutationResult, type PayloadWithUserErrors } from '@/lib/mutation-outcome';
import { FormField } from '@/components/form/FormField';
import { FormFieldset } from '@/components/form/FormFieldset';
import { Notice } from '@/components/layout/Notice';

export const CaseActions_CaseFragment = graphql(`
  fragment CaseActions_Case on Case {
    id
    status
    availableActions
    deliveryAddress {
      recipientName
      maskedPhone
      address
      postcode
    }
    item {
      materials {
        name
      }
    }
  }
`);

type Outcome = Promise<MutationResult<PayloadWithUserErrors>>;

/** The server actions the page gives the forms (app/(staff)/staff/department/cases/[id]/actions.ts). */
export type CaseServerActions = {
  accept: (caseId: string, note: string | null, commitmentDueDate?: string) => Outcome;
  reject: (caseId: string, reason: string) => Outcome;
  requestCorrection: (caseId: string, missingMaterials: string[], note: string | null) => Outcome;
  startProcessing: (caseId: string) => Outcome;
  complete: (
    caseId: string,
    result: string,
    deliveryMethod: DeliveryMethod,
    trackingNumber: string | null,
  ) => Outcome;
};

/** Every field an action's form may have (the API's input names, for its `userErrors`). */
const FIELDS = [
  'note',
  'commitmentDueDate',
  'reason',
  'missingMaterials',
  'result',
  'deliveryMethod',
  'trackingNumber',
] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

/** What a form's `check` answers: the field errors found before sending, or the action to run. */
type Checked = { errors: Errors } | { run: () => Outcome };

const text = (data: FormData, name: Field) => String(data.get(name) ?? '').trim();

/**
 * An action's form in plain HTML: the alert above the fields, each field's error under it (the form's own
 * checks first, then the API's `userErrors`), and the submit button named for the action.
 */
function ActionForm(props: {
  action: CaseAction;
  danger?: boolean;
  check: (data: FormData) => Checked;
  onDone: () => void;
  children: (errors: Errors, prefix: string) => ReactNode;
}) {
  const prefix = useId();
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = props.check(new FormData(form));
    if ('errors' in checked) {
      setErrors(checked.errors);
      const first = FIELDS.find((field) => checked.errors[field]);
      form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    setAlert([]);
    setPending(true);
    try {
      const outcome = mutationOutcome(await checked.run(), (payload) => payload, FIELDS);
      if (outcome.ok) {
        form.reset();
        props.onDone();
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

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="plain-form">
      {alert.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          {alert.join(' ')}
        </div>
      )}
      <fieldset disabled={pending} className="login-form__fields">
        {props.children(errors, prefix)}
        <button
          type="submit"
          className={props.danger ? 'button button--primary button--danger' : 'button button--primary'}
        >
          {pending && <span className="button__spinner" aria-hidden="true" />}
          {CASE_ACTION_LABELS[props.action]}
        </button>
      </fieldset>
    </form>
  );
}

function NoteField({ errors, prefix }: { errors: Errors; prefix: string }) {
  return (
    <FormField id={`${prefix}-note`} label="备注" help="选填，最多 500 字。" error={errors.note}>
      {(control) => (
        <textarea
          {...control}
          name="note"
          rows={2}
          maxLength={500}
          className="text-input form-field__textarea"
        />
      )}
    </FormField>
  );
}

function ReasonField(props: {
  name: 'reason' | 'result';
  label: string;
  errors: Errors;
  prefix: string;
  placeholder?: string;
}) {
  return (
    <FormField
      id={`${props.prefix}-${props.name}`}
      label={props.label}
      required
      error={props.errors[props.name]}
    >
      {(control) => (
        <textarea
          {...control}
          name={props.name}
          rows={props.name === 'reason' ? 3 : 2}
          maxLength={500}
          placeholder={props.placeholder}
          className="text-input form-field__textarea"
        />
      )}
    </FormField>
  );
}

/** 办结: the result, 送达方式, and for 邮政速递 the tracking number and the applicant's address. */
function CompleteForm(props: {
  caseId: string;
  actions: CaseServerActions;
  onDone: () => void;
  address: { recipientName: string; maskedPhone: string; address: string; postcode: string } | null;
}) {
  const [method, setMethod] = useState<DeliveryMethod | null>(null);
  return (
    <ActionForm
      action="COMPLETE"
      onDone={() => {
        setMethod(null);
        props.onDone();
      }}
      check={(data) => {
        const result = text(data, 'result');
        const deliveryMethod = (data.get('deliveryMethod') as DeliveryMethod | null) ?? null;
        const trackingNumber = text(data, 'trackingNumber');
        const errors: Errors = {};
        if (!result) errors.result = '请填写办理结果';
        if (!deliveryMethod) errors.deliveryMethod = '请选择送达方式';
        if (deliveryMethod === 'EMS' && !trackingNumber) errors.trackingNumber = '邮政速递须填写快递单号';
        if (Object.keys(errors).length > 0 || !deliveryMethod) return { errors };
        return {
          run: () =>
            props.actions.complete(
              props.caseId,
              result,
              deliveryMethod,
              deliveryMethod === 'EMS' ? trackingNumber : null,
            ),
        };
      }}
    >
      {(errors, prefix) => (
        <>
          <ReasonField
            name="result"
            label="办理结果"
            placeholder="例如：准予许可"
            errors={errors}
            prefix={prefix}
          />
          <fieldset
            className="choice-group form-field"
            aria-describedby={errors.deliveryMethod ? `${prefix}-delivery-error` : undefined}
          >
            <legend className="form-field__label">
              送达方式
              <span className="form-field__required" aria-hidden="true">
                *
              </span>
            </legend>
            {DELIVERY_METHODS.map((value) => (
              <label key={value} className="choice-group__choice">
                <input
                  type="radio"
                  name="deliveryMethod"
                  value={value}
                  checked={method === value}
                  onChange={() => setMethod(value)}
                />
                {DELIVERY_METHOD_LABELS[value]}
              </label>
            ))}
            {errors.deliveryMethod && (
              <div id={`${prefix}-delivery-error`} className="form-error-text choice-group__error">
                {errors.deliveryMethod}
              </div>
            )}
          </fieldset>
          {method === 'EMS' && (
            <>
              <FormField id={`${prefix}-tracking`} label="快递单号" required error={errors.trackingNumber}>
                {(control) => (
                  <input
                    {...control}
                    name="trackingNumber"
                    maxLength={20}
                    autoComplete="off"
                    placeholder="例如：EA123456789CN"
                    className="text-input"
                  />
                )}
              </FormField>
              <p data-testid="complete-delivery-address">
                收件地址：
                {props.address
                  ? `${props.address.recipientName} ${props.address.maskedPhone} ${props.address.address}（${props.address.postcode}）`
                  : '申请人尚未选择收件地址'}
              </p>
            </>
          )}
        </>
      )}
    </ActionForm>
  );
}

/**
 * 办理: one form per action the API says the clerk may take on this case now (`availableActions`), as tabs, in
 * plain HTML through server actions (no UI library or client-side GraphQL). After an action the page's data is
 * loaded again, so the status, timeline and open actions follow.
 */
export function CaseActions(props: {
  case: FragmentType<typeof CaseActions_CaseFragment>;
  actions: CaseServerActions;
}) {
  const c = useFragment(CaseActions_CaseFragment, props.case);
  const { actions } = props;
  const router = useRouter();
  const tabsId = useId();
  const [done, setDone] = useState<string | null>(null);
  const [chosen, setChosen] = useState<CaseAction | null>(null);
  const current = chosen && c.availableActions.includes(chosen) ? chosen : c.availableActions[0];

  const onDone = (action: CaseAction) => () => {
    setDone(CASE_ACTION_DONE_LABELS[action]);
    setChosen(null);
    router.refresh();
  };
  const caseId = c.id;
  const tomorrowOrLater = (day: string) => day > cstDayOf();

  const forms: Record<CaseAction, ReactNode> = {
    ACCEPT: (
      <ActionForm
        action="ACCEPT"
        onDone={onDone('ACCEPT')}
        check={(data) => ({ run: () => actions.accept(caseId, text(data, 'note') || null) })}
      >
        {(errors, prefix) => (
          <>
            <p className="text-secondary">材料齐全、符合法定形式的，予以受理。</p>
            <NoteField errors={errors} prefix={prefix} />
          </>
        )}
      </ActionForm>
    ),
    ACCEPT_ON_COMMITMENT: (
      <ActionForm
        action="ACCEPT_ON_COMMITMENT"
        onDone={onDone('ACCEPT_ON_COMMITMENT')}
        check={(data) => {
          const day = text(data, 'commitmentDueDate');
          if (!day) return { errors: { commitmentDueDate: '请选择承诺补正期限' } };
          // The API requires a day after today (CST).
          if (!tomorrowOrLater(day)) return { errors: { commitmentDueDate: '承诺补正期限须晚于今天。' } };
          return { run: () => actions.accept(caseId, text(data, 'note') || null, day) };
        }}
      >
        {(errors, prefix) => (
          <>
            <p className="text-secondary">
              申请人书面承诺在期限内补齐所缺材料的，先予受理；逾期未补齐的，依法撤销。
            </p>
            <FormField
              id={`${prefix}-due`}
              label="承诺补正期限"
              required
              help="申请人须在该日24时前补齐材料（北京时间）。"
              error={errors.commitmentDueDate}
            >
              {(control) => (
                <input {...control} type="date" name="commitmentDueDate" className="text-input" />
              )}
            </FormField>
            <NoteField errors={errors} prefix={prefix} />
          </>
        )}
      </ActionForm>
    ),
    REJECT: (
      <ActionForm
        action="REJECT"
        danger
        onDone={onDone('REJECT')}
        check={(data) => {
          const reason = text(data, 'reason');
          if (!reason) return { errors: { reason: '请填写不予受理的理由' } };
          return { run: () => actions.reject(caseId, reason) };
        }}
      >
        {(errors, prefix) => (
          <ReasonField name="reason" label="不予受理理由" errors={errors} prefix={prefix} />
        )}
      </ActionForm>
    ),
    REQUEST_CORRECTION: (
      <ActionForm
        action="REQUEST_CORRECTION"
        onDone={onDone('REQUEST_CORRECTION')}
        check={(data) => {
          const chosenMaterials = data.getAll('missingMaterials').map((value) => String(value).trim());
          const typed = String(data.get('otherMaterials') ?? '')
            .split(/[，,\n]/)
            .map((name) => name.trim());
          const missingMaterials = [...new Set([...chosenMaterials, ...typed].filter(Boolean))];
          if (missingMaterials.length === 0) {
            return { errors: { missingMaterials: '请列出需要补正的全部材料' } };
          }
          return {
            run: () => actions.requestCorrection(caseId, missingMaterials, text(data, 'note') || null),
          };
        }}
      >
        {(errors, prefix) => (
          <>
            <Notice tone="info" title="一次性告知">
              请在一份补正通知中列出全部需要补正的材料。补正通知只能发出一次，发出后不能再次要求补正。
            </Notice>
            <FormFieldset
              id={`${prefix}-materials`}
              legend="需补正材料"
              required
              error={errors.missingMaterials}
              className="choice-group choice-group--column"
            >
              {c.item.materials.map((material) => (
                <label key={material.name} className="choice-group__choice">
                  <input type="checkbox" name="missingMaterials" value={material.name} />
                  {material.name}
                </label>
              ))}
            </FormFieldset>
            <FormField
              id={`${prefix}-other`}
              label="其他材料"
              help="不在上面的材料，输入名称，多个以逗号分隔。"
            >
              {(control) => (
                <input {...control} name="otherMaterials" maxLength={500} className="text-input" />
              )}
            </FormField>
            <NoteField errors={errors} prefix={prefix} />
          </>
        )}
      </ActionForm>
    ),
    START_PROCESSING: (
      <ActionForm
        action="START_PROCESSING"
        onDone={onDone('START_PROCESSING')}
        check={() => ({ run: () => actions.startProcessing(caseId) })}
      >
        {() => <p className="text-secondary">开始办理后，办件状态变为“部门办理中”。</p>}
      </ActionForm>
    ),
    COMPLETE: (
      <CompleteForm
        caseId={caseId}
        actions={actions}
        onDone={onDone('COMPLETE')}
        address={c.deliveryAddress ?? null}
      />
    ),
  };

  let idle: string | undefined;
  if (c.availableActions.length === 0) {
    idle =
      c.status === 'COMPLETED' || c.status === 'REJECTED'
        ? '该办件已办结，无需再办理。'
        : '该办件当前没有可办理的操作。';
  }

  return (
    <section
      className="case-actions action-card"
      data-testid="case-actions"
      aria-labelledby={`${tabsId}-title`}
    >
      <h2 id={`${tabsId}-title`} className="action-card__title">
        办理
      </h2>
      {done && <Notice tone="success" role="status" title={done} />}
      {c.status === 'CORRECTION_REQUIRED' && (
        <p className="text-secondary">已发出补正通知，等待申请人补正材料后重新提交。</p>
      )}
      {idle ? (
        <p className="text-secondary">{idle}</p>
      ) : (
        <div key={c.availableActions.join()}>
          <div role="tablist" aria-label="办理操作" className="action-tabs">
            {c.availableActions.map((action) => (
              <button
                key={action}
                type="button"
                role="tab"
                id={`${tabsId}-${action}-tab`}
                aria-selected={action === current}
                aria-controls={`${tabsId}-${action}-panel`}
                tabIndex={action === current ? 0 : -1}
                className={
                  action === current ? 'action-tabs__tab action-tabs__tab--current' : 'action-tabs__tab'
                }
                onClick={() => setChosen(action)}
              >
                {CASE_ACTION_LABELS[action]}
              </button>
            ))}
          </div>
          {c.availableActions.map((action) => (
            <div
              key={action}
              role="tabpanel"
              id={`${tabsId}-${action}-panel`}
              aria-labelledby={`${tabsId}-${action}-tab`}
              hidden={action !== current}
            >
              {forms[action]}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

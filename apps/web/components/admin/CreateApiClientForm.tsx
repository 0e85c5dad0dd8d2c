'use client';

import { useActionState, useState } from 'react';
import { createApiClientAction, type CreateClientState } from './api-client-actions';
import { FormField } from '@/components/form/FormField';
import { FormFieldset } from '@/components/form/FormFieldset';
import { PendingButton } from '@/components/form/PendingButton';
import { OneTimeSecret } from './OneTimeSecret';

/** The scopes an admin may grant, with what each lets the partner system do. */
const SCOPES = [
  { value: 'cases:sync', label: 'cases:sync（同步办件）' },
  { value: 'cases:read', label: 'cases:read（读取办件）' },
  { value: 'evaluations:read', label: 'evaluations:read（读取评价）' },
  { value: 'licenses:publish', label: 'licenses:publish（发布证照）' },
];

const INITIAL: CreateClientState = {
  fieldErrors: {},
  others: [],
  values: { name: '', clientId: '', departmentId: '', scopes: [], rateLimitPoints: '' },
};

/**
 * 新建接入系统: 系统名称, client_id, 审批部门, 权限范围 and the hour's 额度. A plain form whose action runs on the
 * server (it works before hydration); refusals show beside their field with what was typed kept, and the new
 * secret shows above the form, once.
 */
export function CreateApiClientForm(props: { departments: readonly { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createApiClientAction, INITIAL);
  const [closed, setClosed] = useState<CreateClientState | null>(null);
  const { fieldErrors, values } = state;
  return (
    <>
      {state.created && closed !== state && (
        <OneTimeSecret shown={state.created} onClose={() => setClosed(state)} />
      )}
      {/* Remounted with what was typed after a refusal (uncontrolled fields keep their values across it). */}
      <form action={action} className="plain-form" noValidate key={JSON.stringify(values)}>
        {state.others.length > 0 && (
          <div role="alert" className="form-alert form-alert--error">
            {state.others.join(' ')}
          </div>
        )}
        <FormField id="client-name" label="系统名称" required error={fieldErrors.name}>
          {(control) => (
            <input
              {...control}
              name="name"
              className="text-input"
              maxLength={100}
              defaultValue={values.name}
            />
          )}
        </FormField>
        <FormField
          id="client-id"
          label="client_id"
          required
          help="3–63 个小写字母、数字或 “-”，对方系统获取令牌时使用，创建后不能修改。"
          error={fieldErrors.clientId}
        >
          {(control) => (
            <input
              {...control}
              name="clientId"
              className="text-input"
              maxLength={63}
              autoComplete="off"
              spellCheck={false}
              defaultValue={values.clientId}
            />
          )}
        </FormField>
        <FormField id="client-department" label="审批部门" required error={fieldErrors.departmentId}>
          {(control) => (
            <select
              {...control}
              name="departmentId"
              className="select-input"
              defaultValue={values.departmentId}
            >
              <option value="">请选择审批部门</option>
              {props.departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormFieldset
          id="client-scopes"
          legend="权限范围（至少一项）"
          required
          error={fieldErrors.scopes}
          className="choice-group"
        >
          {SCOPES.map((scope) => (
            <label key={scope.value} className="choice-group__choice">
              <input
                type="checkbox"
                name="scopes"
                value={scope.value}
                defaultChecked={values.scopes.includes(scope.value)}
              />
              {scope.label}
            </label>
          ))}
        </FormFieldset>
        <FormField
          id="client-points"
          label="每小时额度（点，留空为默认）"
          error={fieldErrors.rateLimitPoints}
        >
          {(control) => (
            <input
              {...control}
              name="rateLimitPoints"
              className="text-input"
              inputMode="numeric"
              maxLength={8}
              autoComplete="off"
              defaultValue={values.rateLimitPoints}
            />
          )}
        </FormField>
        <PendingButton type="submit" primary pending={pending}>
          创建
        </PendingButton>
      </form>
    </>
  );
}

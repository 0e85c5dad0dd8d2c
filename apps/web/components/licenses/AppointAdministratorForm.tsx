'use client';

import { useActionState } from 'react';
import { FormField } from '@/components/form/FormField';
import { PendingSubmit } from '@/components/form/PendingSubmit';
import { appointAdministratorAction, type AppointFormState } from './actions';

/**
 * 指定管理员 by 身份证号: a server-action form (works before hydration); the number is checked before it is
 * sent, and the API's refusals (未找到该身份证号对应的实名用户 …) show beside it, what was typed kept.
 */
export function AppointAdministratorForm(props: { licenseId: string; full: boolean }) {
  const [state, action] = useActionState<AppointFormState, FormData>(appointAdministratorAction, {
    fieldErrors: {},
    others: [],
    idNumber: '',
  });
  const id = `appoint-${props.licenseId}`;
  return (
    <form action={action} className="license-appoint" noValidate key={state.idNumber}>
      <input type="hidden" name="licenseId" value={props.licenseId} />
      {state.others.length > 0 && (
        <p role="alert" className="form-alert form-alert--error">
          {state.others.join(' ')}
        </p>
      )}
      <fieldset disabled={props.full} className="license-appoint__row">
        <FormField id={id} label="身份证号" required error={state.fieldErrors.idNumber}>
          {(control) => (
            <input
              {...control}
              name="idNumber"
              className="text-input"
              maxLength={18}
              autoComplete="off"
              defaultValue={state.idNumber}
              placeholder="被指定人的居民身份证号"
            />
          )}
        </FormField>
        <PendingSubmit primary>指定管理员</PendingSubmit>
      </fieldset>
    </form>
  );
}

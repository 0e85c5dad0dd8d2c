'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { FieldError } from '@/components/form/FieldError';
import { PendingButton } from '@/components/form/PendingButton';
import { saveAddressAction, type AddressFormState } from './actions';

type Field = { name: 'recipientName' | 'phone' | 'address' | 'postcode'; label: string };

/**
 * 新增地址, or 编辑地址 of `editing`: a plain form whose action runs on the server (works before hydration);
 * refusals show beside their field, what was typed is kept.
 */
export function AddressForm(props: {
  editing?: { id: string; recipientName: string; maskedPhone: string; address: string; postcode: string };
}) {
  const { editing } = props;
  const [state, action, pending] = useActionState<AddressFormState, FormData>(saveAddressAction, {
    fieldErrors: {},
    others: [],
    values: {
      recipientName: editing?.recipientName ?? '',
      phone: '',
      address: editing?.address ?? '',
      postcode: editing?.postcode ?? '',
      isDefault: false,
    },
  });
  const { fieldErrors, values } = state;
  const describedBy = (field: Field['name'], extra?: string) =>
    [fieldErrors[field] && `address-${field}-error`, extra].filter(Boolean).join(' ') || undefined;
  const input = (field: Field, attributes: Record<string, unknown>) => (
    <div className="plain-form__field">
      <label htmlFor={`address-${field.name}`}>{field.label}</label>
      <input
        id={`address-${field.name}`}
        name={field.name}
        className="text-input"
        defaultValue={values[field.name]}
        aria-invalid={Boolean(fieldErrors[field.name])}
        aria-describedby={describedBy(field.name, attributes['aria-describedby'] as string | undefined)}
        {...attributes}
      />
      <FieldError id={`address-${field.name}-error`} message={fieldErrors[field.name]} />
    </div>
  );
  return (
    <form action={action} className="plain-form narrow-form" noValidate key={JSON.stringify(values)}>
      <h2 className="section__title">{editing ? '编辑地址' : '新增地址'}</h2>
      {editing && <input type="hidden" name="addressId" value={editing.id} />}
      {state.others.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          {state.others.join(' ')}
        </div>
      )}
      {input({ name: 'recipientName', label: '收件人' }, { maxLength: 30, autoComplete: 'name' })}
      {input(
        { name: 'phone', label: '手机号' },
        {
          maxLength: 11,
          inputMode: 'numeric',
          autoComplete: 'tel',
          'aria-describedby': editing ? 'address-phone-extra' : undefined,
        },
      )}
      {editing && (
        <p id="address-phone-extra" className="plain-form__extra">
          当前 {editing.maskedPhone}，不修改请留空
        </p>
      )}
      <div className="plain-form__field">
        <label htmlFor="address-address">详细地址</label>
        <textarea
          id="address-address"
          name="address"
          className="text-input"
          rows={2}
          maxLength={120}
          autoComplete="street-address"
          defaultValue={values.address}
          aria-invalid={Boolean(fieldErrors.address)}
          aria-describedby={describedBy('address')}
        />
        <FieldError id="address-address-error" message={fieldErrors.address} />
      </div>
      {input(
        { name: 'postcode', label: '邮政编码' },
        { maxLength: 6, inputMode: 'numeric', autoComplete: 'postal-code', style: { width: 140 } },
      )}
      <label className="choice">
        <input type="checkbox" name="isDefault" defaultChecked={values.isDefault} />
        设为默认地址
      </label>
      <div className="case-row-actions">
        <PendingButton type="submit" primary pending={pending}>
          {editing ? '保存' : '添加地址'}
        </PendingButton>
        {editing && (
          <Link className="button" href="/personal/delivery/addresses">
            取消
          </Link>
        )}
      </div>
    </form>
  );
}

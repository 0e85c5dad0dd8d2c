import type { CaseStatus } from '../generated/prisma/client.ts';
import { MOBILE_SHAPE } from '../account/index.ts';
import { userError, type UserError } from '../lib/errors.ts';

/** 邮政编码: 6 digits (a check constraint says the same). */
export const POSTCODE_SHAPE = /^[0-9]{6}$/;
export const RECIPIENT_NAME_MAX = 30;
export const ADDRESS_MIN = 5;
export const ADDRESS_MAX = 120;

/** The statuses in which the applicant may still choose (or change) where the result is posted. */
export const ADDRESS_CHOOSABLE_STATUSES: readonly CaseStatus[] = [
  'DRAFT',
  'RECEIVED',
  'ACCEPTED',
  'IN_PROGRESS',
  'CORRECTION_REQUIRED',
  'ACCEPTED_ON_COMMITMENT',
];

export interface AddressFields {
  recipientName: string;
  phone?: string | null;
  address: string;
  postcode: string;
  isDefault?: boolean | null;
}

/** The fields trimmed, and every rule they break, each at its field (`phone` required unless `keepPhone`). */
export function checkAddressFields(
  fields: AddressFields,
  keepPhone: boolean,
): { value: AddressFields; errors: UserError[] } {
  const at = (name: string) => ['input', 'fields', name];
  const value = {
    recipientName: fields.recipientName.trim(),
    phone: fields.phone?.replace(/\s/g, '') || null,
    address: fields.address.trim(),
    postcode: fields.postcode.trim(),
    isDefault: fields.isDefault ?? false,
  };
  const errors: UserError[] = [];
  if (!value.recipientName) errors.push(userError('REQUIRED', '请填写收件人。', at('recipientName')));
  else if ([...value.recipientName].length > RECIPIENT_NAME_MAX) {
    errors.push(userError('INVALID', `收件人最多 ${RECIPIENT_NAME_MAX} 个字。`, at('recipientName')));
  }
  if (!value.phone) {
    if (!keepPhone) errors.push(userError('REQUIRED', '请填写手机号。', at('phone')));
  } else if (!MOBILE_SHAPE.test(value.phone)) {
    errors.push(userError('INVALID', '请输入 11 位手机号。', at('phone')));
  }
  const length = [...value.address].length;
  if (length < ADDRESS_MIN || length > ADDRESS_MAX) {
    errors.push(userError('INVALID', `详细地址须为 ${ADDRESS_MIN}–${ADDRESS_MAX} 个字。`, at('address')));
  }
  if (!POSTCODE_SHAPE.test(value.postcode)) {
    errors.push(userError('INVALID', '邮政编码须为 6 位数字。', at('postcode')));
  }
  return { value, errors };
}

'use server';

import { MOBILE_NUMBER } from '@hall/labels';
import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';
import { backWithOutcome } from '@/lib/back-with-outcome';
import { formRefusal, userErrorMessages } from '@/lib/mutation-outcome';

const AddMutation = graphql(`
  mutation AddDeliveryAddress($input: AddDeliveryAddressInput!) {
    addDeliveryAddress(input: $input) {
      address {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation UpdateDeliveryAddress($input: UpdateDeliveryAddressInput!) {
    updateDeliveryAddress(input: $input) {
      address {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const SetDefaultMutation = graphql(`
  mutation SetDefaultDeliveryAddress($input: DeliveryAddressRefInput!) {
    setDefaultDeliveryAddress(input: $input) {
      address {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DeleteMutation = graphql(`
  mutation DeleteDeliveryAddress($input: DeliveryAddressRefInput!) {
    deleteDeliveryAddress(input: $input) {
      deletedAddressId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const PATH = '/personal/delivery/addresses';
const FIELDS = ['recipientName', 'phone', 'address', 'postcode'] as const;
type FieldName = (typeof FIELDS)[number];

/** What the address form shows after a refused 添加 / 保存: messages by field, the rest above, what was typed. */
export type AddressFormState = {
  fieldErrors: Partial<Record<FieldName, string>>;
  others: string[];
  values: Record<FieldName, string> & { isDefault: boolean };
};

/** Back to 收件地址 saying what happened; `at` makes the page draw a fresh (empty) form after a success. */
function back(done: string, errors: string[] = []): never {
  return backWithOutcome(PATH, done, errors);
}

/**
 * 添加地址, or 保存 of the address being edited (`addressId`): the form's own rules first (nothing is sent
 * while a field is wrong), then the API's, each message beside its field.
 */
export async function saveAddressAction(
  _previous: AddressFormState,
  form: FormData,
): Promise<AddressFormState> {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const addressId = text('addressId');
  const values = {
    recipientName: text('recipientName'),
    phone: text('phone'),
    address: text('address'),
    postcode: text('postcode'),
    isDefault: form.get('isDefault') === 'on',
  };
  const fieldErrors: AddressFormState['fieldErrors'] = {};
  if (!values.recipientName) fieldErrors.recipientName = '请填写收件人';
  if (!values.phone && !addressId) fieldErrors.phone = '请填写手机号';
  else if (values.phone && !MOBILE_NUMBER.pattern.test(values.phone))
    fieldErrors.phone = MOBILE_NUMBER.message;
  if (!values.address) fieldErrors.address = '请填写详细地址';
  if (!/^\d{6}$/.test(values.postcode)) fieldErrors.postcode = '邮政编码须为 6 位数字';
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, others: [], values };

  const fields = { ...values, phone: values.phone || null };
  const userErrors = addressId
    ? (await serverMutation(UpdateMutation, { input: { addressId, fields } })).updateDeliveryAddress
        .userErrors
    : (await serverMutation(AddMutation, { input: { fields } })).addDeliveryAddress.userErrors;
  if (userErrors.length > 0) {
    return { ...formRefusal(userErrors, FIELDS), values };
  }
  back(addressId ? 'saved' : 'added');
}

/** 设为默认. */
export async function setDefaultAddressAction(form: FormData) {
  const input = { addressId: String(form.get('addressId') ?? '') };
  const result = await serverMutation(SetDefaultMutation, { input });
  back('default', userErrorMessages(result.setDefaultDeliveryAddress.userErrors));
}

/** 删除 (after 确定删除). */
export async function deleteAddressAction(form: FormData) {
  const input = { addressId: String(form.get('addressId') ?? '') };
  const result = await serverMutation(DeleteMutation, { input });
  back('deleted', userErrorMessages(result.deleteDeliveryAddress.userErrors));
}

'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { App, Button, Checkbox, Form, Input, Popconfirm, Tag } from 'antd';
import { useMutation } from '@urql/next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { AddressBook_AddressFragment as Address } from '@/gql/graphql';
import { MOBILE_NUMBER } from '@hall/labels';
import { useFormSubmission } from '@/lib/use-form-submission';
import { useRefreshingMutation } from '@/lib/use-refreshing-mutation';
import { FormAlert } from '@/components/layout/FormAlert';
import { Title } from '@/components/typography';

export const AddressBook_AddressFragment = graphql(`
  fragment AddressBook_Address on DeliveryAddress {
    id
    recipientName
    maskedPhone
    address
    postcode
    isDefault
  }
`);

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

type Fields = {
  recipientName: string;
  phone?: string;
  address: string;
  postcode: string;
  isDefault?: boolean;
};

const FIELD_NAMES = ['recipientName', 'phone', 'address', 'postcode'] as const;

/** 新增地址 or 编辑地址: the API checks every rule; its refusals go next to their fields. */
function AddressForm({ editing, onDone }: { editing: Address | null; onDone: () => void }) {
  const [form] = Form.useForm<Fields>();
  const [, add] = useMutation(AddMutation);
  const [, update] = useMutation(UpdateMutation);
  const { alert, pending, submit } = useFormSubmission({ form, fields: FIELD_NAMES });
  const { message } = App.useApp();
  const router = useRouter();

  async function onFinish(values: Fields) {
    const fields = {
      recipientName: values.recipientName,
      phone: values.phone?.trim() || null,
      address: values.address,
      postcode: values.postcode,
      isDefault: values.isDefault ?? false,
    };
    const saved = editing
      ? await submit(
          () => update({ input: { addressId: editing.id, fields } }),
          (data) => data.updateDeliveryAddress,
        )
      : await submit(
          () => add({ input: { fields } }),
          (data) => data.addDeliveryAddress,
        );
    if (!saved) return;
    message.success(editing ? '地址已保存' : '地址已添加');
    form.resetFields();
    onDone();
    router.refresh();
  }

  return (
    <Form
      form={form}
      name={editing ? 'edit-address' : 'add-address'}
      layout="vertical"
      className="narrow-form"
      disabled={pending}
      onFinish={onFinish}
      initialValues={
        editing
          ? { recipientName: editing.recipientName, address: editing.address, postcode: editing.postcode }
          : undefined
      }
    >
      <Title level={2}>{editing ? '编辑地址' : '新增地址'}</Title>
      <FormAlert messages={alert} />
      <Form.Item
        name="recipientName"
        label="收件人"
        rules={[{ required: true, whitespace: true, message: '请填写收件人' }]}
      >
        <Input maxLength={30} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="phone"
        label="手机号"
        extra={editing ? `当前 ${editing.maskedPhone}，不修改请留空` : undefined}
        rules={[
          { required: !editing, message: '请填写手机号' },
          { pattern: MOBILE_NUMBER.pattern, message: MOBILE_NUMBER.message },
        ]}
      >
        <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
      </Form.Item>
      <Form.Item
        name="address"
        label="详细地址"
        rules={[{ required: true, whitespace: true, message: '请填写详细地址' }]}
      >
        <Input.TextArea rows={2} maxLength={120} autoComplete="street-address" />
      </Form.Item>
      <Form.Item
        name="postcode"
        label="邮政编码"
        rules={[{ required: true, pattern: /^\d{6}$/, message: '邮政编码须为 6 位数字' }]}
      >
        <Input maxLength={6} inputMode="numeric" autoComplete="postal-code" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="isDefault" valuePropName="checked">
        <Checkbox>设为默认地址</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {editing ? '保存' : '添加地址'}
      </Button>
      {editing && (
        <Button style={{ marginLeft: 8 }} onClick={onDone}>
          取消
        </Button>
      )}
    </Form>
  );
}

function AddressActions({ address, onEdit }: { address: Address; onEdit: () => void }) {
  const setDefault = useRefreshingMutation(SetDefaultMutation, (data) => data.setDefaultDeliveryAddress);
  const remove = useRefreshingMutation(DeleteMutation, (data) => data.deleteDeliveryAddress);
  const input = { addressId: address.id };
  return (
    <span className="case-row-actions">
      <Button size="small" onClick={onEdit} aria-label={`编辑：${address.recipientName}`}>
        编辑
      </Button>
      {!address.isDefault && (
        <Button
          size="small"
          loading={setDefault.pending}
          aria-label={`设为默认：${address.recipientName}`}
          onClick={() => setDefault.act({ input }, '已设为默认地址')}
        >
          设为默认
        </Button>
      )}
      <Popconfirm
        title="删除该地址？"
        okText="删除"
        cancelText="取消"
        onConfirm={() => remove.act({ input }, '地址已删除')}
      >
        <Button size="small" danger loading={remove.pending} aria-label={`删除：${address.recipientName}`}>
          删除
        </Button>
      </Popconfirm>
    </span>
  );
}

/** 收件地址: the person's addresses, default first, with 编辑 / 设为默认 / 删除, and the form to add one. */
export function AddressBook(props: {
  addresses: readonly FragmentType<typeof AddressBook_AddressFragment>[];
}) {
  const addresses = useFragment(AddressBook_AddressFragment, props.addresses);
  const [editing, setEditing] = useState<Address | null>(null);
  return (
    <>
      <ul className="address-list" aria-label="收件地址列表" data-testid="address-list">
        {addresses.map((address) => (
          <li key={address.id} className="address-list__item">
            <div>
              <strong>{address.recipientName}</strong> {address.maskedPhone}{' '}
              {address.isDefault && <Tag color="blue">默认</Tag>}
            </div>
            <div>
              {address.address}（{address.postcode}）
            </div>
            <AddressActions address={address} onEdit={() => setEditing(address)} />
          </li>
        ))}
      </ul>
      {addresses.length === 0 && <p>暂无收件地址。</p>}
      <AddressForm key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditing(null)} />
    </>
  );
}

'use client';

import { Form, Input } from 'antd';

/**
 * A new password and its confirmation, under the API's password rule (`passwordRule`, shown as the hint):
 * 注册, 找回密码 and 修改密码 ask for it the same way. `label` is 密码 or 新密码; the confirmation and the
 * messages follow from it.
 */
export function NewPasswordFields(props: {
  name: string;
  confirmName: string;
  label: '密码' | '新密码';
  passwordRule: string;
  /** added to the rule in the hint, e.g. 「不能与当前密码相同」 */
  ruleNote?: string;
}) {
  const { name, label } = props;
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        extra={`${props.passwordRule}${props.ruleNote ? `，${props.ruleNote}` : ''}。`}
        rules={[{ required: true, message: `请输入${label}` }]}
      >
        <Input.Password autoComplete="new-password" maxLength={256} />
      </Form.Item>
      <Form.Item
        name={props.confirmName}
        label={`确认${label}`}
        dependencies={[name]}
        rules={[
          { required: true, message: `请再次输入${label}` },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue(name)
                ? Promise.resolve()
                : Promise.reject(new Error(`两次输入的${label}不一致`)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={256} />
      </Form.Item>
    </>
  );
}

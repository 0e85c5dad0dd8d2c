'use client';

import { Form, Input, Space, type FormInstance } from 'antd';
import { MOBILE_NUMBER } from '@hall/labels';
import type { PhoneCodePurpose } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { SendCodeButton } from './SendCodeButton';

/**
 * 手机号 and 短信验证码 with 获取验证码, in a form whose fields are named `phone` and `code` (注册, 找回密码,
 * 修改手机号). The number is checked by the rule the API checks (MOBILE_NUMBER in @hall/labels).
 */
export function PhoneCodeFields(props: {
  form: FormInstance;
  purpose: PhoneCodePurpose;
  phoneLabel: string;
  /** Minutes a code stays valid, stated under the code field when given. */
  codeMinutes?: number;
}) {
  return (
    <>
      <Form.Item
        name="phone"
        label={props.phoneLabel}
        rules={[
          { required: true, message: '请输入手机号' },
          { pattern: MOBILE_NUMBER.pattern, message: MOBILE_NUMBER.message },
        ]}
      >
        <Input inputMode="numeric" autoComplete="tel" maxLength={MOBILE_NUMBER.length} />
      </Form.Item>
      <Form.Item
        label="短信验证码"
        required
        extra={props.codeMinutes ? `验证码 ${props.codeMinutes} 分钟内有效。` : undefined}
      >
        <Space.Compact block>
          <Form.Item name="code" noStyle rules={[{ required: true, message: '请输入短信验证码' }]}>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} aria-label="短信验证码" />
          </Form.Item>
          <SendCodeButton form={props.form} purpose={props.purpose} />
        </Space.Compact>
      </Form.Item>
    </>
  );
}

/** What a form says when the API locked code entry after too many wrong codes (`lockedUntil`). */
export const codeLockedMessage = (lockedUntil: string) =>
  `验证码错误次数过多，请于 ${formatDateTime(lockedUntil)} 后再试`;

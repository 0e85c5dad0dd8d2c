'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { useFormSubmission } from '@/lib/use-form-submission';
import { NewPasswordFields } from '@/components/account/NewPasswordFields';
import { FormAlert } from '@/components/layout/FormAlert';
import { SendCodeButton } from './SendCodeButton';
import { MOBILE_RULE } from '@/lib/mobile-rule';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      revokedSessions
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Fields = { phone: string; code: string; newPassword: string; confirm: string };

/** 找回密码: the registered mobile, the code sent to it, and the new password twice (the API's rule stated). */
export function ForgotPasswordForm({ passwordRule }: { passwordRule: string }) {
  const [form] = Form.useForm<Fields>();
  const [, reset] = useMutation(ResetPasswordMutation);
  const [done, setDone] = useState(false);
  const { alert, setAlert, pending, submit } = useFormSubmission({
    form,
    fields: ['phone', 'code', 'newPassword'],
  });

  async function onFinish({ phone, code, newPassword }: Fields) {
    const payload = await submit(
      () => reset({ input: { phone, code, newPassword } }),
      (data) => data.resetPassword,
      (refused) => {
        if (refused.lockedUntil)
          setAlert([`验证码错误次数过多，请于 ${formatDateTime(refused.lockedUntil)} 后再试`]);
      },
    );
    if (payload) setDone(true);
  }

  if (done) {
    return (
      <Alert
        type="success"
        showIcon
        message="密码已重置"
        description={
          <>
            所有设备上的登录均已退出。请使用新密码<Link href="/login">登录</Link>。
          </>
        }
      />
    );
  }

  return (
    <Form
      form={form}
      name="forgot-password"
      layout="vertical"
      disabled={pending}
      onFinish={onFinish}
      requiredMark={false}
    >
      <FormAlert messages={alert} />
      <Form.Item
        name="phone"
        label="注册手机号"
        rules={[{ required: true, message: '请输入手机号' }, MOBILE_RULE]}
      >
        <Input inputMode="numeric" autoComplete="tel" maxLength={11} />
      </Form.Item>
      <Form.Item label="短信验证码" required>
        <Space.Compact block>
          <Form.Item name="code" noStyle rules={[{ required: true, message: '请输入短信验证码' }]}>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} aria-label="短信验证码" />
          </Form.Item>
          <SendCodeButton form={form} purpose="RESET_PASSWORD" />
        </Space.Compact>
      </Form.Item>
      <NewPasswordFields
        name="newPassword"
        confirmName="confirm"
        label="新密码"
        passwordRule={passwordRule}
      />
      <Button type="primary" htmlType="submit" loading={pending} block>
        重置密码
      </Button>
    </Form>
  );
}

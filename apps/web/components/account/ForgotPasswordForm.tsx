'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Alert, Button, Form } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { useFormSubmission } from '@/lib/use-form-submission';
import { NewPasswordFields } from '@/components/account/NewPasswordFields';
import { FormAlert } from '@/components/layout/FormAlert';
import { codeLockedMessage, PhoneCodeFields } from './PhoneCodeFields';

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
        if (refused.lockedUntil) setAlert([codeLockedMessage(refused.lockedUntil)]);
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
      <PhoneCodeFields form={form} purpose="RESET_PASSWORD" phoneLabel="注册手机号" />
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

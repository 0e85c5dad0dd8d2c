'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, Button, Form, Input } from 'antd';
import { signIn } from 'next-auth/react';

type Values = { login: string; password: string };

/** The same message whether the account exists or not. */
const INVALID_CREDENTIALS = '账号或密码错误';
const UNAVAILABLE = '登录服务暂时不可用，请稍后再试';
const LOCKED = '登录失败次数过多，请 15 分钟后再试';

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function onFinish({ login, password }: Values) {
    setSubmitting(true);
    setError(null);
    try {
      const result = await signIn('credentials', { redirect: false, login: login.trim(), password });
      if (result?.ok && !result.error) {
        router.replace(callbackPath);
        router.refresh();
        return;
      }
      setError(
        result?.error === 'CredentialsSignin'
          ? INVALID_CREDENTIALS
          : result?.error === 'TOO_MANY_ATTEMPTS'
            ? LOCKED
            : UNAVAILABLE,
      );
    } catch {
      setError(UNAVAILABLE);
    }
    setSubmitting(false);
  }

  return (
    // method="post" keeps the password out of the URL should the form be submitted before hydration.
    <Form<Values>
      layout="vertical"
      method="post"
      requiredMark={false}
      onFinish={onFinish}
      disabled={submitting}
    >
      {error && <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />}
      <Form.Item
        label="身份证号/手机号"
        name="login"
        rules={[{ required: true, whitespace: true, message: '请输入身份证号或手机号' }]}
      >
        <Input autoComplete="username" maxLength={32} />
      </Form.Item>
      <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password autoComplete="current-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting}>
        登录
      </Button>
    </Form>
  );
}

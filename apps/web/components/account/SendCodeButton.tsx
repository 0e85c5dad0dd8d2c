'use client';

import { useEffect, useState } from 'react';
import { Button, type FormInstance } from 'antd';
import { useMutation } from '@urql/next';
import { graphql, useFragment } from '@/gql';
import type { PhoneCodePurpose } from '@/gql/graphql';
import { UserErrorFieldsFragment } from '@/lib/mutation-outcome';
import { requestErrorMessage } from '@/lib/user-errors';

const SendPhoneCodeMutation = graphql(`
  mutation SendPhoneCode($input: SendPhoneCodeInput!) {
    sendPhoneCode(input: $input) {
      expiresAt
      retryAt
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const WAIT_SECONDS = 60;

/**
 * 获取验证码 beside a form's 手机号 field: sends the code for `purpose`, then counts down a minute (the API
 * allows one code a minute per number). The API's refusal goes to the phone field.
 */
export function SendCodeButton({ form, purpose }: { form: FormInstance; purpose: PhoneCodePurpose }) {
  const [{ fetching }, send] = useMutation(SendPhoneCodeMutation);
  const [wait, setWait] = useState(0);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function onClick() {
    try {
      await form.validateFields(['phone']);
    } catch {
      return;
    }
    const result = await send({ input: { phone: form.getFieldValue('phone'), purpose } });
    const payload = result.data?.sendPhoneCode;
    if (!payload) {
      form.setFields([
        { name: 'phone', errors: [requestErrorMessage(result.error ?? { graphQLErrors: [] })] },
      ]);
      return;
    }
    const errors = useFragment(UserErrorFieldsFragment, payload.userErrors);
    if (errors.length > 0) {
      form.setFields([{ name: 'phone', errors: errors.map((error) => error.message) }]);
      return;
    }
    setWait(WAIT_SECONDS);
  }

  return (
    <Button onClick={onClick} loading={fetching} disabled={wait > 0}>
      {wait > 0 ? `${wait} 秒后重新获取` : '获取验证码'}
    </Button>
  );
}

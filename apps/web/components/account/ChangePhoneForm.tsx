'use client';

import { useRouter } from 'next/navigation';
import { App, Button, Form } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';
import { codeLockedMessage, PhoneCodeFields } from './PhoneCodeFields';

const ChangePhoneMutation = graphql(`
  mutation ChangePhone($input: ChangePhoneInput!) {
    changePhone(input: $input) {
      user {
        id
        maskedPhone
      }
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Fields = { phone: string; code: string };

/**
 * 修改手机号: the new number and the code sent to it (获取验证码 sends it there). The API's refusals go to their
 * field (a number another account has, a wrong or expired code); on success the page shows the new number.
 */
export function ChangePhoneForm({ codeMinutes }: { codeMinutes: number }) {
  const [form] = Form.useForm<Fields>();
  const [, change] = useMutation(ChangePhoneMutation);
  const { alert, setAlert, pending, submit } = useFormSubmission({ form, fields: ['phone', 'code'] });
  const { message } = App.useApp();
  const router = useRouter();

  async function onFinish({ phone, code }: Fields) {
    const payload = await submit(
      () => change({ input: { phone: phone.trim(), code: code.trim() } }),
      (data) => data.changePhone,
      (refused) => {
        if (refused.lockedUntil) setAlert([codeLockedMessage(refused.lockedUntil)]);
      },
    );
    if (!payload) return;
    form.resetFields();
    message.success(`手机号已修改为 ${payload.user?.maskedPhone ?? ''}`);
    router.refresh();
  }

  return (
    <Form
      form={form}
      name="change-phone"
      layout="vertical"
      disabled={pending}
      onFinish={onFinish}
      requiredMark={false}
      className="narrow-form"
    >
      <FormAlert messages={alert} />
      <PhoneCodeFields form={form} purpose="CHANGE_PHONE" phoneLabel="新手机号" codeMinutes={codeMinutes} />
      <Button type="primary" htmlType="submit" loading={pending}>
        确认修改
      </Button>
    </Form>
  );
}

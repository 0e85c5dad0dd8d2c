'use client';

import { useRouter } from 'next/navigation';
import { App, Button, Form, Input } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { useFormSubmission } from '@/lib/use-form-submission';
import { NewPasswordFields } from '@/components/account/NewPasswordFields';
import { FormAlert } from '@/components/layout/FormAlert';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      revokedSessions
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Fields = { currentPassword: string; newPassword: string; confirmPassword: string };

/**
 * 修改密码: the current password and the new one twice. The API checks the rule and the current password;
 * its `userErrors` go next to their fields. On success every other session of the user is signed out.
 */
export function ChangePasswordForm({ passwordRule }: { passwordRule: string }) {
  const [form] = Form.useForm<Fields>();
  const [, change] = useMutation(ChangePasswordMutation);
  const { alert, setAlert, pending, submit } = useFormSubmission({
    form,
    fields: ['currentPassword', 'newPassword'],
  });
  const { message } = App.useApp();
  const router = useRouter();

  async function onFinish({ currentPassword, newPassword }: Fields) {
    const payload = await submit(
      () => change({ input: { currentPassword, newPassword } }),
      (data) => data.changePassword,
      (refused) => {
        if (refused.lockedUntil)
          setAlert([`错误次数过多，请于 ${formatDateTime(refused.lockedUntil)} 后再试`]);
      },
    );
    if (!payload) return;
    form.resetFields();
    const others = payload.revokedSessions ?? 0;
    message.success(others > 0 ? `密码已修改，其他 ${others} 个设备已退出登录` : '密码已修改');
    router.refresh();
  }

  return (
    <Form
      form={form}
      name="change-password"
      layout="vertical"
      disabled={pending}
      onFinish={onFinish}
      className="narrow-form"
    >
      <FormAlert messages={alert} />
      <Form.Item
        name="currentPassword"
        label="当前密码"
        rules={[{ required: true, message: '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" maxLength={256} />
      </Form.Item>
      <NewPasswordFields
        name="newPassword"
        confirmName="confirmPassword"
        label="新密码"
        passwordRule={passwordRule}
        ruleNote="不能与当前密码相同"
      />
      <Button type="primary" htmlType="submit" loading={pending}>
        修改密码
      </Button>
    </Form>
  );
}

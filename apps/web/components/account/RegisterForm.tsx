'use client';

import { useRouter } from 'next/navigation';
import { Button, Checkbox, Form, Input } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { signInWithPassword } from '@/lib/auth-client';
import { useFormSubmission } from '@/lib/use-form-submission';
import { NewPasswordFields } from '@/components/account/NewPasswordFields';
import { FormAlert } from '@/components/layout/FormAlert';
import { codeLockedMessage, PhoneCodeFields } from './PhoneCodeFields';

const RegisterAccountMutation = graphql(`
  mutation RegisterAccount($input: RegisterAccountInput!) {
    registerAccount(input: $input) {
      user {
        id
      }
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export type ConsentDoc = { version: string; title: string; body: readonly string[] };
type Fields = {
  phone: string;
  code: string;
  name: string;
  password: string;
  confirm: string;
  agree: boolean;
};

/**
 * 注册: 手机号 with 获取验证码, 验证码, 姓名, 密码 twice (the API's rule stated), and the agreement to 用户服务协议
 * and 个人信息处理规则 (their text shown here, their versions sent back). On success it signs in and opens 个人空间.
 */
export function RegisterForm(props: {
  passwordRule: string;
  codeMinutes: number;
  terms: ConsentDoc;
  privacyNotice: ConsentDoc;
}) {
  const [form] = Form.useForm<Fields>();
  const [, register] = useMutation(RegisterAccountMutation);
  const { alert, setAlert, pending, submit } = useFormSubmission({
    form,
    fields: ['phone', 'code', 'name', 'password'],
    aliases: { termsVersion: 'agree', privacyNoticeVersion: 'agree' },
  });
  const router = useRouter();

  async function onFinish({ phone, code, name, password }: Fields) {
    const payload = await submit(
      () =>
        register({
          input: {
            phone,
            code,
            name,
            password,
            termsVersion: props.terms.version,
            privacyNoticeVersion: props.privacyNotice.version,
          },
        }),
      (data) => data.registerAccount,
      (refused) => {
        if (refused.lockedUntil) setAlert([codeLockedMessage(refused.lockedUntil)]);
      },
    );
    if (!payload) return;
    const failure = await signInWithPassword(phone.trim(), password);
    router.replace(failure ? '/login' : '/personal');
    router.refresh();
  }

  return (
    <Form
      form={form}
      name="register"
      layout="vertical"
      disabled={pending}
      onFinish={onFinish}
      requiredMark={false}
    >
      <FormAlert messages={alert} />
      <PhoneCodeFields form={form} purpose="REGISTER" phoneLabel="手机号" codeMinutes={props.codeMinutes} />
      <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
        <Input autoComplete="name" maxLength={50} />
      </Form.Item>
      <NewPasswordFields
        name="password"
        confirmName="confirm"
        label="密码"
        passwordRule={props.passwordRule}
      />
      {[props.terms, props.privacyNotice].map((doc) => (
        <details key={doc.title} className="consent-doc">
          <summary>
            《{doc.title}》（版本 {doc.version}）
          </summary>
          {doc.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </details>
      ))}
      <Form.Item
        name="agree"
        valuePropName="checked"
        rules={[
          {
            validator: (_, value) =>
              value
                ? Promise.resolve()
                : Promise.reject(new Error('请阅读并同意用户服务协议和个人信息处理规则')),
          },
        ]}
      >
        <Checkbox>
          我已阅读并同意《{props.terms.title}》和《{props.privacyNotice.title}》
        </Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending} block>
        注册
      </Button>
    </Form>
  );
}

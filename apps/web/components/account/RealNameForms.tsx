'use client';

import { useRouter } from 'next/navigation';
import { Button, Form, Input } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import type { RealNameLevel } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';

const VerifyRealNameMutation = graphql(`
  mutation VerifyRealName($input: VerifyRealNameInput!) {
    verifyRealName(input: $input) {
      user {
        id
        realNameLevel
      }
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const VerifyRealPersonMutation = graphql(`
  mutation VerifyRealPerson($input: VerifyRealPersonInput!) {
    verifyRealPerson(input: $input) {
      user {
        id
        realNameLevel
      }
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const lockedMessage = (until: string) => `核验失败次数过多，请于 ${formatDateTime(until)} 后再试`;

/**
 * 实名认证 (姓名 + 身份证号, checked by the identity service), then 实人认证 (a face comparison). After a raise the
 * page goes back to `returnTo` (a same-site path the server checked) when an operation sent the user here.
 */
export function RealNameForms({ level, returnTo }: { level: RealNameLevel; returnTo: string | null }) {
  const router = useRouter();
  const done = () => {
    if (returnTo) router.push(returnTo);
    router.refresh();
  };
  return level === 'UNVERIFIED' ? (
    <RealNameForm onDone={done} />
  ) : level === 'REAL_NAME' ? (
    <RealPersonForm onDone={done} />
  ) : null;
}

function RealNameForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<{ name: string; idNumber: string }>();
  const [, verify] = useMutation(VerifyRealNameMutation);
  const { alert, setAlert, pending, submit } = useFormSubmission({ form, fields: ['name', 'idNumber'] });

  async function onFinish(input: { name: string; idNumber: string }) {
    const payload = await submit(
      () => verify({ input }),
      (data) => data.verifyRealName,
      (refused) => refused.lockedUntil && setAlert([lockedMessage(refused.lockedUntil)]),
    );
    if (payload) onDone();
  }

  return (
    <Form
      form={form}
      name="real-name"
      layout="vertical"
      disabled={pending}
      onFinish={onFinish}
      className="narrow-form"
    >
      <FormAlert messages={alert} />
      <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
        <Input autoComplete="name" maxLength={50} />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label="居民身份证号"
        extra="18 位，最后一位可以是 X。"
        rules={[{ required: true, message: '请输入身份证号' }]}
      >
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        提交实名认证
      </Button>
    </Form>
  );
}

function RealPersonForm({ onDone }: { onDone: () => void }) {
  const [, verify] = useMutation(VerifyRealPersonMutation);
  const { alert, setAlert, pending, submit } = useFormSubmission();

  async function onClick() {
    // The stand-in identity service takes any token; a real deployment gets it from the face SDK.
    const livenessToken = `stand-in-capture-${Date.now()}`;
    const payload = await submit(
      () => verify({ input: { livenessToken } }),
      (data) => data.verifyRealPerson,
      (refused) => refused.lockedUntil && setAlert([lockedMessage(refused.lockedUntil)]),
    );
    if (payload) onDone();
  }

  return (
    <div className="narrow-form">
      <FormAlert messages={alert} />
      <Button type="primary" onClick={onClick} loading={pending}>
        开始人脸核验（模拟服务）
      </Button>
    </div>
  );
}

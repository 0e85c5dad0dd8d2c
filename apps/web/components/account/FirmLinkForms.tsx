'use client';

import { useRouter } from 'next/navigation';
import { App, Button, Form, Input, Space } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';

const RequestFirmLinkMutation = graphql(`
  mutation RequestFirmLink($input: RequestFirmLinkInput!) {
    requestFirmLink(input: $input) {
      firmLink {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DecideFirmLinkMutation = graphql(`
  mutation DecideFirmLink($input: DecideFirmLinkInput!) {
    decideFirmLink(input: $input) {
      firmLink {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 关联企业: the firm's 统一社会信用代码; its legal representative then confirms. */
export function RequestFirmLinkForm() {
  const [form] = Form.useForm<{ creditCode: string }>();
  const [, request] = useMutation(RequestFirmLinkMutation);
  const { alert, pending, submit } = useFormSubmission({ form, fields: ['creditCode'] });
  const { message } = App.useApp();
  const router = useRouter();

  async function onFinish({ creditCode }: { creditCode: string }) {
    const payload = await submit(
      () => request({ input: { creditCode } }),
      (data) => data.requestFirmLink,
    );
    if (!payload) return;
    form.resetFields();
    message.success(
      payload.firmLink?.status === 'APPROVED' ? '已关联企业' : '申请已提交，等待法定代表人确认',
    );
    router.refresh();
  }

  return (
    <Form
      form={form}
      name="request-firm-link"
      layout="vertical"
      disabled={pending}
      onFinish={onFinish}
      className="narrow-form"
    >
      <FormAlert messages={alert} />
      <Form.Item
        name="creditCode"
        label="统一社会信用代码"
        extra="18 位数字或大写字母。"
        rules={[{ required: true, message: '请输入统一社会信用代码' }]}
      >
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        申请关联
      </Button>
    </Form>
  );
}

/** 同意 / 拒绝 of one pending request, for the firm's legal representative. */
export function DecideFirmLinkButtons({ linkId, requester }: { linkId: string; requester: string }) {
  const [, decide] = useMutation(DecideFirmLinkMutation);
  const { message } = App.useApp();
  const { pending, submit } = useFormSubmission({ report: (messages) => message.error(messages.join('；')) });
  const router = useRouter();

  async function onDecide(approve: boolean) {
    const payload = await submit(
      () => decide({ input: { linkId, approve } }),
      (data) => data.decideFirmLink,
    );
    if (!payload) return;
    message.success(approve ? '已同意' : '已拒绝');
    router.refresh();
  }

  return (
    <Space>
      <Button
        type="primary"
        size="small"
        loading={pending}
        onClick={() => onDecide(true)}
        aria-label={`同意${requester}的申请`}
      >
        同意
      </Button>
      <Button
        size="small"
        danger
        disabled={pending}
        onClick={() => onDecide(false)}
        aria-label={`拒绝${requester}的申请`}
      >
        拒绝
      </Button>
    </Space>
  );
}

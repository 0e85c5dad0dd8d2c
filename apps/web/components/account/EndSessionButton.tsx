'use client';

import { useRouter } from 'next/navigation';
import { App, Button, Popconfirm } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { useFormSubmission } from '@/lib/use-form-submission';

const EndSessionMutation = graphql(`
  mutation EndSession($input: EndSessionInput!) {
    endSession(input: $input) {
      session {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 退出 for one other device in 在线设备: asks first, then signs that device out at once. */
export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const [, end] = useMutation(EndSessionMutation);
  const { message } = App.useApp();
  const router = useRouter();
  const { pending, submit } = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });

  async function onConfirm() {
    if (
      await submit(
        () => end({ input: { sessionId } }),
        (data) => data.endSession,
      )
    ) {
      message.success('该设备已退出登录');
      router.refresh();
    }
  }

  return (
    <Popconfirm title={`让“${device}”退出登录？`} okText="退出" cancelText="取消" onConfirm={onConfirm}>
      <Button size="small" danger loading={pending} aria-label={`退出 ${device}`}>
        退出
      </Button>
    </Popconfirm>
  );
}

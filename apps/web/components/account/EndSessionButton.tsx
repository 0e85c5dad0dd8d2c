'use client';

import { Button, Popconfirm } from 'antd';
import { graphql } from '@/gql';
import { useRefreshingMutation } from '@/lib/use-refreshing-mutation';

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
  const { act, pending } = useRefreshingMutation(EndSessionMutation, (data) => data.endSession);
  const onConfirm = () => act({ input: { sessionId } }, '该设备已退出登录');

  return (
    <Popconfirm title={`让“${device}”退出登录？`} okText="退出" cancelText="取消" onConfirm={onConfirm}>
      <Button size="small" danger loading={pending} aria-label={`退出 ${device}`}>
        退出
      </Button>
    </Popconfirm>
  );
}

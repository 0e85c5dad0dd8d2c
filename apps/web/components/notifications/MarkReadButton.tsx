'use client';

import { Button } from 'antd';
import { graphql } from '@/gql';
import { useRefreshingMutation } from '@/lib/use-refreshing-mutation';

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      markedCount
      unreadCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 标为已读 for one notification, or 全部已读 without `notificationId`. */
export function MarkReadButton({ notificationId, label }: { notificationId?: string; label: string }) {
  const { act, pending } = useRefreshingMutation(
    MarkNotificationsReadMutation,
    (data) => data.markNotificationsRead,
  );
  const onClick = () =>
    act({ input: notificationId ? { notificationIds: [notificationId] } : { all: true } });

  return (
    <Button size="small" onClick={onClick} loading={pending}>
      {label}
    </Button>
  );
}

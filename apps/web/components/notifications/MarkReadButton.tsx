'use client';

import { useRouter } from 'next/navigation';
import { App, Button } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { useFormSubmission } from '@/lib/use-form-submission';

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
  const [, mark] = useMutation(MarkNotificationsReadMutation);
  const { message } = App.useApp();
  const router = useRouter();
  const { pending, submit } = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });

  async function onClick() {
    const input = notificationId ? { notificationIds: [notificationId] } : { all: true };
    if (
      await submit(
        () => mark({ input }),
        (data) => data.markNotificationsRead,
      )
    ) {
      router.refresh();
    }
  }

  return (
    <Button size="small" onClick={onClick} loading={pending}>
      {label}
    </Button>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { App, Button } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { useFormSubmission } from '@/lib/use-form-submission';

const RetryNationalReportMutation = graphql(`
  mutation RetryNationalReport($input: RetryNationalReportInput!) {
    retryNationalReport(input: $input) {
      report {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const TEXT = {
  national: { button: '重新上报', done: '已重新加入上报队列' },
  webhook: { button: '重新推送', done: '已重新加入推送队列' },
} as const;

/**
 * 重新上报 (a national report) or 重新推送 (a webhook delivery): due again now with a fresh series of attempts
 * and the same idempotency key / delivery id.
 */
export function DeliveryRetryButton(props: { kind: keyof typeof TEXT; id: string; label: string }) {
  const [, retryReport] = useMutation(RetryNationalReportMutation);
  const [, redeliver] = useMutation(RedeliverWebhookMutation);
  const { message } = App.useApp();
  const { pending, submit } = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });
  const router = useRouter();

  async function send() {
    const accepted =
      props.kind === 'national'
        ? await submit(
            () => retryReport({ input: { reportId: props.id } }),
            (data) => data.retryNationalReport,
          )
        : await submit(
            () => redeliver({ input: { deliveryId: props.id } }),
            (data) => data.redeliverWebhook,
          );
    if (!accepted) return;
    message.success(TEXT[props.kind].done);
    router.refresh();
  }

  return (
    <Button size="small" loading={pending} onClick={send} aria-label={props.label}>
      {TEXT[props.kind].button}
    </Button>
  );
}

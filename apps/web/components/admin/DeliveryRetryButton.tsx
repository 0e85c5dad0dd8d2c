'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { App, Button } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { requestErrorMessage } from '@/lib/user-errors';

const RetryNationalReportMutation = graphql(`
  mutation RetryNationalReport($input: RetryNationalReportInput!) {
    retryNationalReport(input: $input) {
      report {
        id
        status
      }
      userErrors {
        field
        code
        message
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
        field
        code
        message
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
  const [pending, setPending] = useState(false);
  const { message } = App.useApp();
  const router = useRouter();

  async function send() {
    setPending(true);
    const { error, errors } =
      props.kind === 'national'
        ? await retryReport({ input: { reportId: props.id } }).then((result) => ({
            error: result.error,
            errors: result.data?.retryNationalReport.userErrors ?? [],
          }))
        : await redeliver({ input: { deliveryId: props.id } }).then((result) => ({
            error: result.error,
            errors: result.data?.redeliverWebhook.userErrors ?? [],
          }));
    setPending(false);
    if (error || errors.length) {
      message.error(errors[0]?.message ?? (error ? requestErrorMessage(error) : '操作失败'));
      return;
    }
    message.success(TEXT[props.kind].done);
    router.refresh();
  }

  return (
    <Button size="small" loading={pending} onClick={send} aria-label={props.label}>
      {TEXT[props.kind].button}
    </Button>
  );
}

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
        attempts
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** 重新上报: the report is due again now with a fresh series of attempts (the same Idempotency-Key). */
export function RetryNationalReportButton({ reportId, label }: { reportId: string; label: string }) {
  const [, retry] = useMutation(RetryNationalReportMutation);
  const [pending, setPending] = useState(false);
  const { message } = App.useApp();
  const router = useRouter();

  async function send() {
    setPending(true);
    const result = await retry({ input: { reportId } });
    setPending(false);
    const errors = result.data?.retryNationalReport.userErrors ?? [];
    if (result.error || errors.length) {
      message.error(
        errors[0]?.message ?? (result.error ? requestErrorMessage(result.error) : '重新上报失败'),
      );
      return;
    }
    message.success('已重新加入上报队列');
    router.refresh();
  }

  return (
    <Button size="small" loading={pending} onClick={send} aria-label={label}>
      重新上报
    </Button>
  );
}

'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { App, Button } from 'antd';
import { useMutation } from '@urql/next';
import { requestErrorMessage } from '@/lib/user-errors';
import { SubmitDraftMutation } from '@/components/apply/application-documents';

/** 暂存件's 操作: 继续填写 opens the form at the saved data; 提交 submits, or sends the user to the form to finish. */
export function DraftActions(props: { caseId: string; itemId: string }) {
  const router = useRouter();
  const { message } = App.useApp();
  const [, submitDraft] = useMutation(SubmitDraftMutation);
  const [pending, setPending] = useState(false);
  const formHref = `/personal/apply/${encodeURIComponent(props.itemId)}?case=${encodeURIComponent(props.caseId)}`;

  async function submit() {
    setPending(true);
    try {
      const result = await submitDraft({ input: { caseId: props.caseId } });
      const payload = result.data?.submitDraft;
      if (result.error || !payload) {
        message.error(requestErrorMessage(result.error ?? { graphQLErrors: [] }));
      } else if (payload.userErrors.length > 0) {
        message.warning(`申请尚不完整：${payload.userErrors.map((e) => e.message).join(' ')}`, 8);
        router.push(`${formHref}&step=confirm`);
      } else {
        message.success('申请已提交');
        router.push('/personal/cases?list=IN_PROGRESS');
        router.refresh();
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start', gap: 4 }}>
      <Link href={formHref}>继续填写</Link>
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto' }}
        onClick={submit}
        loading={pending}
      >
        提交
      </Button>
    </span>
  );
}

'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';

/**
 * 暂存件's 操作: 继续填写 opens the form at the saved data; 提交 submits, or sends the user to the form at
 * 确认提交, which lists what is still missing. Plain elements; the GraphQL client loads on the click.
 */
export function DraftActions(props: { caseId: string; itemId: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const formHref = `/personal/apply/${encodeURIComponent(props.itemId)}?case=${encodeURIComponent(props.caseId)}`;

  async function submit() {
    setPending(true);
    setFailure(null);
    try {
      const { submitDraft } = await import('./submit-draft');
      const outcome = await submitDraft(props.caseId);
      if (outcome.kind === 'failed') {
        setFailure(outcome.message);
      } else if (outcome.kind === 'incomplete') {
        router.push(`${formHref}&step=confirm`);
      } else {
        router.push('/personal/cases?list=IN_PROGRESS');
        router.refresh();
      }
    } catch {
      setFailure('提交失败，请稍后再试');
    } finally {
      setPending(false);
    }
  }

  return (
    <span className="draft-actions">
      <Link href={formHref}>继续填写</Link>
      <button type="button" className="link-button" onClick={submit} disabled={pending} aria-busy={pending}>
        提交
      </button>
      {failure && (
        <span role="alert" className="form-error-text">
          {failure}
        </span>
      )}
    </span>
  );
}

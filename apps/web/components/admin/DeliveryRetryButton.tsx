'use client';

import type { MutationResult, PayloadWithUserErrors } from '@/lib/mutation-outcome';
import { useServerAction } from '@/components/form/useServerAction';

const TEXT = {
  national: { button: '重新上报', done: '已重新加入上报队列' },
  webhook: { button: '重新推送', done: '已重新加入推送队列' },
} as const;

/**
 * 重新上报 (a national report) or 重新推送 (a webhook delivery): due again now with a fresh series of attempts
 * and the same idempotency key / delivery id. A plain button through the page's server action (`retry`).
 */
export function DeliveryRetryButton(props: {
  kind: keyof typeof TEXT;
  id: string;
  label: string;
  retry: (id: string) => Promise<MutationResult<PayloadWithUserErrors>>;
}) {
  const { act, pending } = useServerAction(props.retry);
  return (
    <button
      type="button"
      className="button button--small"
      disabled={pending}
      onClick={() => void act([props.id], TEXT[props.kind].done)}
      aria-label={props.label}
    >
      {TEXT[props.kind].button}
    </button>
  );
}

'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { REQUEST_ERROR_LABELS } from '@/lib/labels';
import { mutationOutcome, type MutationResult, type PayloadWithUserErrors } from '@/lib/mutation-outcome';
import { showToast } from './toast';

/**
 * A one-click action (a button, no form) through a server action that answers a mutation's payload: its
 * refusals show as an error toast; on success `done` (if any) shows and the server page renders again with
 * the new state.
 */
export function useServerAction<Args extends unknown[], Payload extends PayloadWithUserErrors>(
  action: (...args: Args) => Promise<MutationResult<Payload>>,
) {
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function act(args: Args, done?: string): Promise<Payload | undefined> {
    setPending(true);
    try {
      const outcome = mutationOutcome(await action(...args), (payload) => payload);
      if (!outcome.ok) {
        showToast(outcome.others.join(' '), 'error');
        return undefined;
      }
      if (done) showToast(done);
      router.refresh();
      return outcome.payload;
    } catch {
      showToast(REQUEST_ERROR_LABELS.OTHER, 'error');
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { act, pending };
}

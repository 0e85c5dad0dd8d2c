import { SubmitDraftMutation } from '@/components/apply/application-documents';
import { createBrowserUrql } from '@/lib/urql-client';
import { mutationOutcome } from '@/lib/mutation-outcome';

export type SubmitDraftOutcome =
  { kind: 'submitted' } | { kind: 'incomplete'; messages: string[] } | { kind: 'failed'; message: string };

/**
 * 提交 of a 暂存件 from the list. Loaded only when 提交 is clicked (DraftActions imports it dynamically), so
 * the list page does not ship urql and the GraphQL documents.
 */
export async function submitDraft(caseId: string): Promise<SubmitDraftOutcome> {
  const { client } = createBrowserUrql();
  const result = await client.mutation(SubmitDraftMutation, { input: { caseId } }).toPromise();
  const outcome = mutationOutcome(result, (data) => data.submitDraft);
  if (outcome.ok) return { kind: 'submitted' };
  // Refused by the API (a userError) or failed as a whole (no payload).
  return outcome.payload
    ? { kind: 'incomplete', messages: outcome.others }
    : { kind: 'failed', message: outcome.others.join(' ') };
}

import { SubmitDraftMutation } from '@/components/apply/application-documents';
import { createBrowserUrql } from '@/lib/urql-client';
import { requestErrorMessage } from '@/lib/user-errors';

export type SubmitDraftOutcome =
  { kind: 'submitted' } | { kind: 'incomplete'; messages: string[] } | { kind: 'failed'; message: string };

/**
 * 提交 of a 暂存件 from the list. Loaded only when 提交 is clicked (DraftActions imports it dynamically), so
 * the list page does not ship urql and the GraphQL documents.
 */
export async function submitDraft(caseId: string): Promise<SubmitDraftOutcome> {
  const { client } = createBrowserUrql();
  const result = await client.mutation(SubmitDraftMutation, { input: { caseId } }).toPromise();
  const payload = result.data?.submitDraft;
  if (result.error || !payload) {
    return { kind: 'failed', message: requestErrorMessage(result.error ?? { graphQLErrors: [] }) };
  }
  if (payload.userErrors.length > 0) {
    return { kind: 'incomplete', messages: payload.userErrors.map((error) => error.message) };
  }
  return { kind: 'submitted' };
}

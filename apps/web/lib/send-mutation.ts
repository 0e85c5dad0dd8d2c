import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { mutationOutcome, type MutationOutcome, type PayloadWithUserErrors } from './mutation-outcome';

/**
 * Sends one mutation from a light client component (no urql provider on the page): the browser's urql client
 * (lib/urql-client.ts) is loaded only when the user acts, so the page ships none of it up front. Answers the
 * outcome sorted as mutationOutcome does (`formFields` get their own messages).
 */
export async function sendMutation<
  Data,
  Variables extends AnyVariables,
  Payload extends PayloadWithUserErrors,
>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  pick: (data: Data) => Payload | null | undefined,
  formFields: readonly string[] = [],
): Promise<MutationOutcome<Payload>> {
  const { createBrowserUrql } = await import('./urql-client');
  const result = await createBrowserUrql().client.mutation(document, variables).toPromise();
  return mutationOutcome(result, pick, formFields);
}

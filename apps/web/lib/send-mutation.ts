import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { mutationOutcome, type MutationOutcome, type PayloadWithUserErrors } from './mutation-outcome';
import { createBrowserUrql } from './urql-client';

/**
 * Sends one mutation from a light client component (no urql provider on the page) with the browser's urql
 * client (lib/urql-client.ts). Import it from a module the component loads when the user acts (e.g.
 * components/account/end-session.ts), so the page ships neither urql nor the GraphQL documents up front.
 * Answers the outcome sorted as mutationOutcome does (`formFields` get their own messages).
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
  const result = await createBrowserUrql().client.mutation(document, variables).toPromise();
  return mutationOutcome(result, pick, formFields);
}

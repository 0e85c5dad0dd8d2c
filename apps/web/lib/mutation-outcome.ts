import type { AnyVariables, Client, TypedDocumentNode } from '@urql/core';
import type { FragmentType } from '@/gql';
import type { UserErrorFieldsFragment as UserErrorFields } from '@/gql/graphql';
import { requestErrorMessage, splitUserErrors, type FieldErrors, type RequestErrorLike } from './user-errors';
import type { UserErrorFieldsFragment } from './user-error-fields';

/** A mutation payload as the web selects it: `userErrors { ...UserErrorFields }` plus its data. */
export type PayloadWithUserErrors = {
  userErrors: ReadonlyArray<FragmentType<typeof UserErrorFieldsFragment>>;
};

/**
 * A payload's `userErrors` read through the UserErrorFields fragment: what `useFragment` does at run time (it
 * answers its argument), without importing @/gql itself — a client module that does ships the whole
 * generated documents map (gql/gql.ts, ~24 KiB gzip) with its page.
 */
function unmask(userErrors: PayloadWithUserErrors['userErrors']): readonly UserErrorFields[] {
  return userErrors as unknown as readonly UserErrorFields[];
}

/** What an urql mutation answers, reduced to what the outcome needs. */
export type MutationResult<Data> = { error?: RequestErrorLike; data?: Data | null };

export type MutationOutcome<Payload> =
  | { ok: true; payload: Payload }
  | { ok: false; fields: FieldErrors; others: string[]; /** when the API answered one */ payload?: Payload };

/**
 * Sorts a mutation's answer: the payload when it was accepted; otherwise its `userErrors` split into the
 * form's fields (`fields`, see splitUserErrors) and the rest (`others`, for an alert), or the one message
 * for a request that failed as a whole.
 */
export function mutationOutcome<Data, Payload extends PayloadWithUserErrors>(
  result: MutationResult<Data>,
  pick: (data: Data) => Payload | null | undefined,
  formFields: readonly string[] = [],
  aliases: Readonly<Record<string, string>> = {},
): MutationOutcome<Payload> {
  const payload = result.data ? pick(result.data) : undefined;
  if (result.error || !payload) {
    return { ok: false, fields: [], others: [requestErrorMessage(result.error ?? { graphQLErrors: [] })] };
  }
  const userErrors = unmask(payload.userErrors);
  if (userErrors.length === 0) return { ok: true, payload };
  return { ok: false, payload, ...splitUserErrors(userErrors, formFields, aliases) };
}

/** The messages of a payload's `userErrors`, for answers that are not a form (server actions, route handlers). */
export function userErrorMessages(userErrors: PayloadWithUserErrors['userErrors']): string[] {
  return unmask(userErrors).map((error) => error.message);
}

/**
 * A server-action form's refusal: each field's messages as one line (keyed by the form's field names) and the
 * rest for the alert above the form.
 */
export function formRefusal<Field extends string>(
  userErrors: PayloadWithUserErrors['userErrors'],
  formFields: readonly Field[],
): { fieldErrors: Partial<Record<Field, string>>; others: string[] } {
  const split = splitUserErrors(unmask(userErrors), formFields);
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const field of split.fields) fieldErrors[field.name as Field] = field.errors.join(' ');
  return { fieldErrors, others: split.others };
}

/** Sends one mutation and answers its outcome, sorted as mutationOutcome does (`formFields` get their own messages). */
export type MutationSender = <Data, Variables extends AnyVariables, Payload extends PayloadWithUserErrors>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  pick: (data: Data) => Payload | null | undefined,
  formFields?: readonly string[],
) => Promise<MutationOutcome<Payload>>;

/** A MutationSender over an urql client: the browser's (lib/send-mutation.ts) or the server's (lib/urql-server.ts). */
export function mutationSender(client: () => Client | Promise<Client>): MutationSender {
  return async (document, variables, pick, formFields = []) =>
    mutationOutcome(await (await client()).mutation(document, variables).toPromise(), pick, formFields);
}

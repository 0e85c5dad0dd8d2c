import { graphql, useFragment, type FragmentType } from '@/gql';
import { requestErrorMessage, splitUserErrors, type FieldErrors, type RequestErrorLike } from './user-errors';

/** THE selection of a payload's `userErrors`: every mutation spreads `...UserErrorFields`. */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    field
    code
    message
  }
`);

/** A mutation payload as the web selects it: `userErrors { ...UserErrorFields }` plus its data. */
export type PayloadWithUserErrors = {
  userErrors: ReadonlyArray<FragmentType<typeof UserErrorFieldsFragment>>;
};

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
  const userErrors = useFragment(UserErrorFieldsFragment, payload.userErrors);
  if (userErrors.length === 0) return { ok: true, payload };
  return { ok: false, payload, ...splitUserErrors(userErrors, formFields, aliases) };
}

/** The messages of a payload's `userErrors`, for answers that are not a form (server actions, route handlers). */
export function userErrorMessages(userErrors: PayloadWithUserErrors['userErrors']): string[] {
  return useFragment(UserErrorFieldsFragment, userErrors).map((error) => error.message);
}

/**
 * A server-action form's refusal: each field's messages as one line (keyed by the form's field names) and the
 * rest for the alert above the form.
 */
export function formRefusal<Field extends string>(
  userErrors: PayloadWithUserErrors['userErrors'],
  formFields: readonly Field[],
): { fieldErrors: Partial<Record<Field, string>>; others: string[] } {
  const split = splitUserErrors(useFragment(UserErrorFieldsFragment, userErrors), formFields);
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const field of split.fields) fieldErrors[field.name as Field] = field.errors.join(' ');
  return { fieldErrors, others: split.others };
}

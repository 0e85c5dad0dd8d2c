import { REQUEST_ERROR_LABELS } from './labels';

/** A mutation's `userErrors` entry. */
export type UserErrorLike = { field?: readonly string[] | null; message: string };

/** Field errors by form field name: each field's messages, shown under it. */
export type FieldErrors = { name: string; errors: string[] }[];

/**
 * Sorts `userErrors` into the form's fields and the rest. A field path like ["input", "trackingNumber"] or
 * ["idNumber"] names a form field by its first segment after "input"; `aliases` maps API field names to form
 * field names. Errors without a field, or about a field the form does not show (e.g. ["input", "caseId"]),
 * are returned in `others` to show as an alert.
 */
export function splitUserErrors(
  errors: readonly UserErrorLike[],
  formFields: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): { fields: FieldErrors; others: string[] } {
  const byField = new Map<string, string[]>();
  const others: string[] = [];
  for (const error of errors) {
    const path = error.field ?? [];
    const apiName = path[0] === 'input' ? path[1] : path[0];
    const name = apiName === undefined ? undefined : (aliases[apiName] ?? apiName);
    if (name !== undefined && formFields.includes(name)) {
      byField.set(name, [...(byField.get(name) ?? []), error.message]);
    } else {
      others.push(error.message);
    }
  }
  return { fields: [...byField].map(([name, messages]) => ({ name, errors: messages })), others };
}

/** A request that failed as a whole, as urql reports it (CombinedError's shape). */
export type RequestErrorLike = {
  networkError?: unknown;
  graphQLErrors: readonly { extensions?: Record<string, unknown> }[];
};

/** Whether the API refused the request because the session is missing, ended, idle or expired. */
export function isUnauthenticated(error: RequestErrorLike | undefined): boolean {
  return Boolean(error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
}

/** What to tell the user when a request failed as a whole (not a userError). */
export function requestErrorMessage(error: RequestErrorLike): string {
  const codes = error.graphQLErrors.map((e) => e.extensions?.code);
  if (isUnauthenticated(error)) return REQUEST_ERROR_LABELS.UNAUTHENTICATED;
  if (codes.includes('FORBIDDEN')) return REQUEST_ERROR_LABELS.FORBIDDEN;
  if (error.networkError) return REQUEST_ERROR_LABELS.NETWORK;
  return REQUEST_ERROR_LABELS.OTHER;
}

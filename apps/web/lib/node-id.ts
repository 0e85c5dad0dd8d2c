import { CombinedError } from '@urql/core';

/** Errors meaning "no such object for you" rather than a failure. */
const NOT_FOUND_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']);

/** A global ID from a URL segment (Next passes dynamic segments still percent-encoded). */
export function decodeIdSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** True for an API error that means the object is absent or not the caller's, so the page is a 404. */
export function isNotFoundError(error: unknown): boolean {
  return (
    error instanceof CombinedError &&
    error.graphQLErrors.some((e) => NOT_FOUND_CODES.has(String(e.extensions?.code)))
  );
}

/** The loaded object, or null when the API says it is absent or not the caller's (the page is then a 404). */
export async function nullWhenNotFound<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
}

import { fromGlobalId } from './global-id.ts';
import { userError, type Result, type UserError } from './errors.ts';

/** The database id inside a global ID of the expected type, or null. */
export function parseGlobalId(globalId: string | null | undefined, type: string): string | null {
  const parsed = globalId ? fromGlobalId(globalId) : null;
  return parsed?.type === type && /^[0-9a-f-]{36}$/.test(parsed.id) ? parsed.id : null;
}

/** An id no row has: rows get UUIDv7 ids, never the nil UUID. */
export const NO_ROW_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The database id inside a mutation input's global ID; a malformed one names no row (NO_ROW_ID). The domain
 * function then runs as for any unknown ID: it checks who is calling first (UNAUTHENTICATED, FORBIDDEN) and
 * only then answers NOT_FOUND, so a malformed ID tells an anonymous caller nothing the guard would not.
 */
export function inputId(globalId: string, type: string): string {
  return parseGlobalId(globalId, type) ?? NO_ROW_ID;
}

export function notFound(field: string[], message = '未找到。'): UserError {
  return userError('NOT_FOUND', message, field);
}

/** Turns a domain result into a mutation payload: `{ [key]: value, userErrors: [] }` or the errors. */
export function toPayload<K extends string, T>(
  key: K,
  result: Result<T>,
): { [P in K]: T | null } & { userErrors: UserError[] } {
  const value = result.ok ? result.value : null;
  return { [key]: value, userErrors: result.ok ? [] : result.errors } as { [P in K]: T | null } & {
    userErrors: UserError[];
  };
}

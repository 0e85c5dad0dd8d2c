import { GraphQLError } from 'graphql';
import type { UserErrorCode } from '../generated/graphql.ts';

/** A refusal in the caller's terms; mutations return these as `userErrors`. */
export interface UserError {
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

export function userError(code: UserErrorCode, message: string, field: string[] | null = null): UserError {
  return { code, message, field };
}

/** A domain function's result: the data, or the reasons it was refused. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const refused = <T = never>(...errors: UserError[]): Result<T> => ({ ok: false, errors });

/** No valid credentials: surfaced in top-level `errors` with code UNAUTHENTICATED. */
export function unauthenticated(): GraphQLError {
  return new GraphQLError('请先登录 (authentication required)', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** Authenticated but not allowed to call this operation at all (not a per-object check). */
export function forbidden(reason: string): GraphQLError {
  return new GraphQLError(reason, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

import { cache } from 'react';
import type { AnyVariables, OperationResult, TypedDocumentNode } from '@urql/core';
import { redirect } from 'next/navigation';
import { signInHref } from './callback-url';
import { proxiedPath } from './sign-in-redirect';
import { getRawSessionToken } from './session-token';
import { requestForwardedFor } from './forwarded-for';
import { createApiClient } from './api-client';
import { isUnauthenticated } from './user-errors';
import { mutationSender } from './mutation-outcome';

/**
 * One urql client per server request (React `cache` is request-scoped), carrying the signed-in user's
 * session token to the API. No cache exchange: every request reads fresh data. Operations go as their
 * trusted-document hashes (lib/urql-exchanges.ts).
 */
export const getServerClient = cache(async () =>
  createApiClient(await getRawSessionToken(), await requestForwardedFor()),
);

/** Thrown when the API refused the request because the session is missing, expired or unknown. */
export class UnauthenticatedError extends Error {
  constructor() {
    super('UNAUTHENTICATED');
    this.name = 'UnauthenticatedError';
  }
}

/**
 * The API refused the session. In the signed-in areas (proxy.ts passed the page's path) that means it ended
 * since the page was opened (退出 elsewhere, idle, expired): sign in and come back to this page, also when a
 * client-side navigation or a server action asked. Elsewhere the caller decides (the header shows 登录).
 */
async function refuseEndedSession(): Promise<never> {
  const path = await proxiedPath();
  if (path !== null) redirect(signInHref(path));
  throw new UnauthenticatedError();
}

/**
 * Runs a query on the server. Network errors and GraphQL errors are thrown (shown by the nearest error
 * boundary); an UNAUTHENTICATED error sends the user to sign in (see refuseEndedSession) or
 * becomes an UnauthenticatedError.
 */
export async function serverQuery<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  return dataOrThrow(await (await getServerClient()).query(document, variables).toPromise());
}

/** Runs a mutation on the server as the signed-in user; errors are thrown as by serverQuery. */
export async function serverMutation<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  return dataOrThrow(await (await getServerClient()).mutation(document, variables).toPromise());
}

/** A result's data; its error thrown, an UNAUTHENTICATED one through refuseEndedSession. */
async function dataOrThrow<Data>(result: OperationResult<Data>): Promise<Data> {
  if (result.error) {
    if (isUnauthenticated(result.error)) return refuseEndedSession();
    throw result.error;
  }
  if (!result.data) throw new Error('The API returned no data.');
  return result.data;
}

/**
 * A mutation for a server action that a client form awaits: its outcome sorted as mutationOutcome does
 * (`formFields` get their own messages; a request that failed as a whole, an ended session included, becomes
 * a message for the form's alert), so the page ships neither urql nor the GraphQL documents.
 */
export const serverMutationOutcome = mutationSender(getServerClient);

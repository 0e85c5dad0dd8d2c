import { DEFAULT_MANIFEST_PATH, readManifest } from '../limits/index.ts';
import type { Caller } from './test-api.ts';

export interface PersistedOperation {
  /** bare sha256 hex, as the web's persisted exchange sends it */
  hash: string;
  text: string;
}

/** The web's registered documents (persisted-documents.json) by operation name; readManifest checks each hash. */
export function persistedOperations(manifestPath = DEFAULT_MANIFEST_PATH): Map<string, PersistedOperation> {
  const byName = new Map<string, PersistedOperation>();
  for (const [hash, text] of readManifest(manifestPath)) {
    for (const match of text.matchAll(/\b(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/g))
      byName.set(match[1]!, { hash, text });
  }
  return byName;
}

/** The request body the web's urql persisted exchange sends (POST, the hash, no query text). */
export function persistedBody(operation: string, hash: string, variables: Record<string, unknown>): string {
  return JSON.stringify({
    operationName: operation,
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  });
}

/** Sends one of the web's operations by hash, as the web does, to an API at `url`. */
export async function sendPersisted<T = Record<string, unknown>>(
  url: string,
  operation: string,
  variables: Record<string, unknown>,
  as: Caller = null,
  operations = persistedOperations(),
): Promise<{
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}> {
  const persisted = operations.get(operation);
  if (!persisted) throw new Error(`${operation} is not one of the web's persisted documents`);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as && 'sessionToken' in as) headers['x-session-token'] = as.sessionToken;
  if (as && 'bearer' in as) headers.authorization = `Bearer ${as.bearer}`;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: persistedBody(operation, persisted.hash, variables),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

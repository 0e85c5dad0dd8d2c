import type { DocumentNode } from 'graphql';
import { persistedExchange } from '@urql/exchange-persisted';

/**
 * Trusted documents: every query and mutation goes to the API as the hash codegen gave its document
 * (`__meta__.hash`, listed in gql/persisted-documents.json), never as text — the API in production runs
 * nothing else for the web. Put it right before fetchExchange in every client, server or browser.
 */
export const trustedDocumentsExchange = persistedExchange({
  enforcePersistedQueries: true,
  enableForMutation: true,
  // POST only: the same-origin /api/graphql proxy accepts nothing else.
  preferGetForPersistedQueries: false,
  generateHash: async (_text, document) => documentHash(document),
});

/**
 * The bare sha256 hex APQ's `sha256Hash` carries (codegen writes `sha256:<hex>`). A document not made by
 * the generated `graphql` function (@/gql) has none and goes out as text, which the API refuses in production.
 */
export function documentHash(document: DocumentNode): string | null {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : null;
}

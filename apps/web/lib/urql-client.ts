import { cacheExchange, createClient, fetchExchange, ssrExchange, type Client } from '@urql/next';
import { trustedDocumentsExchange } from './urql-exchanges';

/** What `UrqlProvider` takes: the client and the SSR exchange that carries server results to the browser. */
export type BrowserUrql = { client: Client; ssr: ReturnType<typeof ssrExchange> };

/**
 * THE place where browser-side urql clients are made (keep it the only one: how documents are sent is
 * decided here). Client components query the same-origin `/api/graphql` route, which adds the session token
 * on the server; the browser never sees it. During server rendering the relative URL has no origin, so
 * client-side queries are for in-page interactions only.
 */
export function createBrowserUrql(): BrowserUrql {
  const ssr = ssrExchange({ isClient: typeof window !== 'undefined' });
  const client = createClient({
    url: '/api/graphql',
    exchanges: [cacheExchange, ssr, trustedDocumentsExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
  });
  return { client, ssr };
}

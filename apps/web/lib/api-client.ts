import { createClient, fetchExchange } from '@urql/core';
import { getApiGraphqlUrl } from './api-url';
import { trustedDocumentsExchange } from './urql-exchanges';

/** A client for one request: its session token (if any) and the address the web server saw. */
export function createApiClient(token: string | undefined, forwardedFor: Record<string, string>) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...forwardedFor };
  if (token) headers['x-session-token'] = token;
  return createClient({
    url: getApiGraphqlUrl(),
    exchanges: [trustedDocumentsExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { headers, cache: 'no-store' },
  });
}

import { createClient, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { getApiGraphqlUrl } from './api-url';
import { trustedDocumentsExchange } from './urql-exchanges';

/**
 * A query as nobody: no session token, so its answer is the same for every visitor and may be kept in Next's
 * data cache (unstable_cache) and shared. Errors are thrown.
 */
export async function anonymousQuery<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const client = createClient({
    url: getApiGraphqlUrl(),
    exchanges: [trustedDocumentsExchange, fetchExchange],
    requestPolicy: 'network-only',
    fetchOptions: { headers: { 'content-type': 'application/json' }, cache: 'no-store' },
  });
  const result = await client.query(document, variables).toPromise();
  if (result.error) throw result.error;
  if (!result.data) throw new Error('The API returned no data.');
  return result.data;
}

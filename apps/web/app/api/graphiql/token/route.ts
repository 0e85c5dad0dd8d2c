import { explorerError, forwardToApi, readExplorerBody } from '@/lib/graphiql-proxy';

/**
 * The token exchange of /graphiql: the client id and secret a partner developer pastes go to the API's
 * client-credentials grant (form-encoded, as RFC 6749 asks) through the hall's own origin.
 */
export async function POST(request: Request): Promise<Response> {
  if (request.headers.get('content-type')?.split(';')[0]?.trim() !== 'application/x-www-form-urlencoded') {
    return explorerError(415, 'Content-Type must be application/x-www-form-urlencoded.');
  }
  const body = await readExplorerBody(request);
  if (body instanceof Response) return body;
  return forwardToApi('/oauth/token', request, body, {
    'content-type': 'application/x-www-form-urlencoded',
  });
}

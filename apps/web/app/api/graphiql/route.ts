import { getRawSessionToken } from '@/lib/session-token';
import { explorerError, forwardToApi, readExplorerBody } from '@/lib/graphiql-proxy';

/**
 * GraphiQL's endpoint (/graphiql). With `Authorization: Bearer …` (a partner token the page obtained) the
 * request goes to the API as the partner's; without, as the signed-in user's session marked
 * `x-hall-explorer: graphiql`, which the API lets send query text and introspect only for staff. JSON POST only.
 */
export async function POST(request: Request): Promise<Response> {
  if (request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
    return explorerError(415, 'Content-Type must be application/json.');
  }
  const body = await readExplorerBody(request);
  if (body instanceof Response) return body;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(hat_[A-Za-z0-9_-]+)$/)?.[1];
  if (bearer) {
    headers.authorization = `Bearer ${bearer}`;
  } else {
    const session = await getRawSessionToken();
    if (!session) return explorerError(401, '请先获取接入令牌，或以工作人员身份登录。');
    headers['x-session-token'] = session;
    headers['x-hall-explorer'] = 'graphiql';
  }
  return forwardToApi('/graphql', request, body, headers);
}

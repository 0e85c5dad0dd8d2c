import { getApiGraphqlUrl } from '@/lib/api-url';
import { getRawSessionToken } from '@/lib/session-token';
import { forwardedForHeader } from '@/lib/forwarded-for-header';

/** Largest GraphQL request body forwarded to the API. */
const MAX_BODY_BYTES = 100 * 1024;

function jsonError(status: number, message: string, headers?: Record<string, string>): Response {
  return Response.json({ errors: [{ message }] }, { status, headers });
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Same-origin GraphQL endpoint for client components. It forwards the body to the API with the caller's
 * session token in `x-session-token`, so the browser never holds a token and its cookies never reach the
 * API. Only POST with `content-type: application/json` is accepted (other methods get 405 from Next): a
 * cross-site page cannot send that without a CORS preflight, which this route never approves.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isJson(request.headers.get('content-type'))) {
    return jsonError(415, 'Content-Type must be application/json.');
  }
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return jsonError(403, 'Cross-site requests are not allowed.');
  }
  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > MAX_BODY_BYTES) return jsonError(413, 'Request body too large.');
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return jsonError(413, 'Request body too large.');

  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: request.headers.get('accept') ?? 'application/graphql-response+json, application/json',
    ...forwardedForHeader(request.headers),
  };
  const token = await getRawSessionToken();
  if (token) headers['x-session-token'] = token;

  let upstream: Response;
  try {
    upstream = await fetch(getApiGraphqlUrl(), {
      method: 'POST',
      headers,
      body,
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    console.error('[graphql proxy] API unreachable', error);
    return jsonError(502, '服务暂时不可用，请稍后再试。');
  }
  return new Response(await upstream.arrayBuffer(), {
    status: upstream.status,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      'cache-control': 'no-store',
    },
  });
}

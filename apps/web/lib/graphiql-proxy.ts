import { getApiUrl } from '@/lib/api-url';
import { forwardedForHeader } from '@/lib/forwarded-for-header';

/** Largest request body the GraphiQL routes forward to the API. */
export const MAX_EXPLORER_BODY_BYTES = 100 * 1024;

export function explorerError(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } });
}

/**
 * The checks of the GraphiQL routes before anything is forwarded: same-origin only (a cross-site page
 * cannot reach them), bounded bodies. Returns the body text, or the refusal.
 */
export async function readExplorerBody(request: Request): Promise<string | Response> {
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return explorerError(403, 'Cross-site requests are not allowed.');
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_EXPLORER_BODY_BYTES) {
    return explorerError(413, 'Request body too large.');
  }
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_EXPLORER_BODY_BYTES) return explorerError(413, 'Request body too large.');
  return body;
}

/** Forwards to the API (never reachable from the browser) and passes its answer back unchanged. */
export async function forwardToApi(
  path: string,
  request: Request,
  body: string,
  headers: Record<string, string>,
): Promise<Response> {
  let upstream: Response;
  try {
    upstream = await fetch(`${getApiUrl()}${path}`, {
      method: 'POST',
      headers: { ...headers, ...forwardedForHeader(request.headers) },
      body,
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    console.error(`[graphiql proxy] API unreachable at ${path}`, error);
    return explorerError(502, '服务暂时不可用，请稍后再试。');
  }
  return new Response(await upstream.arrayBuffer(), {
    status: upstream.status,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      'cache-control': 'no-store',
    },
  });
}

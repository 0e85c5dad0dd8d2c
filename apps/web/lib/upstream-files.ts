import { getApiUrl } from './api-url';
import { FILE_CONTENT_SECURITY_POLICY } from './file-csp';
import { forwardedForHeader } from './forwarded-for-header';
import { getRawSessionToken } from './session-token';

/** Response headers of the API's file routes that the browser may see. */
const PASSED_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-security-policy',
  'etag',
  'last-modified',
];

/**
 * Headers for a request to the API's file routes: the caller's session token (read from the next-auth cookie
 * on the server, never given to the browser) and the browser's address for the audit log.
 */
export async function upstreamHeaders(request: Request): Promise<Record<string, string>> {
  const headers: Record<string, string> = { ...forwardedForHeader(request.headers) };
  const token = await getRawSessionToken();
  if (token) headers['x-session-token'] = token;
  return headers;
}

export function filesUrl(path = ''): string {
  return `${getApiUrl()}/files${path}`;
}

/** The API's answer streamed back as it arrives, with only the headers listed above. */
export function streamBack(upstream: Response, extra: Record<string, string> = {}): Response {
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  if (headers.get('content-type')?.toLowerCase().startsWith('text/html')) {
    headers.set('content-security-policy', FILE_CONTENT_SECURITY_POLICY);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}

/** An error in the API's upload answer shape ({ code, message }). */
export function jsonMessage(status: number, message: string): Response {
  return Response.json({ code: 'UNAVAILABLE', message }, { status });
}

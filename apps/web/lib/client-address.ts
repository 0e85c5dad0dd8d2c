import type { IncomingMessage } from 'node:http';
import proxyaddr from '@fastify/proxy-addr';

/**
 * Who is calling the web server, decided once per request by `server.ts` from the connection itself: the
 * socket's address, or — only when that socket belongs to a proxy named in TRUST_PROXY — the nearest address
 * in X-Forwarded-For that is not one of those proxies (what the API does with its own TRUST_PROXY). A header
 * the browser made up is never believed: without TRUST_PROXY nothing in it counts, and behind a trusted proxy
 * only the entry that proxy appended does.
 *
 * TRUST_PROXY takes what the API's does: comma-separated addresses or CIDR ranges, or `loopback`,
 * `linklocal`, `uniquelocal`. Unset: no proxy is trusted.
 */
export type TrustProxy = (address: string, hop: number) => boolean;

export function trustProxyFrom(value: string | undefined): TrustProxy {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return proxyaddr.compile(names);
}

export function clientAddressOf(request: IncomingMessage, trust: TrustProxy): string {
  return proxyaddr(request, trust);
}

/**
 * Replaces the request's X-Forwarded-For with the one address decided above, before Next.js sees the
 * request; the routes pass this header on to the API (lib/forwarded-for.ts), which trusts it because the web
 * server is one of its proxies.
 */
export function pinClientAddress(request: IncomingMessage, trust: TrustProxy): void {
  request.headers['x-forwarded-for'] = clientAddressOf(request, trust);
}

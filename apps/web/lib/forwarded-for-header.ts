/**
 * The browser's address, passed on to the API so its audit log and sign-in throttle see the citizen's address
 * rather than the web server's. The header holds ONE address, the one the web server decided from its own
 * connection (server.ts replaces whatever the browser sent: lib/client-address.ts). The API believes it
 * because the web server is one of its trusted proxies (loopback, plus its TRUST_PROXY).
 */
export function forwardedForHeader(source: { get(name: string): string | null }): Record<string, string> {
  const value = source.get('x-forwarded-for');
  return value ? { 'x-forwarded-for': value } : {};
}

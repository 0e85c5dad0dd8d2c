import { headers } from 'next/headers';

/**
 * The browser's address as Next received it (`x-forwarded-for`, which Next's server sets), passed on to the
 * API so its audit log and sign-in throttle see the citizen's address rather than the web server's. The API
 * believes this header only from proxies it trusts (TRUST_PROXY, loopback by default).
 */
export function forwardedForHeader(source: Headers): Record<string, string> {
  const value = source.get('x-forwarded-for');
  return value ? { 'x-forwarded-for': value } : {};
}

export async function requestForwardedFor(): Promise<Record<string, string>> {
  return forwardedForHeader(await headers());
}

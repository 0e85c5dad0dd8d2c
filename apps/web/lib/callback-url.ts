import { readWebEnvVariable } from './web-env';

const BASE = 'http://hall.invalid';

function siteOrigin(): string | undefined {
  try {
    const site = readWebEnvVariable('NEXTAUTH_URL');
    return site ? new URL(site).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where to go after signing in: only a path on this site (an absolute URL is reduced to its path when it
 * points at NEXTAUTH_URL's origin), so `callbackUrl` cannot send users to another site.
 */
export function safeCallbackPath(value: unknown, fallback = '/personal'): string {
  if (typeof value !== 'string' || value === '') return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE && url.origin !== siteOrigin()) return fallback;
  if (url.pathname === '/login') return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

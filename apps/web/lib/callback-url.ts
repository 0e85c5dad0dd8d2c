import { readWebEnvVariable } from './web-env';

const BASE = 'http://hall.invalid';
/** The backslash (a browser reads `/\x` as `//x`, another site) or an ASCII control character. */
const isUnsafe = (value: string) =>
  [...value].some((char) => char === '\\' || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

function siteOrigin(): string | undefined {
  try {
    const site = readWebEnvVariable('NEXTAUTH_URL');
    return site ? new URL(site).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where to go after signing in: only a path on this site, so `callbackUrl` cannot send users to another
 * site. An absolute URL is reduced to its path when it points at NEXTAUTH_URL's origin; protocol-relative
 * addresses (`//x`, also after parsing), backslashes, control characters, other origins and /login itself
 * give `fallback`.
 */
export function safeCallbackPath(value: unknown, fallback = '/personal'): string {
  if (typeof value !== 'string' || value === '' || isUnsafe(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE && url.origin !== siteOrigin()) return fallback;
  if (url.pathname.startsWith('//') || url.pathname === '/login') return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page that returns to `path` (made safe first) once the user has signed in. */
export function signInHref(path: string, fallback?: string): string {
  return `/login?callbackUrl=${encodeURIComponent(safeCallbackPath(path, fallback))}`;
}

import { readWebEnvVariable } from './web-env';

const PLAIN_NAME = 'next-auth.session-token';
const SECURE_NAME = `__Secure-${PLAIN_NAME}`;

export type CookieReader = { get(name: string): { value: string } | undefined };

function readCookie(jar: CookieReader, name: string): string | undefined {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  // next-auth splits tokens larger than one cookie into `<name>.0`, `<name>.1`, ...
  const chunks: string[] = [];
  for (let i = 0; ; i++) {
    const chunk = jar.get(`${name}.${i}`)?.value;
    if (chunk === undefined) break;
    chunks.push(chunk);
  }
  return chunks.length > 0 ? chunks.join('') : undefined;
}

/** The names next-auth uses, preferring the one matching NEXTAUTH_URL's scheme (as next-auth's getToken does). */
function cookieNames(): [string, string] {
  const secure = readWebEnvVariable('NEXTAUTH_URL')?.startsWith('https://') ?? false;
  return secure ? [SECURE_NAME, PLAIN_NAME] : [PLAIN_NAME, SECURE_NAME];
}

/** The raw next-auth session token (the encrypted JWT) in a request's cookies, or undefined when signed out. */
export function sessionTokenFrom(jar: CookieReader): string | undefined {
  for (const name of cookieNames()) {
    const token = readCookie(jar, name);
    if (token) return token;
  }
  return undefined;
}

import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getApiUrl } from './api-url';
import { getAuthSecret } from './auth-secret';

/** Thrown (and shown by the sign-in form as a separate message) when the API cannot check a password. */
export const AUTH_SERVICE_UNAVAILABLE = 'AUTH_SERVICE_UNAVAILABLE';
/** Thrown when the API has locked this login after repeated failures (HTTP 429). */
export const TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS';

type PasswordCheckResponse = { user?: { id?: unknown; name?: unknown } };

async function checkPassword(
  login: string,
  password: string,
  forwardedFor: string | undefined,
): Promise<{ id: string; name: string } | null> {
  let response: Response;
  try {
    response = await fetch(`${getApiUrl()}/auth/password`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({ login, password }),
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    console.error('[auth] password check failed', error);
    throw new Error(AUTH_SERVICE_UNAVAILABLE);
  }
  if (response.status === 401) return null;
  if (response.status === 429) throw new Error(TOO_MANY_ATTEMPTS);
  if (!response.ok) {
    console.error(`[auth] password check answered HTTP ${response.status}`);
    throw new Error(AUTH_SERVICE_UNAVAILABLE);
  }
  const body = (await response.json()) as PasswordCheckResponse;
  const { id, name } = body.user ?? {};
  if (typeof id !== 'string' || typeof name !== 'string') throw new Error(AUTH_SERVICE_UNAVAILABLE);
  return { id, name };
}

/**
 * next-auth configuration. Sessions are stateless JWTs: `sub` carries the user id (set by next-auth from the
 * user authorize() returns) and nothing else authoritative — the API loads the user from `sub` itself.
 */
export const authOptions: AuthOptions = {
  // A getter so the secret is read per request, not when the module is imported (e.g. by `next build`).
  get secret() {
    return getAuthSecret();
  },
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: '账号密码',
      credentials: {
        login: { label: '身份证号/手机号', type: 'text' },
        password: { label: '密码', type: 'password' },
      },
      async authorize(credentials, request) {
        const login = credentials?.login?.trim() ?? '';
        const password = credentials?.password ?? '';
        if (!login || !password) return null;
        const forwardedFor = request?.headers?.['x-forwarded-for'];
        return checkPassword(login, password, typeof forwardedFor === 'string' ? forwardedFor : undefined);
      },
    }),
  ],
};

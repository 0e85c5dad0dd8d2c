import type { AuthOptions } from 'next-auth';
import { encode } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getApiUrl } from './api-url';
import { getAuthSecret } from './auth-secret';

/** Thrown (and shown by the sign-in form as a separate message) when the API cannot check a password. */
export const AUTH_SERVICE_UNAVAILABLE = 'AUTH_SERVICE_UNAVAILABLE';
/** Thrown when the API has locked this login after repeated failures (HTTP 429). */
export const TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS';

type PasswordCheckResponse = { user?: { id?: unknown; name?: unknown }; sessionId?: unknown };

/** What authorize() hands next-auth: `sid` is the API's server-side session, copied into the token. */
type SignedInUser = { id: string; name: string; sid: string };

async function checkPassword(
  login: string,
  password: string,
  forwardedFor: string | undefined,
  userAgent: string | undefined,
): Promise<SignedInUser | null> {
  let response: Response;
  try {
    response = await fetch(`${getApiUrl()}/auth/password`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        ...(userAgent ? { 'user-agent': userAgent } : {}),
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
  const sid = body.sessionId;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof sid !== 'string') {
    throw new Error(AUTH_SERVICE_UNAVAILABLE);
  }
  return { id, name, sid };
}

/** 退出: the API revokes the server-side session at once, so a copied cookie stops working too. */
async function revokeSession(token: Record<string, unknown>): Promise<void> {
  if (typeof token.sid !== 'string') return;
  try {
    // The event gets the decoded token; re-encoding it gives the API the same proof a request carries.
    const sessionToken = await encode({ token, secret: getAuthSecret() });
    const response = await fetch(`${getApiUrl()}/auth/sign-out`, {
      method: 'POST',
      headers: { 'x-session-token': sessionToken },
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) console.error(`[auth] sign-out answered HTTP ${response.status}`);
  } catch (error) {
    console.error('[auth] sign-out could not reach the API', error);
  }
}

/**
 * next-auth configuration. The cookie holds an encrypted JWT with the user id (`sub`) and the API's
 * server-side session id (`sid`); the API checks that session on every request (signed out, idle, expired,
 * disabled) and loads the user itself, so nothing in the token is trusted beyond naming them.
 */
export const authOptions: AuthOptions = {
  // A getter so the secret is read per request, not when the module is imported (e.g. by `next build`).
  get secret() {
    return getAuthSecret();
  },
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login', signOut: '/logout' },
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sid = (user as SignedInUser).sid;
      return token;
    },
  },
  events: {
    async signOut({ token }) {
      if (token) await revokeSession(token);
    },
  },
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
        const userAgent = request?.headers?.['user-agent'];
        return checkPassword(
          login,
          password,
          typeof forwardedFor === 'string' ? forwardedFor : undefined,
          typeof userAgent === 'string' ? userAgent : undefined,
        );
      },
    }),
  ],
};

import type { FastifyInstance } from 'fastify';
import type { ResolvedServerDeps } from '../server-deps.ts';
import { authenticatePassword } from './authenticate-password.ts';
import { LoginThrottle } from './login-throttle.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { createSession } from './create-session.ts';
import { revokeSession } from './revoke-session.ts';
import { claimsFromSessionToken } from './session-token.ts';

/**
 * POST /auth/password — the web app's next-auth Credentials provider checks a password here. On success it
 * opens a server-side session and answers the user's id and name and the session id, which next-auth puts
 * into its token as `sid`; the API checks that session on every call.
 * Five failures for one login, or 30 from one address, within a 15-minute window lock that login or address
 * (HTTP 429 with Retry-After) until the window ends; the counts are shared by every API process.
 *
 * POST /auth/sign-out — with the session token in `x-session-token`: revokes its session at once (退出).
 */
export function registerAuthRoutes(app: FastifyInstance, deps: ResolvedServerDeps): void {
  const throttle = new LoginThrottle(deps.counters, deps.signInLimits);
  app.post<{ Body: { login?: unknown; password?: unknown } }>(
    '/auth/password',
    {
      schema: {
        body: {
          type: 'object',
          required: ['login', 'password'],
          properties: {
            login: { type: 'string', maxLength: 64 },
            password: { type: 'string', maxLength: 256 },
          },
        },
      },
    },
    async (request, reply) => {
      const { login, password } = request.body as { login: string; password: string };
      const key = piiLookupHash(login);
      const now = deps.clock.now();
      const address = request.ip ?? null;
      const wait = await throttle.reserve(key, address, now);
      if (wait > 0) {
        request.log.warn('password sign-in throttled');
        const seconds = Math.ceil(wait / 1000);
        return reply
          .code(429)
          .header('retry-after', String(seconds))
          .send({ error: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: seconds });
      }
      const user = await authenticatePassword(deps.db, { login, password });
      if (!user) {
        // The failure was counted by reserve().
        request.log.info('password sign-in refused');
        return reply.code(401).send({ error: 'INVALID_CREDENTIALS' });
      }
      await throttle.succeeded(key, address, now);
      const session = await createSession(deps, {
        userId: user.id,
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
      });
      return { user: { id: user.id, name: user.name }, sessionId: session.id };
    },
  );

  app.post('/auth/sign-out', async (request, reply) => {
    const token = request.headers['x-session-token'];
    const claims = typeof token === 'string' ? await claimsFromSessionToken(token, deps.sessionSecret) : null;
    if (!claims) return reply.code(401).send({ error: 'INVALID_SESSION' });
    const revoked = await revokeSession(deps, claims);
    return { revoked };
  });
}

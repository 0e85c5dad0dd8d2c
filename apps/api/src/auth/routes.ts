import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../server.ts';
import { authenticatePassword } from './authenticate-password.ts';
import { LoginThrottle } from './login-throttle.ts';
import { piiLookupHash } from '../lib/pii.ts';

/**
 * POST /auth/password — the web app's next-auth Credentials provider checks a password here. It answers
 * only the user's id and name; the session itself is issued by next-auth and verified on every API call.
 * Five failures for one login within 15 minutes lock that login (HTTP 429) until the window passes.
 */
export function registerAuthRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const throttle = new LoginThrottle();
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
      const now = deps.clock.now().getTime();
      const wait = throttle.retryAfter(key, now);
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
        throttle.recordFailure(key, now);
        request.log.info('password sign-in refused');
        return reply.code(401).send({ error: 'INVALID_CREDENTIALS' });
      }
      throttle.reset(key);
      return { user: { id: user.id, name: user.name } };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../server.ts';
import { authenticatePassword } from './authenticate-password.ts';

/**
 * POST /auth/password — the web app's next-auth Credentials provider checks a password here. It answers
 * only the user's id and name; the session itself is issued by next-auth and verified on every API call.
 */
export function registerAuthRoutes(app: FastifyInstance, deps: ServerDeps): void {
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
      const user = await authenticatePassword(deps.db, { login, password });
      if (!user) {
        request.log.info('password sign-in refused');
        return reply.code(401).send({ error: 'INVALID_CREDENTIALS' });
      }
      return { user: { id: user.id, name: user.name } };
    },
  );
}

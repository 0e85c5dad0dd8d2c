import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../server-deps.ts';
import { issueAccessToken } from './issue-access-token.ts';

/**
 * POST /oauth/token — client-credentials grant. Accepts RFC 6749's form encoding (and JSON), with the
 * client authenticated by HTTP Basic or by client_id/client_secret in the body.
 */
export function registerOAuthRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );

  app.post('/oauth/token', async (request, reply) => {
    reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
    if (field('grant_type') !== 'client_credentials') {
      return reply.code(400).send({
        error: 'unsupported_grant_type',
        error_description: 'Only client_credentials is supported.',
      });
    }
    const basic = parseBasic(request.headers.authorization);
    const clientId = basic?.id ?? field('client_id');
    const clientSecret = basic?.secret ?? field('client_secret');
    if (!clientId || !clientSecret) {
      return reply.code(401).header('www-authenticate', 'Basic realm="service-hall"').send({
        error: 'invalid_client',
        error_description: 'Client authentication is required.',
      });
    }
    const grant = await issueAccessToken(deps, { clientId, clientSecret, scope: field('scope') });
    if (!grant.ok) {
      request.log.info({ clientId, error: grant.error }, 'token request refused');
      return reply.code(grant.error === 'invalid_client' ? 401 : 400).send({
        error: grant.error,
        error_description: grant.description,
      });
    }
    return {
      access_token: grant.accessToken,
      token_type: 'Bearer',
      expires_in: grant.expiresIn,
      scope: grant.scopes.join(' '),
    };
  });
}

function parseBasic(header: string | undefined): { id: string; secret: string } | null {
  const encoded = header?.match(/^Basic\s+(\S+)$/i)?.[1];
  if (!encoded) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return {
    id: decodeURIComponent(decoded.slice(0, colon)),
    secret: decodeURIComponent(decoded.slice(colon + 1)),
  };
}

import { GraphQLError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** The code every answer given during a database outage carries (GraphQL `extensions.code`, REST `error`). */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
/** What `Retry-After` says: a PostgreSQL restart or failover takes a few seconds (README: Running in production). */
export const RETRY_AFTER_SECONDS = 2;
export const DATABASE_UNAVAILABLE_MESSAGE =
  '服务暂时不可用，请稍后重试 (the database is unavailable for a moment: retry after a few seconds)';

// Connection refused/reset/timed out (node), PostgreSQL's connection and shutdown classes (08, 57P01-3), and
// Prisma's "cannot reach" / "connection closed" / "pool timeout" codes.
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
const POSTGRES_CODES = /^(08...|57P01|57P02|57P03)$/;
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
const MESSAGES =
  /Connection terminated|connection error|Can't reach database server|Server has closed the connection|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

/** True when an error (or any error in its cause chain) says PostgreSQL could not be reached or went away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message, originalCode, kind } = current as Record<string, unknown>;
    if (
      typeof code === 'string' &&
      (NODE_CODES.has(code) || POSTGRES_CODES.test(code) || PRISMA_CODES.has(code))
    )
      return true;
    if (typeof originalCode === 'string' && POSTGRES_CODES.test(originalCode)) return true;
    if (kind === 'DatabaseNotReachable' || kind === 'ConnectionClosed') return true;
    if (code === DATABASE_UNAVAILABLE) return true;
    if ((current as { extensions?: { code?: unknown } }).extensions?.code === DATABASE_UNAVAILABLE)
      return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.originalError ?? next.cause;
  }
  return false;
}

/** The GraphQL error of an outage: HTTP 503 with Retry-After, so clients know to retry. */
export function databaseUnavailableError(cause?: unknown): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: {
      code: DATABASE_UNAVAILABLE,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/** Formats any error of an outage the same way (formatError in server.ts); null for every other error. */
export function formatDatabaseUnavailable(error: unknown) {
  if (!isDatabaseUnavailable(error)) return null;
  return {
    message: DATABASE_UNAVAILABLE_MESSAGE,
    extensions: { code: DATABASE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
  };
}

/** Errors met while resolving or executing an operation: the whole answer becomes 503 + Retry-After. */
export function databaseOutagePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(request) {
          if (!request.errors.some(isDatabaseUnavailable)) return;
          request.response.http.status = 503;
          request.response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** The REST routes (sign-in, OAuth tokens, files): the same 503 + Retry-After with `error: DATABASE_UNAVAILABLE`. */
export function databaseOutageErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply | void {
  if (!isDatabaseUnavailable(error)) {
    // Fastify's own answer for everything else (status from the error, 500 otherwise).
    reply.send(error);
    return;
  }
  request.log.warn({ err: error }, 'database unavailable');
  return reply
    .code(503)
    .header('retry-after', String(RETRY_AFTER_SECONDS))
    .header('cache-control', 'no-store')
    .send({ error: DATABASE_UNAVAILABLE, message: DATABASE_UNAVAILABLE_MESSAGE });
}

import { GraphQLError } from 'graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import type { TrustedDocuments } from './trusted-documents.ts';
import { partnerPolicy } from '../partner/partner-policy.ts';

/** What a GraphQL request carries: query text, and/or an APQ-style `extensions.persistedQuery.sha256Hash`. */
interface RequestShape {
  hasText: boolean;
  hash: string | null;
  /** a GET without query or extensions: the landing page or Apollo's own "no query" answer, nothing runs */
  empty: boolean;
}

interface Refusal {
  message: string;
  code: 'PERSISTED_QUERY_NOT_FOUND' | 'PERSISTED_QUERY_REQUIRED';
}

const required: Refusal = {
  code: 'PERSISTED_QUERY_REQUIRED',
  message:
    '只接受已登记的查询文档 (persisted query required: send extensions.persistedQuery.sha256Hash of one of the web app’s operations, without query text)',
};

/**
 * The rule. Web callers (a session token, or no credentials: the web app is the only anonymous client) must,
 * under enforcement, name a known hash and send no text. Partners (bearer tokens of a live client) may send
 * any text; the cost limit and their budget still apply. A hash without text must be a known one for anyone
 * (text with an unknown hash is APQ's registration: it runs as text where text is allowed, and is not kept).
 */
function refusalFor(
  trusted: TrustedDocuments,
  caller: 'web' | 'partner',
  shape: RequestShape,
): Refusal | null {
  if (trusted.mode === 'enforce' && caller === 'web' && shape.hasText) return required;
  if (shape.hash !== null && !shape.hasText && trusted.lookup(shape.hash) === undefined) {
    return {
      code: 'PERSISTED_QUERY_NOT_FOUND',
      message: '未登记的查询文档 (PersistedQueryNotFound: no trusted document has this hash)',
    };
  }
  if (trusted.mode === 'enforce' && caller === 'web' && !shape.empty && !shape.hash) return required;
  return null;
}

/**
 * Fastify preHandler for /graphql: refuses by the request's headers and body alone — before the session or
 * token is looked up, before parsing, cost and the hourly budget — with HTTP 400 and a GraphQL error.
 * A bearer token is taken at its word here; `assertTrustedCaller` checks it once it has been resolved.
 */
export function trustedDocumentsHook(trusted: TrustedDocuments) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // GraphiQL with a staff session is taken at its word here too, and checked once the session is resolved.
    const caller =
      isExplorer(request) || (hasBearer(request) && !hasSessionToken(request)) ? 'partner' : 'web';
    const refusal = refusalFor(trusted, caller, shapeOf(request));
    if (refusal) {
      return reply
        .code(400)
        .header('cache-control', 'no-store')
        .send({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
    }
  };
}

/** In the context function: a bearer token that resolved to no live client is an anonymous (web) caller. */
export function assertTrustedCaller(
  trusted: TrustedDocuments,
  principal: Principal,
  request: FastifyRequest,
): void {
  if (principal.kind === 'client') return;
  if (isExplorer(request) && partnerPolicy.holds(principal, 'partner.exploreSchema')) return;
  const refusal = refusalFor(trusted, 'web', shapeOf(request));
  if (refusal) {
    throw new GraphQLError(refusal.message, { extensions: { code: refusal.code, http: { status: 400 } } });
  }
}

function hasSessionToken(request: FastifyRequest): boolean {
  const token = request.headers['x-session-token'];
  return typeof token === 'string' && token !== '';
}

/** The web's /graphiql proxy marks its requests; only staff sessions may then send query text. */
export const EXPLORER_HEADER = 'x-hall-explorer';

function isExplorer(request: FastifyRequest): boolean {
  return request.headers[EXPLORER_HEADER] === 'graphiql' && hasSessionToken(request);
}

function hasBearer(request: FastifyRequest): boolean {
  return /^Bearer\s+\S+$/i.test(request.headers.authorization ?? '');
}

function shapeOf(request: FastifyRequest): RequestShape {
  if (request.method === 'GET') {
    const params = (request.query ?? {}) as Record<string, unknown>;
    let extensions: unknown = params.extensions;
    if (typeof extensions === 'string') {
      try {
        extensions = JSON.parse(extensions);
      } catch {
        extensions = undefined;
      }
    }
    const hasText = params.query !== undefined;
    return { hasText, hash: hashOf(extensions), empty: !hasText && params.extensions === undefined };
  }
  const body = request.body;
  // Anything but one JSON object (a batch, text) is not a persisted request; Apollo refuses batches anyway.
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { hasText: true, hash: null, empty: false };
  const { query, extensions } = body as { query?: unknown; extensions?: unknown };
  return { hasText: query !== undefined && query !== null, hash: hashOf(extensions), empty: false };
}

function hashOf(extensions: unknown): string | null {
  if (!extensions || typeof extensions !== 'object') return null;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (!persisted || typeof persisted !== 'object') return null;
  const hash = (persisted as { sha256Hash?: unknown }).sha256Hash;
  return typeof hash === 'string' ? hash : null;
}

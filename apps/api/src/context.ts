import type { ReadReplicas } from './db/read-replicas.ts';
import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Db } from './db/prisma.ts';
import type { Clock } from './lib/clock.ts';
import { anonymous, type Principal } from './auth/principal.ts';
import { claimsFromSessionToken } from './auth/session-token.ts';
import { resolveSession } from './auth/resolve-session.ts';
import type { SessionPolicy } from './auth/session-policy.ts';
import { looksLikeAccessToken, resolveAccessToken } from './partner/access-token.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { RateLimitStatus } from './limits/rate-limit-status.ts';
import type { QueryLimits } from './limits/query-limits.ts';
import type { FileStorage } from './storage/file-storage.ts';
import type { UploadLimits } from './application/upload-limits.ts';
import type { AbuseCounters } from './abuse/abuse-counters.ts';
import { LoginThrottle, type SignInLimits } from './auth/login-throttle.ts';
import type { SmsProvider } from './notification/sms-provider.ts';
import type { IdentityService } from './account/identity-service.ts';

export interface Context {
  principal: Principal;
  db: Db;
  loaders: Loaders;
  clock: Clock;
  logger: Logger;
  ip: string | null;
  storage: FileStorage;
  uploadLimits: UploadLimits;
  /** attempt and abuse state shared by every API process through PostgreSQL */
  abuse: AbuseCounters;
  /** failed password checks per login and per address (sign-in, password change) */
  passwordThrottle: LoginThrottle;
  /** how long sessions live (信息管理 shows which of the user's sessions are still signed in) */
  sessionPolicy: SessionPolicy;
  /** set before execution by the rate-limit plugin: this request's cost and the caller's budget */
  rateLimit?: RateLimitStatus;
  /** the cost limits and hourly budgets in force (partner usage reports them) */
  queryLimits: QueryLimits;
  /** natural days a completed case stays open for evaluation (evaluation-rules.ts; the national rule is 7) */
  evaluationWindowDays: number;
  /** lag-tolerant reads (dashboards, 公示): a healthy replica, else the primary */
  replicas: ReadReplicas;
  /** SMS codes (注册, 找回密码) are handed to the provider at once, not queued like notifications */
  sms: SmsProvider;
  /** 实名认证 and 实人认证 */
  identity: IdentityService;
}

export interface ContextDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  sessionSecret: string;
  storage: FileStorage;
  uploadLimits: UploadLimits;
  sessionPolicy: SessionPolicy;
  counters: AbuseCounters;
  signInLimits: SignInLimits;
  queryLimits: QueryLimits;
  evaluationWindowDays: number;
  replicas: ReadReplicas;
  sms: SmsProvider;
  identity: IdentityService;
}

export async function buildContext(deps: ContextDeps, request: FastifyRequest): Promise<Context> {
  const principal = await resolvePrincipal(deps, request);
  return {
    principal,
    db: deps.db,
    loaders: createLoaders(deps.db),
    clock: deps.clock,
    logger: deps.logger.child({ reqId: request.id, principal: describe(principal) }),
    ip: request.ip ?? null,
    storage: deps.storage,
    uploadLimits: deps.uploadLimits,
    evaluationWindowDays: deps.evaluationWindowDays,
    replicas: deps.replicas,
    abuse: deps.counters,
    passwordThrottle: new LoginThrottle(deps.counters, deps.signInLimits),
    sessionPolicy: deps.sessionPolicy,
    queryLimits: deps.queryLimits,
    sms: deps.sms,
    identity: deps.identity,
  };
}

/**
 * Web users arrive with `x-session-token` (the next-auth session token the web server forwards), whose
 * server-side session must still be live (see resolveSession); partner systems with `Authorization: Bearer hat_…` from the client-credentials grant.
 * A header that is present but invalid yields anonymous, so the resolver refuses the operation.
 */
export async function resolvePrincipal(deps: ContextDeps, request: FastifyRequest): Promise<Principal> {
  const sessionToken = request.headers['x-session-token'];
  if (typeof sessionToken === 'string' && sessionToken) {
    const claims = await claimsFromSessionToken(sessionToken, deps.sessionSecret);
    if (!claims) return anonymous;
    const user = await resolveSession(deps, claims);
    return user ? { kind: 'user', user, sessionId: claims.sessionId } : anonymous;
  }
  const authorization = request.headers.authorization;
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer && looksLikeAccessToken(bearer)) {
    return (await resolveAccessToken(deps.db, bearer, deps.clock.now())) ?? anonymous;
  }
  return anonymous;
}

function describe(principal: Principal): string {
  if (principal.kind === 'user') return `user:${principal.user.id}`;
  if (principal.kind === 'client') return `client:${principal.client.clientId}`;
  if (principal.kind === 'job') return `job:${principal.job}`;
  return 'anonymous';
}

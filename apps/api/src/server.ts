import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { Db } from './db/prisma.ts';
import type { Clock } from './lib/clock.ts';
import { buildContext, type Context } from './context.ts';
import { buildResolvers, loadTypeDefs } from './schema.ts';
import { registerAuthRoutes } from './auth/routes.ts';
import { registerOAuthRoutes } from './partner/routes.ts';
import { depthLimit } from './lib/depth-limit.ts';
import type { FileStorage } from './storage/file-storage.ts';
import type { UploadLimits } from './application/upload-limits.ts';
import { registerFileRoutes } from './application/file-routes.ts';
import { AbuseCounters } from './abuse/abuse-counters.ts';
import { defaultQueryLimits, type QueryLimits } from './limits/query-limits.ts';
import { fieldLimits } from './limits/field-limits.ts';
import { rateLimitPlugin } from './limits/rate-limit-plugin.ts';
import { defaultSignInLimits, type SignInLimits } from './auth/login-throttle.ts';
import { defaultSessionPolicy, type SessionPolicy } from './auth/session-policy.ts';

export interface ServerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  sessionSecret: string;
  isProduction: boolean;
  /** which proxies' X-Forwarded-For to believe (audit logs record the client IP) */
  trustProxy?: string;
  /** where uploaded materials and rendered documents are kept (storageFromEnv() in main.ts) */
  storage: FileStorage;
  /** per-file and per-case upload limits (uploadLimitsFromEnv() in main.ts) */
  uploadLimits: UploadLimits;
  /** idle timeouts and absolute lifetime of web sessions (defaults: 30 min, 15 min for staff, 8 h) */
  sessionPolicy?: SessionPolicy;
  /** query cost, rate-limit budgets and document caps (defaults in limits/query-limits.ts) */
  queryLimits?: Partial<QueryLimits>;
  /** failed sign-ins allowed per login and per address (defaults in auth/login-throttle.ts) */
  signInLimits?: SignInLimits;
}

export type ResolvedServerDeps = ServerDeps & {
  sessionPolicy: SessionPolicy;
  queryLimits: QueryLimits;
  signInLimits: SignInLimits;
  /** attempt and abuse state shared through PostgreSQL */
  counters: AbuseCounters;
};

export async function buildServer(options: ServerDeps): Promise<FastifyInstance> {
  const deps: ResolvedServerDeps = {
    ...options,
    sessionPolicy: options.sessionPolicy ?? defaultSessionPolicy,
    queryLimits: { ...defaultQueryLimits, ...options.queryLimits },
    signInLimits: options.signInLimits ?? defaultSignInLimits,
    counters: new AbuseCounters(options.db),
  };
  const limits = deps.queryLimits;
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    trustProxy: deps.trustProxy,
    bodyLimit: 1024 * 1024,
  });

  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers() as never,
    introspection: !deps.isProduction,
    csrfPrevention: true,
    // The lexer stops at maxTokens, so a huge document costs little to refuse.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [depthLimit(limits.maxDepth), fieldLimits(limits)],
    includeStacktraceInErrorResponses: !deps.isProduction,
    plugins: [
      fastifyApolloDrainPlugin(app),
      rateLimitPlugin({ limits, counters: deps.counters, clock: deps.clock }),
      ...(deps.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR') {
        deps.logger.error({ err: error }, 'unexpected GraphQL error');
        if (deps.isProduction) return { message: '服务器内部错误 (internal error)', extensions: { code } };
      }
      return formatted;
    },
  });
  await apollo.start();

  app.get('/healthz', async (_request, reply) => {
    try {
      await deps.db.$queryRaw`SELECT 1`;
      return { status: 'ok', database: 'ok' };
    } catch (error) {
      deps.logger.error({ err: error }, 'health check failed');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  registerAuthRoutes(app, deps);
  registerOAuthRoutes(app, deps);
  await registerFileRoutes(app, deps);

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: (request) => buildContext(deps, request),
  });

  return app;
}

import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildContext, type Context } from './context.ts';
import type { ResolvedServerDeps, ServerDeps } from './server-deps.ts';
import { introspectionPlugin } from './partner/introspection-plugin.ts';
import { buildResolvers, loadTypeDefs } from './schema.ts';
import { registerAuthRoutes } from './auth/routes.ts';
import { registerOAuthRoutes } from './partner/routes.ts';
import { depthLimit } from './lib/depth-limit.ts';
import { registerFileRoutes } from './application/file-routes.ts';
import { addCorrectionMaterial } from './correction/add-correction-material.ts';
import { registerDashboardExportRoutes } from './dashboard/export-routes.ts';
import { AbuseCounters } from './abuse/abuse-counters.ts';
import { defaultQueryLimits } from './limits/query-limits.ts';
import { EVALUATION_WINDOW_DAYS } from './evaluation/evaluation-rules.ts';
import { ReadReplicas } from './db/read-replicas.ts';
import { fieldLimits } from './limits/field-limits.ts';
import { rateLimitPlugin } from './limits/rate-limit-plugin.ts';
import { defaultSignInLimits } from './auth/login-throttle.ts';
import { defaultSessionPolicy } from './auth/session-policy.ts';
import { DEFAULT_MANIFEST_PATH, TrustedDocuments } from './limits/trusted-documents.ts';
import { assertTrustedCaller, trustedDocumentsHook } from './limits/trusted-documents-guard.ts';
import {
  databaseOutageErrorHandler,
  databaseOutagePlugin,
  databaseUnavailableError,
  formatDatabaseUnavailable,
  isDatabaseUnavailable,
  DATABASE_UNAVAILABLE,
  RETRY_AFTER_SECONDS,
} from './db/database-unavailable.ts';

export type { ServerDeps, ResolvedServerDeps } from './server-deps.ts';

export async function buildServer(options: ServerDeps): Promise<FastifyInstance> {
  const deps: ResolvedServerDeps = {
    ...options,
    sessionPolicy: options.sessionPolicy ?? defaultSessionPolicy,
    queryLimits: { ...defaultQueryLimits, ...options.queryLimits },
    signInLimits: options.signInLimits ?? defaultSignInLimits,
    counters: new AbuseCounters(options.db),
    evaluationWindowDays: options.evaluationWindowDays ?? EVALUATION_WINDOW_DAYS,
    replicas: options.replicas ?? new ReadReplicas(options.db, []),
  };
  const limits = deps.queryLimits;
  const trusted = new TrustedDocuments({
    mode: options.trustedDocuments?.mode ?? 'off',
    manifestPath: options.trustedDocuments?.manifestPath ?? DEFAULT_MANIFEST_PATH,
  });
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    trustProxy: deps.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  app.setErrorHandler(databaseOutageErrorHandler);

  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers() as never,
    // Gated per caller in production by introspectionPlugin (partners and staff only).
    introspection: true,
    csrfPrevention: true,
    // APQ-style hashes name the web app's documents; the cache serves the manifest and keeps nothing new.
    persistedQueries: { cache: trusted.apolloCache() },
    // The lexer stops at maxTokens, so a huge document costs little to refuse.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [depthLimit(limits.maxDepth), fieldLimits(limits)],
    includeStacktraceInErrorResponses: !deps.isProduction,
    plugins: [
      fastifyApolloDrainPlugin(app),
      // No HTTP caching of GraphQL answers (they are per user): skip its per-field hooks.
      ApolloServerPluginCacheControlDisabled(),
      introspectionPlugin(deps.isProduction),
      rateLimitPlugin({ limits, counters: deps.counters, clock: deps.clock }),
      databaseOutagePlugin(),
      // No Apollo Sandbox (it loads from Apollo's CDN): the hall serves GraphiQL itself at the web's /graphiql.
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: (formatted, error) => {
      const outage = formatDatabaseUnavailable(error);
      if (outage) return outage;
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
      return { status: 'ok', database: 'ok', replicas: deps.replicas.statuses() };
    } catch (error) {
      deps.logger.error({ err: error }, 'health check failed');
      return reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ status: 'unavailable', database: 'unreachable', code: DATABASE_UNAVAILABLE });
    }
  });

  registerAuthRoutes(app, deps);
  registerOAuthRoutes(app, deps);
  await registerFileRoutes(app, deps, [
    // 补正 online: a file answering the case's 补正 notice, named by the material the notice lists.
    {
      field: 'correctionMaterial',
      upload: (ctx, input) => addCorrectionMaterial(ctx, { ...input, materialName: input.value }),
    },
  ]);
  registerDashboardExportRoutes(app, deps);

  await app.register(async (graphqlRoutes) => {
    graphqlRoutes.addHook('preHandler', trustedDocumentsHook(trusted));
    await graphqlRoutes.register(fastifyApollo(apollo), {
      path: '/graphql',
      context: async (request) => {
        const context = await buildContext(deps, request).catch((error: unknown) => {
          throw isDatabaseUnavailable(error) ? databaseUnavailableError(error) : error;
        });
        assertTrustedCaller(trusted, context.principal, request);
        return context;
      },
    });
  });
  deps.logger.info({ mode: trusted.mode, documents: trusted.size }, 'trusted documents');

  return app;
}

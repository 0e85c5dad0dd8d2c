import { GraphQLError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import type { Clock } from '../lib/clock.ts';
import type { AbuseCounters } from '../abuse/abuse-counters.ts';
import type { Principal } from '../auth/principal.ts';
import { cachedQueryCost } from './query-cost.ts';
import { RATE_LIMIT_WINDOW_MS, type QueryLimits } from './query-limits.ts';

/** The budget a caller draws on: per user, per partner client (its own limit if set), per address. */
export function budgetOf(
  principal: Principal,
  ip: string | null,
  limits: QueryLimits,
): { key: string; pointsPerHour: number } {
  if (principal.kind === 'user')
    return { key: `cost:user:${principal.user.id}`, pointsPerHour: limits.userPointsPerHour };
  if (principal.kind === 'client') {
    return {
      key: `cost:client:${principal.client.id}`,
      pointsPerHour: principal.client.rateLimitPoints ?? limits.clientPointsPerHour,
    };
  }
  return { key: `cost:ip:${ip ?? 'unknown'}`, pointsPerHour: limits.anonymousPointsPerHour };
}

/**
 * Before any resolver runs: computes the operation's cost, refuses it over `maxCost` (HTTP 400,
 * code MAX_COST_EXCEEDED), then charges the caller's hourly budget in PostgreSQL and refuses when it does
 * not cover the cost (HTTP 429 with Retry-After, code RATE_LIMITED). Every answer carries
 * X-RateLimit-Limit/-Remaining/-Reset like GitHub's.
 */
export function rateLimitPlugin(deps: {
  limits: QueryLimits;
  counters: AbuseCounters;
  clock: Clock;
}): ApolloServerPlugin<Context> {
  const { limits, counters, clock } = deps;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          const cost = costOrBadInput(() =>
            cachedQueryCost(
              request.schema,
              request.document,
              request.request.variables,
              request.operationName ?? undefined,
            ),
          );
          if (cost > limits.maxCost) {
            throw new GraphQLError(`查询过于复杂 (cost ${cost} exceeds the limit of ${limits.maxCost})`, {
              extensions: { code: 'MAX_COST_EXCEEDED', cost, limit: limits.maxCost, http: { status: 400 } },
            });
          }
          const ctx = request.contextValue;
          const budget = budgetOf(ctx.principal, ctx.ip, limits);
          const rule = { limit: budget.pointsPerHour, windowMs: RATE_LIMIT_WINDOW_MS };
          const now = clock.now();
          const { taken, state } = await counters.take(budget.key, rule, now, cost);
          ctx.rateLimit = { cost, ...state };
          // Partner clients' calls per hour, for the admin's client page (people's are not counted).
          if (ctx.principal.kind === 'client')
            await counters.add(`calls:client:${ctx.principal.client.id}`, rule, now);
          if (!taken) {
            const retryAfter = Math.max(1, Math.ceil((state.resetAt.getTime() - now.getTime()) / 1000));
            throw new GraphQLError(
              `请求过于频繁，请稍后再试 (rate limit of ${state.limit} points per hour exceeded; resets at ${state.resetAt.toISOString()})`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  cost,
                  limit: state.limit,
                  remaining: state.remaining,
                  resetAt: state.resetAt.toISOString(),
                  http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
                },
              },
            );
          }
        },
        async willSendResponse(request) {
          const status = request.contextValue.rateLimit;
          if (!status) return;
          const headers = request.response.http.headers;
          headers.set('x-ratelimit-limit', String(status.limit));
          headers.set('x-ratelimit-remaining', String(status.remaining));
          headers.set('x-ratelimit-reset', String(Math.floor(status.resetAt.getTime() / 1000)));
          // The cost in every answer too (as Shopify's extensions.cost), so GraphiQL shows it beside the data.
          if (request.response.body.kind === 'single') {
            const result = request.response.body.singleResult;
            result.extensions = {
              ...result.extensions,
              cost: {
                requestedQueryCost: status.cost,
                limit: status.limit,
                remaining: status.remaining,
                resetAt: status.resetAt.toISOString(),
              },
            };
          }
        },
      };
    },
  };
}

/** Variables that do not fit the operation are the caller's mistake: HTTP 400, as execution would say. */
function costOrBadInput(compute: () => number): number {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

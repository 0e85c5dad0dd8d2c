import type { Context } from '../context.ts';
import type { ApiClient } from '../generated/prisma/client.ts';
import { RATE_LIMIT_WINDOW_MS } from '../limits/index.ts';

/** The counter keys of a client's hourly budget and calls (the budget's is the rate-limit plugin's). */
export const clientBudgetKey = (client: Pick<ApiClient, 'id'>) => `cost:client:${client.id}`;
export const clientCallsKey = (client: Pick<ApiClient, 'id'>) => `calls:client:${client.id}`;

export interface ApiClientUsage {
  calls: number;
  pointsUsed: number;
  pointsLimit: number;
  resetAt: Date;
}

/** A client's use of the current fixed hour: requests made and query-cost points spent. */
export async function apiClientUsage(ctx: Context, client: ApiClient): Promise<ApiClientUsage> {
  const pointsLimit = client.rateLimitPoints ?? ctx.queryLimits.clientPointsPerHour;
  const rule = { limit: pointsLimit, windowMs: RATE_LIMIT_WINDOW_MS };
  const now = ctx.clock.now();
  const [budget, calls] = await Promise.all([
    ctx.abuse.peek(clientBudgetKey(client), rule, now),
    ctx.abuse.peek(clientCallsKey(client), rule, now),
  ]);
  return { calls: calls.used, pointsUsed: budget.used, pointsLimit, resetAt: budget.resetAt };
}

/** Limits on what one GraphQL request may ask for and how much each caller may spend per hour. */
export interface QueryLimits {
  /** largest cost of one operation (see query-cost.ts) */
  maxCost: number;
  /** points per hour: signed-in users, partner clients (unless their api_clients row says otherwise), anonymous callers per address */
  userPointsPerHour: number;
  clientPointsPerHour: number;
  anonymousPointsPerHour: number;
  maxAliases: number;
  /** fields in the document, counting each field of a fragment once */
  maxFields: number;
  maxTokens: number;
  maxDepth: number;
}

export const defaultQueryLimits: QueryLimits = {
  maxCost: 5_000,
  userPointsPerHour: 50_000,
  clientPointsPerHour: 100_000,
  anonymousPointsPerHour: 10_000,
  maxAliases: 30,
  maxFields: 500,
  maxTokens: 3_000,
  maxDepth: 12,
};

export const RATE_LIMIT_WINDOW_MS = 60 * 60_000;

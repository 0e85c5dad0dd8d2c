/** What `rateLimit` answers: this request's cost and the caller's budget after paying it. */
export interface RateLimitStatus {
  cost: number;
  limit: number;
  used: number;
  remaining: number;
  resetAt: Date;
}

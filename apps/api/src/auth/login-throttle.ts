/**
 * Slows down password guessing: after `maxFailures` failed attempts for one login within `windowMs`, further
 * attempts for that login are refused until the window has passed — whether or not the account exists, so
 * the lock itself tells nothing. Kept in memory: one API instance. Behind several instances this moves to a
 * shared store (PostgreSQL or Redis).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: { maxFailures: number; windowMs: number } = {
      maxFailures: 5,
      windowMs: 15 * 60_000,
    },
  ) {}

  /** Milliseconds until this key may try again, or 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.options.maxFailures) return 0;
    return recent[0]! + this.options.windowMs - now;
  }

  recordFailure(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > now - this.options.windowMs);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }
}

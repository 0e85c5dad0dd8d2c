import type { AbuseCounters, WindowRule } from '../abuse/abuse-counters.ts';

export interface SignInLimits {
  /** failed sign-ins for one login (身份证号 or 手机号, whether or not the account exists) */
  perLogin: WindowRule;
  /** failed sign-ins from one address, whatever the logins: stops one machine trying many accounts */
  perAddress: WindowRule;
}

export const defaultSignInLimits: SignInLimits = {
  perLogin: { limit: 5, windowMs: 15 * 60_000 },
  perAddress: { limit: 30, windowMs: 15 * 60_000 },
};

/**
 * Slows down password guessing: once a login, or an address, has had its limit of failed attempts in a
 * window, further attempts are refused until the window ends — whether or not the account exists, so the
 * lock tells nothing. The counts live in PostgreSQL (AbuseCounters), so every API process shares them.
 */
export class LoginThrottle {
  constructor(
    private readonly counters: AbuseCounters,
    private readonly limits: SignInLimits = defaultSignInLimits,
  ) {}

  /** Milliseconds until this login may be tried from this address, or 0 when it may be tried now. */
  async retryAfter(loginKey: string, address: string | null, now: Date): Promise<number> {
    const states = await Promise.all([
      this.counters.peek(loginCounter(loginKey), this.limits.perLogin, now),
      ...(address ? [this.counters.peek(addressCounter(address), this.limits.perAddress, now)] : []),
    ]);
    const waits = states
      .filter((state) => state.remaining === 0)
      .map((state) => state.resetAt.getTime() - now.getTime());
    return Math.max(0, ...waits);
  }

  async recordFailure(loginKey: string, address: string | null, now: Date): Promise<void> {
    await Promise.all([
      this.counters.add(loginCounter(loginKey), this.limits.perLogin, now),
      ...(address ? [this.counters.add(addressCounter(address), this.limits.perAddress, now)] : []),
    ]);
  }

  /** A successful sign-in forgets the login's failures (not the address's). */
  async reset(loginKey: string, now: Date): Promise<void> {
    await this.counters.reset(loginCounter(loginKey), this.limits.perLogin, now);
  }
}

const loginCounter = (loginKey: string) => `login:${loginKey}`;
const addressCounter = (address: string) => `login-address:${address}`;

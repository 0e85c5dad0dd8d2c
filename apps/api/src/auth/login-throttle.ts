import type { AbuseCounters, WindowRule, WindowState } from '../abuse/abuse-counters.ts';

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
 *
 * A failure is reserved before the password is checked (an atomic conditional increment), so concurrent
 * guesses, on one process or many, cannot get past the limit while their checks are still running; a
 * successful attempt then clears the login's failures and gives the address its unit back.
 */
export class LoginThrottle {
  constructor(
    private readonly counters: AbuseCounters,
    private readonly limits: SignInLimits = defaultSignInLimits,
  ) {}

  /** Counts this attempt as a failure in advance: 0 when it may go on, or milliseconds until it may be tried. */
  async reserve(loginKey: string, address: string | null, now: Date): Promise<number> {
    const login = await this.counters.take(loginCounter(loginKey), this.limits.perLogin, now, 1);
    if (!login.taken) return waitUntil(login.state, now);
    if (address) {
      const fromAddress = await this.counters.take(addressCounter(address), this.limits.perAddress, now, 1);
      if (!fromAddress.taken) {
        await this.counters.refund(loginCounter(loginKey), this.limits.perLogin, now, 1);
        return waitUntil(fromAddress.state, now);
      }
    }
    return 0;
  }

  /** The attempt reserved at `now` succeeded: the login's failures are forgotten, the address's unit returned. */
  async succeeded(loginKey: string, address: string | null, now: Date): Promise<void> {
    await Promise.all([
      this.counters.reset(loginCounter(loginKey), this.limits.perLogin, now),
      ...(address ? [this.counters.refund(addressCounter(address), this.limits.perAddress, now, 1)] : []),
    ]);
  }
}

const loginCounter = (loginKey: string) => `login:${loginKey}`;
const addressCounter = (address: string) => `login-address:${address}`;
const waitUntil = (state: WindowState, now: Date) => Math.max(1, state.resetAt.getTime() - now.getTime());

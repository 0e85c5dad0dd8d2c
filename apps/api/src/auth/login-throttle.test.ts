import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

describe('LoginThrottle', () => {
  it('locks a login after five failures within the window, until the oldest ages out', () => {
    const throttle = new LoginThrottle({ maxFailures: 5, windowMs: 1000 });
    for (let i = 0; i < 4; i += 1) throttle.recordFailure('a', 100 + i);
    expect(throttle.retryAfter('a', 200)).toBe(0);
    throttle.recordFailure('a', 200);
    expect(throttle.retryAfter('a', 201)).toBe(100 + 1000 - 201);
    expect(throttle.retryAfter('b', 201)).toBe(0);
    expect(throttle.retryAfter('a', 1101)).toBe(0);
  });

  it('forgets failures after a success', () => {
    const throttle = new LoginThrottle({ maxFailures: 2, windowMs: 1000 });
    throttle.recordFailure('a', 1);
    throttle.reset('a');
    throttle.recordFailure('a', 2);
    expect(throttle.retryAfter('a', 3)).toBe(0);
  });
});

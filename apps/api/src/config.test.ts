import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://hall@db/hall',
  NEXTAUTH_SECRET: 'a-random-secret-of-at-least-32-characters',
  PII_ENCRYPTION_KEY: '00'.repeat(32),
  PII_HASH_KEY: '11'.repeat(32),
};

describe('readConfig', () => {
  it('starts in production with every required variable, with production defaults', () => {
    const config = readConfig(production);
    expect(config).toMatchObject({ isProduction: true, logLevel: 'info', host: '127.0.0.1', port: 4000 });
    expect(config.queryLimits.maxCost).toBe(5000);
    expect(config.sessionPolicy.idleMs).toBe(30 * 60_000);
  });

  it('refuses to start in production without any required variable, naming all that are missing', () => {
    for (const name of ['DATABASE_URL', 'NEXTAUTH_SECRET', 'PII_ENCRYPTION_KEY', 'PII_HASH_KEY']) {
      expect(() => readConfig({ ...production, [name]: '' })).toThrow(name);
    }
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(
      'Refusing to start in production without: DATABASE_URL, NEXTAUTH_SECRET, PII_ENCRYPTION_KEY, PII_HASH_KEY',
    );
  });

  it('refuses the published development secret or a short one in production', () => {
    expect(() =>
      readConfig({ ...production, NEXTAUTH_SECRET: 'service-hall-development-secret-change-me' }),
    ).toThrow('NEXTAUTH_SECRET');
    expect(() => readConfig({ ...production, NEXTAUTH_SECRET: 'short' })).toThrow('NEXTAUTH_SECRET');
  });

  it('reads limits and session timeouts from the environment, refusing nonsense', () => {
    const config = readConfig({
      ...production,
      QUERY_MAX_COST: '800',
      RATE_LIMIT_USER_POINTS: '9000',
      STAFF_SESSION_IDLE_MINUTES: '10',
    });
    expect(config.queryLimits).toMatchObject({ maxCost: 800, userPointsPerHour: 9000 });
    expect(config.sessionPolicy.staffIdleMs).toBe(10 * 60_000);
    expect(() => readConfig({ ...production, QUERY_MAX_COST: 'lots' })).toThrow('QUERY_MAX_COST');
    expect(() => readConfig({ ...production, SESSION_IDLE_MINUTES: '-1' })).toThrow('SESSION_IDLE_MINUTES');
  });

  it('needs only DATABASE_URL in development', () => {
    expect(readConfig({ DATABASE_URL: 'postgresql://localhost/hall' }).isProduction).toBe(false);
    expect(() => readConfig({})).toThrow('DATABASE_URL');
  });
});

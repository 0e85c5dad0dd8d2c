import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import type { Clock } from '../lib/clock.ts';

const CITIZEN = '11010519491231002X';
const OTHER_CITIZEN = '120104198503120018';
const HOUR = 60 * 60_000;

function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

const aliased = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `c${i}: myCases(first: 100) ${selection}`).join(' ')} }`;

describe('query limits and rate-limit budgets', () => {
  // 10:15 UTC: the hourly window ends at 11:00, 45 minutes (2700 s) later.
  const clock = manualClock('2026-11-27T10:15:00Z');
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), {
      clock,
      queryLimits: { userPointsPerHour: 1_000, anonymousPointsPerHour: 50 },
    });
  });
  afterAll(() => api?.close());

  const counters = () => api.db.abuseCounter.findMany({ orderBy: { key: 'asc' } });

  it('refuses the 300-alias myCases(first: 100) query while parsing, before anything runs', async () => {
    const sessionToken = await api.sessionFor(CITIZEN);
    const query = aliased(300, '{ nodes { id businessNumber item { name } department { name } } }');
    expect(query.length).toBeGreaterThan(20_000);
    await api.graphql('{ __typename }', {}, { sessionToken }); // warm up: measure the refusal only
    await api.db.abuseCounter.deleteMany();
    const started = performance.now();
    const result = await api.graphql(query, {}, { sessionToken });
    const elapsed = performance.now() - started;
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors![0]!.message).toMatch(/more that 3000 tokens/);
    expect(elapsed).toBeLessThan(1_000); // it ran to completion in about 5 s before
    // Nothing was charged: the request never reached the cost check.
    expect(await counters()).toEqual([]);
  });

  it('refuses more than 30 aliases while validating', async () => {
    const sessionToken = await api.sessionFor(CITIZEN);
    const result = await api.graphql(aliased(31, '{ totalCount }'), {}, { sessionToken });
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'TOO_MANY_ALIASES',
      count: 31,
      limit: 30,
    });
    expect(await counters()).toEqual([]);
  });

  it('refuses an operation over the maximum cost with its cost and the limit, charging nothing', async () => {
    const sessionToken = await api.sessionFor(CITIZEN);
    // 30 × (1 + 100 × (case + item + department)) = 30 × 301
    const result = await api.graphql(
      aliased(30, '{ nodes { id item { name } department { name } } }'),
      {},
      { sessionToken },
    );
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      message: '查询过于复杂 (cost 9030 exceeds the limit of 5000)',
      extensions: { code: 'MAX_COST_EXCEEDED', cost: 9030, limit: 5000 },
    });
    expect(await counters()).toEqual([]);
  });

  it('answers rateLimit and the X-RateLimit headers, charging each request its cost', async () => {
    const sessionToken = await api.sessionFor(OTHER_CITIZEN);
    const first = await api.graphql<{ rateLimit: Record<string, unknown> }>(
      '{ rateLimit { cost limit used remaining resetAt } }',
      {},
      { sessionToken },
    );
    expect(first.data!.rateLimit).toEqual({
      cost: 1,
      limit: 1000,
      used: 1,
      remaining: 999,
      resetAt: '2026-11-27T19:00:00+08:00',
    });
    const second = await api.graphql<{ rateLimit: Record<string, unknown> }>(
      '{ rateLimit { used remaining } myCases(first: 10) { nodes { id } } }',
      {},
      { sessionToken },
    );
    // rateLimit 1 + myCases (1 + 10 × 1) = 12 points
    expect(second.data!.rateLimit).toEqual({ used: 13, remaining: 987 });
    expect(second.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(second.headers.get('x-ratelimit-remaining')).toBe('987');
    expect(second.headers.get('x-ratelimit-reset')).toBe(String(Date.parse('2026-11-27T11:00:00Z') / 1000));
  });

  it('answers 429 with Retry-After when the hourly budget is spent, until the window resets', async () => {
    const sessionToken = await api.sessionFor(CITIZEN);
    const page = '{ myCases(first: 100) { nodes { id } } }'; // 101 points
    for (let i = 0; i < 9; i += 1) {
      expect((await api.graphql(page, {}, { sessionToken })).status).toBe(200);
    }
    const refused = await api.graphql(page, {}, { sessionToken });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2700');
    expect(refused.data).toBeUndefined();
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      cost: 101,
      limit: 1000,
      remaining: 91,
      resetAt: '2026-11-27T11:00:00.000Z',
    });
    // A cheaper request still fits in what is left; another user has their own budget.
    expect((await api.graphql('{ me { name } }', {}, { sessionToken })).status).toBe(200);
    const other = await api.sessionFor(OTHER_CITIZEN);
    expect((await api.graphql(page, {}, { sessionToken: other })).status).toBe(200);

    clock.advance(45 * 60_000);
    const later = await api.sessionFor(CITIZEN); // the first session went idle meanwhile
    expect((await api.graphql(page, {}, { sessionToken: later })).status).toBe(200);
  });

  it('gives anonymous callers a budget per address', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < 50; i += 1) {
      expect((await api.graphql('{ me { name } }', {}, null, from('203.0.113.7'))).status).toBe(200);
    }
    const refused = await api.graphql('{ me { name } }', {}, null, from('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect((await api.graphql('{ me { name } }', {}, null, from('203.0.113.8'))).status).toBe(200);
  });

  it('lets a partner client have its own budget', async () => {
    await api.db.apiClient.update({
      where: { clientId: 'nk-street-system' },
      data: { rateLimitPoints: 77 },
    });
    const response = await fetch(`${api.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('nk-street-system:dev-secret-nk-street').toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    const { access_token: bearer } = (await response.json()) as { access_token: string };
    const result = await api.graphql<{ rateLimit: { limit: number; remaining: number } }>(
      '{ rateLimit { limit remaining } }',
      {},
      { bearer },
    );
    expect(result.data!.rateLimit).toEqual({ limit: 77, remaining: 76 });
  });

  it('keeps the counters table to live windows', async () => {
    clock.advance(2 * HOUR);
    const before = await api.db.abuseCounter.count();
    expect(before).toBeGreaterThan(0);
    const { AbuseCounters } = await import('../abuse/abuse-counters.ts');
    expect(await new AbuseCounters(api.db).sweep(clock.now())).toBe(before);
    expect(await api.db.abuseCounter.count()).toBe(0);
  });
});

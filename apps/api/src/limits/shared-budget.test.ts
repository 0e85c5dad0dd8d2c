import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';

const CITIZEN = '11010519491231002X';
const BUDGET = 40;
const REQUESTS = 90;

describe('one hourly budget spent through two API instances at once', () => {
  // Inside one window (10:15 UTC; it resets at 11:00), so the count cannot start again mid-test.
  const at = new Date('2026-11-27T10:15:00Z');
  const clock = { now: () => at };
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    const queryLimits = { userPointsPerHour: BUDGET };
    first = await startTestApi(inject('adminUrl'), { clock, queryLimits });
    second = await startTestApi(inject('adminUrl'), {
      clock,
      queryLimits,
      storage: first.storage,
      database: { url: first.databaseUrl, drop: async () => {} },
    });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('never lets concurrent requests through both instances exceed the limit', async () => {
    const sessionToken = await first.sessionFor(CITIZEN);
    // `{ rateLimit { cost } }` costs 1 point: each request asks for one of the 40.
    const answers = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        (i % 2 ? second : first).graphql<{ rateLimit: { cost: number } }>(
          '{ rateLimit { cost } }',
          {},
          { sessionToken },
        ),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(BUDGET);
    expect(statuses.filter((status) => status === 429)).toHaveLength(REQUESTS - BUDGET);
    expect(answers.filter((a) => a.status === 200).every((a) => a.data!.rateLimit.cost === 1)).toBe(true);
    // Both instances served some of the granted requests (the budget is one, not one per instance) ...
    const granted = answers.flatMap((answer, i) => (answer.status === 200 ? [i % 2] : []));
    expect(new Set(granted)).toEqual(new Set([0, 1]));
    // ... and the shared counter holds exactly the points granted: nothing overdrawn, nothing lost.
    const counters = await first.db.abuseCounter.findMany({ where: { key: { startsWith: 'cost:user:' } } });
    expect(counters.map((row) => row.count)).toEqual([BUDGET]);
  });
});

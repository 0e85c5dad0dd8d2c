import { defaultUploadLimits } from '../application/upload-limits.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { graphqlAt, startTestApi, TEST_SESSION_SECRET, type TestApi } from '../testing/test-api.ts';
import {
  fetchInto,
  generateCode,
  LI_HUA,
  licenseId,
  licenseSlot,
  newDraft,
  session,
  WANG_GANG,
} from '../license/license-testing.ts';
import { buildServer } from '../server.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import type { Clock } from '../lib/clock.ts';
import type { SignInLimits } from './login-throttle.ts';

const MINUTE = 60_000;
const limits: SignInLimits = {
  perLogin: { limit: 5, windowMs: 15 * MINUTE },
  perAddress: { limit: 8, windowMs: 15 * MINUTE },
};

function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

/**
 * Sign-in throttling and the license code lockout with two API processes on one database: the abuse counters
 * are shared through PostgreSQL.
 */
describe('sign-in throttle and code lockout across API instances', () => {
  // 09:05 UTC: the 15-minute window ends at 09:15, 600 s later.
  const clock = manualClock('2026-11-27T09:05:00Z');
  let first: TestApi;
  let second: { app: FastifyInstance; db: Db; url: string };

  beforeAll(async () => {
    first = await startTestApi(inject('adminUrl'), { clock, signInLimits: limits });
    const db = createPrisma(first.databaseUrl);
    const app = await buildServer({
      db,
      clock,
      logger: pino({ level: 'silent' }),
      sessionSecret: TEST_SESSION_SECRET,
      isProduction: false,
      trustProxy: 'loopback',
      signInLimits: limits,
      storage: first.storage,
      uploadLimits: defaultUploadLimits,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    second = {
      app,
      db,
      url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    };
  });
  afterAll(async () => {
    await second?.app.close();
    await second?.db.$disconnect();
    await first?.close();
  });

  async function signIn(url: string, login: string, password: string, from: string) {
    const response = await fetch(`${url}/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ login, password }),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after') };
  }

  it('locks a login after five failures counted on either instance, on both', async () => {
    const login = '13900139000';
    const from = '198.51.100.1';
    for (let i = 0; i < 3; i += 1) expect((await signIn(first.url, login, 'guess', from)).status).toBe(401);
    for (let i = 0; i < 2; i += 1) expect((await signIn(second.url, login, 'guess', from)).status).toBe(401);
    expect(await signIn(first.url, login, 'Citizen#2019', '198.51.100.2')).toEqual({
      status: 429,
      retryAfter: '600',
    });
    expect(await signIn(second.url, login, 'Citizen#2019', '198.51.100.3')).toEqual({
      status: 429,
      retryAfter: '600',
    });
    // Other logins are not affected.
    expect((await signIn(second.url, '11010519491231002X', 'Citizen#2019', '198.51.100.4')).status).toBe(200);

    clock.advance(10 * MINUTE);
    expect((await signIn(first.url, login, 'Citizen#2019', '198.51.100.2')).status).toBe(200);
  });

  it('locks an address after eight failures across logins and instances, not other addresses', async () => {
    const from = '203.0.113.50';
    const logins = ['13800000001', '13800000002', '13800000003', '13800000004'];
    for (let i = 0; i < 8; i += 1) {
      const url = i % 2 === 0 ? first.url : second.url;
      expect((await signIn(url, logins[i % 4]!, 'guess', from)).status).toBe(401);
    }
    // No login reached five failures, but the address is spent: even a right password is refused.
    const locked = await signIn(first.url, '11010519491231002X', 'Citizen#2019', from);
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBeGreaterThan(0);
    expect((await signIn(second.url, '11010519491231002X', 'Citizen#2019', from)).status).toBe(429);
    expect((await signIn(second.url, '11010519491231002X', 'Citizen#2019', '203.0.113.51')).status).toBe(200);
  });

  it('lets no more than five guesses for one login through when twenty arrive at once on both instances', async () => {
    const login = '13600136000';
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signIn(i % 2 === 0 ? first.url : second.url, login, `guess-${i}`, `198.18.0.${i + 1}`),
      ),
    );
    expect(results.filter((result) => result.status === 401)).toHaveLength(5);
    expect(results.filter((result) => result.status === 429)).toHaveLength(15);
  });

  it('forgets a login’s failures after a successful sign-in', async () => {
    const login = '13700137000';
    for (let i = 0; i < 4; i += 1) {
      expect((await signIn(first.url, login, 'guess', `192.0.2.${i}`)).status).toBe(401);
    }
    expect((await signIn(second.url, login, 'Company#2019', '192.0.2.9')).status).toBe(200);
    for (let i = 0; i < 4; i += 1) {
      expect((await signIn(second.url, login, 'guess', `192.0.2.${10 + i}`)).status).toBe(401);
    }
    expect((await signIn(first.url, login, 'Company#2019', '192.0.2.20')).status).toBe(200);
  });

  it('locks license code entry after five wrong codes entered on either instance, on both', async () => {
    const secondApi = { graphql: graphqlAt(second.url) };
    const li = await session(first, LI_HUA);
    const wang = await session(first, WANG_GANG);
    const draft = await newDraft(first, LI_HUA);
    const slot = await licenseSlot(first);
    const wrong = (n: number) =>
      fetchInto(n % 2 === 0 ? first : secondApi, li, {
        caseId: draft.globalId,
        itemMaterialId: slot,
        code: String(10_000_000 + n),
      });
    for (let n = 0; n < 4; n += 1) {
      expect(await wrong(n)).toMatchObject({ lockedUntil: null, userErrors: [{ code: 'INVALID' }] });
    }
    const unlockAt = new Date(clock.now().getTime() + 15 * MINUTE).toISOString();
    const fifth = await wrong(4);
    expect(new Date(fifth.lockedUntil!).toISOString()).toBe(unlockAt);

    // A right code is refused on both instances while the lock lasts, and nothing is attached.
    const license = await licenseId(first, '天津津南外资科技有限公司');
    const { code } = await generateCode(first, wang, license.globalId);
    for (const api of [secondApi, first]) {
      const locked = await fetchInto(api, li, { caseId: draft.globalId, itemMaterialId: slot, code });
      expect(locked.material).toBeNull();
      expect(locked.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'code'] });
      expect(new Date(locked.lockedUntil!).toISOString()).toBe(unlockAt);
    }
    expect(await first.db.caseMaterial.count({ where: { caseId: draft.id } })).toBe(0);
    const rows = await first.db.abuseCounter.findMany({ where: { key: { startsWith: 'license-code:' } } });
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(5);
  });

  it('keeps state only in the database: one row per key and window, swept when it expires', async () => {
    const rows = await first.db.abuseCounter.findMany({ where: { key: { startsWith: 'login' } } });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => `${row.key}@${row.windowStart.toISOString()}`)).size).toBe(rows.length);
    expect(rows.every((row) => row.expiresAt.getTime() - row.windowStart.getTime() === 15 * MINUTE)).toBe(
      true,
    );
    expect(rows.some((row) => row.key.includes('13900139000'))).toBe(false); // logins are stored as HMACs
  });
});

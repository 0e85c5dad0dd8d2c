import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedServer } from './db/embedded-postgres.ts';
import { createTestDatabase, prepareTemplate } from './testing/test-database.ts';
import { startTestApi, TEST_SESSION_SECRET, type TestApi } from './testing/test-api.ts';
import { createPrisma } from './db/prisma.ts';
import { spawnApi } from './testing/spawn-api.ts';

const CITIZEN = '11010519491231002X';
const REQUEST_TIMEOUT_MS = 10_000;

interface Sample {
  at: number;
  status: number | 'timeout' | 'network';
  ms: number;
}

/** Sends one request with a client-side timeout and records how it ended. */
async function sample(send: (signal: AbortSignal) => Promise<Response>): Promise<Sample> {
  const at = Date.now();
  try {
    const response = await send(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
    await response.arrayBuffer();
    return { at, status: response.status, ms: Date.now() - at };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return { at, status: timedOut ? 'timeout' : 'network', ms: Date.now() - at };
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

// This file runs its own PostgreSQL server (not the suite's shared one), because it stops and restarts it.
describe('faults: PostgreSQL restarts under load', () => {
  const root = mkdtempSync(join(tmpdir(), 'hall-faults-'));
  chmodSync(root, 0o755);
  const dataDir = join(root, 'data');
  const port = 54400 + Math.floor(Math.random() * 50);
  let server: EmbeddedServer;
  let api: TestApi;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir, port });
    await prepareTemplate(server.adminUrl);
    api = await startTestApi(server.adminUrl);
  }, 180_000);

  afterAll(async () => {
    await api?.close().catch(() => {});
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers 503 on /healthz while the database is down, never hangs, and recovers by itself', async () => {
    const sessionToken = await api.sessionFor(CITIZEN);
    const health = (signal: AbortSignal) => fetch(`${api.url}/healthz`, { signal });
    const me = (signal: AbortSignal) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', 'x-session-token': sessionToken },
        body: JSON.stringify({ query: '{ me { name } }' }),
      });

    const samples: Sample[] = [];
    let running = true;
    const load = (async () => {
      while (running) {
        samples.push(...(await Promise.all([sample(health), sample(me), sample(me), sample(me)])));
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const stoppedAt = Date.now();
    await server.stop();
    const downFor = await waitFor(async () => (await sample(health)).status === 503, 10_000);
    expect(downFor).toBeLessThan(5_000);
    // Down: a GraphQL request answers 503 with Retry-After and the stated code, so clients know to retry.
    const down = await api.graphql('{ me { name } }', {}, { sessionToken });
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('2');
    expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toMatch(/服务暂时不可用/);
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    server = await startEmbeddedPostgres({ dataDir, port });
    const restartedAt = Date.now();
    const recoveredIn = await waitFor(async () => (await sample(health)).status === 200, 30_000);
    const meAgain = await api.graphql<{ me: { name: string } }>('{ me { name } }', {}, { sessionToken });
    expect(meAgain.data?.me.name).toBe('李华');
    running = false;
    await load;

    // Before the stop everything answered 200; no request ever hung past the client's timeout; while the
    // database was down requests failed fast; after recovery they succeed again.
    expect(samples.filter((s) => s.at < stoppedAt - 100).every((s) => s.status === 200)).toBe(true);
    expect(samples.filter((s) => s.status === 'timeout' || s.status === 'network')).toEqual([]);
    // Nothing during the outage answered 500 (内部错误): every failure said 503, retry.
    expect(samples.filter((s) => s.status === 500)).toEqual([]);
    expect(
      samples.filter((s) => s.at > stoppedAt + 500 && s.at < restartedAt).some((s) => s.status === 503),
    ).toBe(true);
    expect(recoveredIn).toBeLessThan(30_000);
  }, 120_000);
});

/** The API as its own process (`src/main.ts`), as production runs it; no web app anywhere. */
function spawnApiOn(databaseUrl: string) {
  return spawnApi({ ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: TEST_SESSION_SECRET });
}

const SYNC = `mutation($input: SyncCaseInput!) { syncCase(input: $input) { outcome userErrors { code } } }`;

async function partnerToken(url: string): Promise<string> {
  const response = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('nk-social-security-system:dev-secret-nk-social-security').toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'cases:sync' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function syncCase(url: string, token: string, n: number): Promise<string | null> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: SYNC,
        variables: {
          input: {
            businessNumber: `FAULT${String(n).padStart(6, '0')}`,
            applicantIdNumber: CITIZEN,
            itemCode: 'nk-ss-pension-transfer',
            status: 'ACCEPTED',
            appliedAt: '2026-11-26T09:00:00+08:00',
            statusChangedAt: '2026-11-26T09:30:00+08:00',
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { syncCase: { outcome: string | null } } };
    return body.data?.syncCase.outcome ?? null;
  } catch {
    return null; // the connection died with the process
  }
}

describe('faults: the API is killed in the middle of writes', () => {
  const CASES = 200;

  it('leaves no half-written case, keeps serving partners with no web app, and a retry completes the rest', async () => {
    const adminUrl = inject('adminUrl');
    const database = await createTestDatabase(adminUrl);
    const db = createPrisma(database.url);
    try {
      const first = await spawnApiOn(database.url);
      const token = await partnerToken(first.url);
      const outcomes: (string | null)[] = new Array(CASES).fill(null);
      let sent = 0;
      const workers = Array.from({ length: 8 }, async () => {
        while (sent < CASES) {
          const n = sent++;
          outcomes[n] = await syncCase(first.url, token, n);
        }
      });
      await waitFor(async () => outcomes.filter(Boolean).length >= 20, 30_000);
      first.child.kill('SIGKILL');
      await Promise.all(workers);

      const created = outcomes.filter((outcome) => outcome === 'CREATED').length;
      expect(created).toBeGreaterThanOrEqual(20);
      expect(created).toBeLessThan(CASES);
      const afterKill = await db.case.findMany({
        where: { businessNumber: { startsWith: 'FAULT' } },
        select: { businessNumber: true, _count: { select: { events: true } } },
      });
      // Every case the API answered CREATED for is there; nothing is there without its timeline.
      expect(afterKill.length).toBeGreaterThanOrEqual(created);
      expect(afterKill.filter((row) => row._count.events === 0)).toEqual([]);

      const second = await spawnApiOn(database.url);
      try {
        const retryToken = await partnerToken(second.url);
        const retried = await Promise.all(
          Array.from({ length: CASES }, (_, n) => syncCase(second.url, retryToken, n)),
        );
        expect(retried.every((outcome) => outcome === 'CREATED' || outcome === 'UNCHANGED')).toBe(true);
        expect(retried.filter((outcome) => outcome === 'UNCHANGED').length).toBe(afterKill.length);
      } finally {
        second.child.kill('SIGTERM');
      }
      const final = await db.case.findMany({
        where: { businessNumber: { startsWith: 'FAULT' } },
        select: { _count: { select: { events: true } } },
      });
      expect(final.length).toBe(CASES);
      expect(final.every((row) => row._count.events >= 1)).toBe(true);
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  }, 180_000);
});

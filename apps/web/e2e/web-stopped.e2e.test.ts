import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebStack } from './global-setup';

/**
 * Fault: the web app dies while the API runs. Partner systems talk to the API directly (OAuth client
 * credentials), so their writes and reads must go on as if nothing happened. This file starts its own stack
 * (database, API, the production build with its server) so that stopping its web app touches no other test.
 */
const CITIZEN = '11010519491231002X';
const SYNC = `mutation($input: SyncCaseInput!) {
  syncCase(input: $input) { outcome case { id } userErrors { code } }
}`;
const READ = `query($id: ID!) { node(id: $id) { ... on Case { businessNumber status } } }`;

type Answer = {
  syncCase?: { outcome: string | null; case: { id: string } | null };
  node?: { businessNumber: string; status: string } | null;
};
type Stack = Awaited<ReturnType<typeof startWebStack>>;
let stack: Stack;
beforeAll(async () => {
  stack = await startWebStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function partnerToken(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('nk-social-security-system:dev-secret-nk-social-security').toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'cases:sync cases:read' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function graphql(apiUrl: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: (await response.json()) as { data?: Answer; errors?: unknown[] } };
}

/** One partner round trip: sync a new case, then read it back. Returns what went wrong, or null. */
async function syncAndRead(apiUrl: string, token: string, n: number): Promise<string | null> {
  const businessNumber = `WEBDOWN${String(n).padStart(6, '0')}`;
  try {
    const synced = await graphql(apiUrl, token, SYNC, {
      input: {
        businessNumber,
        applicantIdNumber: CITIZEN,
        itemCode: 'nk-ss-pension-transfer',
        status: 'ACCEPTED',
        appliedAt: '2026-11-26T09:00:00+08:00',
        statusChangedAt: '2026-11-26T09:30:00+08:00',
      },
    });
    const payload = synced.body.data?.syncCase;
    if (synced.status !== 200 || payload?.outcome !== 'CREATED')
      return `sync ${n}: ${JSON.stringify(synced)}`;
    const read = await graphql(apiUrl, token, READ, { id: payload.case!.id });
    const node = read.body.data?.node;
    if (read.status !== 200 || node?.businessNumber !== businessNumber || node.status !== 'ACCEPTED') {
      return `read ${n}: ${JSON.stringify(read)}`;
    }
    return null;
  } catch (error) {
    return `${n}: ${(error as Error).message}`;
  }
}

describe('faults: the web app stops while the API runs', () => {
  it('keeps serving partner writes and reads, before, during and after the web app is killed', async () => {
    expect((await fetch(`${stack.webUrl}/login`)).status).toBe(200);
    const token = await partnerToken(stack.apiUrl);

    const failures: string[] = [];
    let done = 0;
    let doneWhenWebStopped = -1;
    let next = 0;
    let running = true;
    const workers = Array.from({ length: 4 }, async () => {
      while (running) {
        const failure = await syncAndRead(stack.apiUrl, token, next++);
        if (failure) failures.push(failure);
        done += 1;
      }
    });

    await until(() => done >= 20);
    await stack.stopWeb('SIGKILL');
    doneWhenWebStopped = done;
    await expect(fetch(`${stack.webUrl}/login`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
    await until(() => done >= doneWhenWebStopped + 40);
    running = false;
    await Promise.all(workers);

    expect(failures).toEqual([]);
    expect(done).toBeGreaterThanOrEqual(doneWhenWebStopped + 40);
    const health = await fetch(`${stack.apiUrl}/healthz`);
    expect(health.status).toBe(200);
    // A new token can still be issued once the web app is gone.
    expect(await partnerToken(stack.apiUrl)).toMatch(/^hat_/);
  });
});

async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

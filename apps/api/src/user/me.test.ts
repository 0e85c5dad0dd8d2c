import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';

describe('me and sign-in', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
  });
  afterAll(() => api?.close());

  it('returns the signed-in user with a masked ID number, level and roles', async () => {
    const sessionToken = await api.sessionFor('11010519491231002X');
    const result = await api.graphql<{ me: Record<string, unknown> }>(
      '{ me { name maskedIdNumber maskedPhone realNameLevel roles kind } }',
      {},
      { sessionToken },
    );
    expect(result.data!.me).toEqual({
      name: '李华',
      maskedIdNumber: '110***********002X',
      maskedPhone: '138****8000',
      realNameLevel: 'REAL_NAME',
      roles: ['CITIZEN'],
      kind: 'PERSON',
    });
  });

  it('is null without a session', async () => {
    const result = await api.graphql<{ me: unknown }>('{ me { name } }');
    expect(result.data!.me).toBeNull();
  });

  it('stores ID numbers and phones only encrypted', async () => {
    const rows = await api.db.$queryRaw<{ id_number_cipher: string; phone_cipher: string }[]>`
      SELECT id_number_cipher, phone_cipher FROM users WHERE name = '李华'`;
    expect(rows[0]!.id_number_cipher).not.toContain('11010519491231002X');
    expect(rows[0]!.id_number_cipher).toMatch(/^v2\.1\./);
    expect(rows[0]!.phone_cipher).not.toContain('13800138000');
  });

  async function signIn(login: string, password: string) {
    const response = await fetch(`${api.url}/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('signs in by ID number (either case of X) or phone', async () => {
    expect((await signIn('11010519491231002x', 'Citizen#2019')).body).toMatchObject({
      user: { name: '李华' },
    });
    expect((await signIn('13800138000', 'Citizen#2019')).status).toBe(200);
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const wrong = await signIn('11010519491231002X', 'nope');
    const unknown = await signIn('120104198503120026', 'Citizen#2019');
    expect(wrong).toEqual({ status: 401, body: { error: 'INVALID_CREDENTIALS' } });
    expect(unknown).toEqual(wrong);
  });

  it('locks a login after five failures, whether or not the account exists', async () => {
    for (const login of ['13900139000', '13999999999']) {
      for (let i = 0; i < 5; i += 1) expect((await signIn(login, 'guess')).status).toBe(401);
      const locked = await signIn(login, 'Citizen#2019');
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ error: 'TOO_MANY_ATTEMPTS' });
    }
    expect((await signIn('11010519491231002X', 'Citizen#2019')).status).toBe(200);
  });

  it('reports database health', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    // No read replicas configured: none listed (db/read-replicas.test.ts covers them).
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok', replicas: [] });
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';
import type { Clock } from '../lib/clock.ts';
import { partnerToken } from './partner-token.ts';

const ADMIN = '120000197001010067';
const SUPERVISOR = '120103199506300055';

const CREATE = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) {
  clientSecret apiClient { id clientId scopes isActive department { name } } userErrors { field code message } } }`;
const ROTATE = `mutation($input: RotateApiClientSecretInput!) { rotateApiClientSecret(input: $input) {
  clientSecret apiClient { secretRotatedAt previousSecretValidUntil } userErrors { field code } } }`;
const DISABLE = `mutation($input: DisableApiClientInput!) { disableApiClient(input: $input) {
  revokedTokens apiClient { isActive disabledAt } userErrors { code } } }`;

type Created = {
  createApiClient: {
    clientSecret: string | null;
    apiClient: { id: string; clientId: string; scopes: string[]; isActive: boolean } | null;
    userErrors: { field: string[]; code: string }[];
  };
};

describe('partner client management (admin)', () => {
  let api: TestApi;
  let now = Math.floor(Date.now() / 1000) * 1000; // DateTime answers carry whole seconds
  const clock: Clock = { now: () => new Date(now) };
  let admin: { sessionToken: string };
  let departmentId: string;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
    admin = { sessionToken: await api.sessionFor(ADMIN) };
    const department = await api.db.department.findUniqueOrThrow({ where: { code: 'nk-social-security' } });
    departmentId = toGlobalId('Department', department.id);
  });
  afterAll(() => api?.close());

  const tokenWorks = async (clientId: string, secret: string) =>
    partnerToken(api.url, clientId, secret).then(
      () => true,
      () => false,
    );

  it('creates a client for a department with scopes and shows its secret once', async () => {
    const input = { clientId: 'nk-ss-archive', name: '社保档案系统', departmentId, scopes: ['cases:read'] };
    const created = await api.graphql<Created>(CREATE, { input }, admin);
    expect(created.errors).toBeUndefined();
    const { clientSecret, apiClient } = created.data!.createApiClient;
    expect(apiClient).toMatchObject({ clientId: 'nk-ss-archive', scopes: ['cases:read'], isActive: true });
    expect(clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await api.db.apiClient.findUniqueOrThrow({ where: { clientId: 'nk-ss-archive' } });
    expect(row.secretHash).not.toContain(clientSecret!);
    expect(await tokenWorks('nk-ss-archive', clientSecret!)).toBe(true);

    const list = await api.graphql<{ apiClients: { nodes: { clientId: string }[] } }>(
      '{ apiClients(first: 100) { nodes { clientId } } }',
      {},
      admin,
    );
    expect(list.data!.apiClients.nodes.map((c) => c.clientId)).toContain('nk-ss-archive');

    const again = await api.graphql<Created>(CREATE, { input }, admin);
    expect(again.data!.createApiClient.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'clientId'], code: 'TAKEN' }),
    ]);
    const badScope = await api.graphql<Created>(
      CREATE,
      { input: { ...input, clientId: 'nk-ss-other', scopes: ['cases:delete'] } },
      admin,
    );
    expect(badScope.data!.createApiClient.userErrors[0]).toMatchObject({
      field: ['input', 'scopes'],
      code: 'INVALID',
    });
    const supervisor = { sessionToken: await api.sessionFor(SUPERVISOR) };
    const refused = await api.graphql(CREATE, { input: { ...input, clientId: 'nk-ss-third' } }, supervisor);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await api.db.apiClient.count({ where: { clientId: { in: ['nk-ss-other', 'nk-ss-third'] } } }),
    ).toBe(0);
  });

  it('rotates a secret: both secrets work during the stated overlap, only the new one after it', async () => {
    const created = await api.graphql<Created>(
      CREATE,
      { input: { clientId: 'nk-ss-rotating', name: '轮换测试系统', departmentId, scopes: ['cases:read'] } },
      admin,
    );
    const oldSecret = created.data!.createApiClient.clientSecret!;
    const id = created.data!.createApiClient.apiClient!.id;
    const rotated = await api.graphql<{
      rotateApiClientSecret: { clientSecret: string; apiClient: { previousSecretValidUntil: string } };
    }>(ROTATE, { input: { apiClientId: id, overlapMinutes: 60 } }, admin);
    expect(rotated.errors).toBeUndefined();
    const newSecret = rotated.data!.rotateApiClientSecret.clientSecret;
    expect(new Date(rotated.data!.rotateApiClientSecret.apiClient.previousSecretValidUntil).getTime()).toBe(
      now + 60 * 60_000,
    );
    expect(await tokenWorks('nk-ss-rotating', oldSecret)).toBe(true);
    expect(await tokenWorks('nk-ss-rotating', newSecret)).toBe(true);

    now += 60 * 60_000; // the overlap ends (a staff session idles out after 15 minutes: sign in again)
    admin = { sessionToken: await api.sessionFor(ADMIN) };
    expect(await tokenWorks('nk-ss-rotating', oldSecret)).toBe(false);
    expect(await tokenWorks('nk-ss-rotating', newSecret)).toBe(true);

    // A second rotation keeps only the secret just replaced; overlap 0 ends it at once.
    const immediate = await api.graphql<{ rotateApiClientSecret: { clientSecret: string } }>(
      ROTATE,
      { input: { apiClientId: id, overlapMinutes: 0 } },
      admin,
    );
    const newest = immediate.data!.rotateApiClientSecret.clientSecret;
    expect(await tokenWorks('nk-ss-rotating', newSecret)).toBe(false);
    expect(await tokenWorks('nk-ss-rotating', newest)).toBe(true);

    const tooLong = await api.graphql<{
      rotateApiClientSecret: { userErrors: { field: string[]; code: string }[] };
    }>(ROTATE, { input: { apiClientId: id, overlapMinutes: 7 * 24 * 60 + 1 } }, admin);
    expect(tooLong.data!.rotateApiClientSecret.userErrors[0]).toMatchObject({
      field: ['input', 'overlapMinutes'],
      code: 'INVALID',
    });
  });

  it('disables a client: its live token stops at once and no new one is issued', async () => {
    const created = await api.graphql<Created>(
      CREATE,
      { input: { clientId: 'nk-ss-disabled', name: '停用测试系统', departmentId, scopes: ['cases:read'] } },
      admin,
    );
    const secret = created.data!.createApiClient.clientSecret!;
    const bearer = await partnerToken(api.url, 'nk-ss-disabled', secret);
    const before = await api.graphql('{ cases(first: 1) { nodes { id } } }', {}, { bearer });
    expect(before.errors).toBeUndefined();

    const disabled = await api.graphql<{
      disableApiClient: { revokedTokens: number; apiClient: { isActive: boolean } };
    }>(DISABLE, { input: { apiClientId: created.data!.createApiClient.apiClient!.id } }, admin);
    expect(disabled.data!.disableApiClient).toMatchObject({
      revokedTokens: 1,
      apiClient: { isActive: false },
    });
    const after = await api.graphql('{ cases(first: 1) { nodes { id } } }', {}, { bearer });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await tokenWorks('nk-ss-disabled', secret)).toBe(false);
  });

  it("shows a client's calls and budget use of the current hour", async () => {
    const created = await api.graphql<Created>(
      CREATE,
      {
        input: {
          clientId: 'nk-ss-metered',
          name: '计量测试系统',
          departmentId,
          scopes: ['cases:read'],
          rateLimitPoints: 5000,
        },
      },
      admin,
    );
    const bearer = await partnerToken(api.url, 'nk-ss-metered', created.data!.createApiClient.clientSecret!);
    let spent = 0;
    for (const first of [5, 10, 20]) {
      const result = await api.graphql<{ rateLimit: { cost: number } }>(
        `{ rateLimit { cost } cases(first: ${first}) { nodes { id } } }`,
        {},
        { bearer },
      );
      spent += result.data!.rateLimit.cost;
    }
    const usage = await api.graphql<{
      apiClients: { nodes: { clientId: string; usage: Record<string, unknown> }[] };
    }>(
      '{ apiClients(first: 100) { nodes { clientId usage { calls pointsUsed pointsLimit resetAt } } } }',
      {},
      admin,
    );
    const metered = usage.data!.apiClients.nodes.find((c) => c.clientId === 'nk-ss-metered')!;
    expect(metered.usage).toMatchObject({ calls: 3, pointsUsed: spent, pointsLimit: 5000 });
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createApiClient } from './create-api-client.ts';
import { toGlobalId } from '../lib/global-id.ts';

const CITIZEN = '11010519491231002X';
const SYNC = `mutation($input: SyncCaseInput!) {
  syncCase(input: $input) { outcome case { businessNumber source status department { name } } userErrors { field code message } }
}`;

type SyncResult = {
  syncCase: {
    outcome: string | null;
    case: { businessNumber: string; source: string; status: string; department: { name: string } } | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
};

describe('partner sync (互联互通)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
  });
  afterAll(() => api?.close());

  async function token(body: Record<string, string>, basic?: [string, string]) {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (basic) headers.authorization = `Basic ${Buffer.from(basic.join(':')).toString('base64')}`;
    const response = await fetch(`${api.url}/oauth/token`, {
      method: 'POST',
      headers,
      body: new URLSearchParams(body),
    });
    return {
      status: response.status,
      cacheControl: response.headers.get('cache-control'),
      body: (await response.json()) as Record<string, string>,
    };
  }

  const socialSecurity = () =>
    token({ grant_type: 'client_credentials' }, [
      'nk-social-security-system',
      'dev-secret-nk-social-security',
    ]).then((r) => r.body.access_token!);

  const input = (overrides: Record<string, unknown> = {}) => ({
    businessNumber: 'SS2026112600001',
    applicantIdNumber: CITIZEN,
    itemCode: 'nk-ss-pension-transfer',
    status: 'ACCEPTED',
    appliedAt: '2026-11-26T09:00:00+08:00',
    statusChangedAt: '2026-11-26T09:30:00+08:00',
    ...overrides,
  });

  it('issues short-lived bearer tokens for the client-credentials grant', async () => {
    const ok = await token({
      grant_type: 'client_credentials',
      client_id: 'nk-social-security-system',
      client_secret: 'dev-secret-nk-social-security',
      scope: 'cases:sync',
    });
    expect(ok.status).toBe(200);
    expect(ok.cacheControl).toBe('no-store');
    expect(ok.body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'cases:sync' });
    expect(ok.body.access_token).toMatch(/^hat_/);
    const stored = await api.db.apiAccessToken.findMany();
    expect(stored.some((row) => row.tokenHash.includes(ok.body.access_token!))).toBe(false);

    expect(
      (await token({ grant_type: 'client_credentials' }, ['nk-social-security-system', 'wrong'])).body.error,
    ).toBe('invalid_client');
    expect((await token({ grant_type: 'client_credentials' }, ['nobody', 'wrong'])).status).toBe(401);
    expect(
      (
        await token({ grant_type: 'password' }, [
          'nk-social-security-system',
          'dev-secret-nk-social-security',
        ])
      ).body.error,
    ).toBe('unsupported_grant_type');
    expect(
      (
        await token({ grant_type: 'client_credentials', scope: 'cases:delete' }, [
          'nk-social-security-system',
          'dev-secret-nk-social-security',
        ])
      ).body.error,
    ).toBe('invalid_scope');
  });

  it('creates a case once; the same call again changes nothing', async () => {
    const bearer = await socialSecurity();
    const first = await api.graphql<SyncResult>(SYNC, { input: input() }, { bearer });
    expect(first.data!.syncCase).toMatchObject({
      outcome: 'CREATED',
      case: { source: 'INTERCONNECTED', status: 'ACCEPTED', department: { name: '南开社保分中心' } },
      userErrors: [],
    });
    const again = await api.graphql<SyncResult>(SYNC, { input: input() }, { bearer });
    expect(again.data!.syncCase.outcome).toBe('UNCHANGED');
    const rows = await api.db.case.findMany({
      where: { businessNumber: 'SS2026112600001' },
      include: { events: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.events).toHaveLength(1);
  });

  it('applies a newer status and ignores an older one that arrives late', async () => {
    const bearer = await socialSecurity();
    const completed = input({
      status: 'COMPLETED',
      statusChangedAt: '2026-11-26T15:00:00+08:00',
      resultSummary: '准予转移',
    });
    expect(
      (await api.graphql<SyncResult>(SYNC, { input: completed }, { bearer })).data!.syncCase.outcome,
    ).toBe('UPDATED');
    const late = input({ status: 'IN_PROGRESS', statusChangedAt: '2026-11-26T11:00:00+08:00' });
    const result = await api.graphql<SyncResult>(SYNC, { input: late }, { bearer });
    expect(result.data!.syncCase.outcome).toBe('STALE');
    expect(result.data!.syncCase.case!.status).toBe('COMPLETED');
    const row = await api.db.case.findFirstOrThrow({
      where: { businessNumber: 'SS2026112600001' },
      include: { events: { orderBy: { occurredAt: 'asc' } } },
    });
    expect(row.status).toBe('COMPLETED');
    expect(row.events.map((event) => event.toStatus)).toEqual(['ACCEPTED', 'COMPLETED']);

    const citizen = { sessionToken: await api.sessionFor(CITIZEN) };
    const mine = await api.graphql<{ myCases: { nodes: { businessNumber: string; source: string }[] } }>(
      '{ myCases(list: COMPLETED, source: INTERCONNECTED, first: 100) { nodes { businessNumber source } } }',
      {},
      citizen,
    );
    expect(mine.data!.myCases.nodes.map((node) => node.businessNumber)).toContain('SS2026112600001');
    // The citizen's timeline names the partner system that made each step.
    const detail = await api.graphql<{
      node: { timeline: { toStatus: string; actorName: string | null }[] };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Case { timeline { toStatus actorName } } } }',
      { id: toGlobalId('Case', row.id) },
      citizen,
    );
    const client = await api.db.apiClient.findFirstOrThrow({
      where: { clientId: 'nk-social-security-system' },
    });
    expect(detail.data!.node.timeline).toEqual([
      { toStatus: 'ACCEPTED', actorName: client.name },
      { toStatus: 'COMPLETED', actorName: client.name },
    ]);
  });

  it('lets a partner read its department’s cases only with the cases:read scope', async () => {
    const kase = await api.db.case.findFirstOrThrow({ where: { businessNumber: '20191107180245378802' } });
    const query = 'query($id: ID!) { node(id: $id) { ... on Case { businessNumber } } }';
    const id = toGlobalId('Case', kase.id);
    const grant = (
      scope: string,
      client = ['nk-social-security-system', 'dev-secret-nk-social-security'] as [string, string],
    ) =>
      token({ grant_type: 'client_credentials', scope }, client).then((r) => ({
        bearer: r.body.access_token!,
      }));
    const read = await api.graphql<{ node: unknown }>(query, { id }, await grant('cases:read'));
    expect(read.data!.node).toEqual({ businessNumber: '20191107180245378802' });
    const syncOnly = await api.graphql<{ node: unknown }>(query, { id }, await grant('cases:sync'));
    expect(syncOnly.data!.node).toBeNull();
    const otherDepartment = await api.graphql<{ node: unknown }>(
      query,
      { id },
      await grant('cases:read', ['nk-street-system', 'dev-secret-nk-street']),
    );
    expect(otherDepartment.data!.node).toBeNull();
  });

  it('reports an unknown citizen in the payload instead of dropping the case', async () => {
    const bearer = await socialSecurity();
    const result = await api.graphql<SyncResult>(
      SYNC,
      { input: input({ businessNumber: 'SS2026112600002', applicantIdNumber: '120104198503120026' }) },
      { bearer },
    );
    expect(result.data!.syncCase.case).toBeNull();
    expect(result.data!.syncCase.userErrors[0]).toMatchObject({
      code: 'UNKNOWN_CITIZEN',
      field: ['input', 'applicantIdNumber'],
    });
    expect(await api.db.case.count({ where: { businessNumber: 'SS2026112600002' } })).toBe(0);
  });

  it('refuses to write another department’s cases', async () => {
    const street = (
      await token({ grant_type: 'client_credentials' }, ['nk-street-system', 'dev-secret-nk-street'])
    ).body.access_token!;
    const result = await api.graphql<SyncResult>(
      SYNC,
      { input: input({ businessNumber: 'ST2026112600001' }) },
      { bearer: street },
    );
    expect(result.data!.syncCase.userErrors[0]).toMatchObject({
      code: 'FORBIDDEN',
      field: ['input', 'itemCode'],
    });
    expect(await api.db.case.count({ where: { businessNumber: 'ST2026112600001' } })).toBe(0);
  });

  it('refuses a token without the cases:sync scope, and no token at all', async () => {
    const created = await createApiClient(api.db, {
      clientId: 'nk-ss-reader',
      name: '只读系统',
      departmentCode: 'nk-social-security',
      scopes: ['cases:read'],
    });
    if (!created.ok) throw new Error(created.message);
    const reader = (await token({ grant_type: 'client_credentials' }, ['nk-ss-reader', created.secret])).body
      .access_token!;
    const result = await api.graphql(
      SYNC,
      { input: input({ businessNumber: 'SS2026112600003' }) },
      { bearer: reader },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(SYNC, { input: input({ businessNumber: 'SS2026112600003' }) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await api.graphql(
      SYNC,
      { input: input({ businessNumber: 'SS2026112600003' }) },
      { bearer: 'hat_forged' },
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await api.db.case.count({ where: { businessNumber: 'SS2026112600003' } })).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildSchema } from 'graphql';
import { startTestApi, type Caller, type TestApi } from './testing/test-api.ts';
import { loadTypeDefs } from './schema.ts';
import { toGlobalId } from './lib/global-id.ts';

/**
 * Who may call each top-level field at all, from one table. The fields come from the schema itself, so a new
 * Query or Mutation field fails this test until it gets a row. Mutations target IDs that do not exist (or
 * citizens who do not exist), so an allowed caller gets a userError and nothing changes; a refused caller
 * gets UNAUTHENTICATED or FORBIDDEN. (Which objects each caller then sees is tested per module.)
 */
const PRINCIPALS = [
  'anonymous',
  'citizenA',
  'citizenB',
  'company',
  'windowStaff',
  'clerkA',
  'clerkB',
  'supervisor',
  'admin',
  'clientSync',
  'clientRead',
] as const;
type PrincipalName = (typeof PRINCIPALS)[number];
/** A = allowed, U = UNAUTHENTICATED, F = FORBIDDEN; one letter per principal, in PRINCIPALS' order. */
type Row = { query: string; variables?: () => Record<string, unknown>; expect: string };

const EVERYONE = 'AAAAAAAAAAA';
const SIGNED_IN_USERS = 'UAAAAAAAAUU';
const DEPARTMENT_STAFF = 'UFFFFAAFFFF';
const WINDOW_STAFF = 'UFFFAFFFFFF';
const SYNC_SCOPE = 'UFFFFFFFFAF';

const missingCase = () => toGlobalId('Case', randomUUID());
const transition = (mutation: string, input: Record<string, unknown>): Row => ({
  query: `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { userErrors { code } } }`,
  variables: () => ({ input: { caseId: missingCase(), ...input } }),
  expect: DEPARTMENT_STAFF,
});

const MATRIX: Record<string, Row> = {
  'Query.me': { query: '{ me { id } }', expect: EVERYONE },
  'Query.node': {
    query: 'query($id: ID!) { node(id: $id) { id } }',
    variables: () => ({ id: missingCase() }),
    expect: EVERYONE,
  },
  'Query.nodes': {
    query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: () => ({ ids: [missingCase()] }),
    expect: EVERYONE,
  },
  'Query.rateLimit': { query: '{ rateLimit { cost } }', expect: EVERYONE },
  'Query.departments': { query: '{ departments { id } }', expect: EVERYONE },
  'Query.serviceItems': { query: '{ serviceItems { id } }', expect: EVERYONE },
  'Query.myCases': { query: '{ myCases(first: 1) { totalCount } }', expect: SIGNED_IN_USERS },
  'Query.departmentCases': {
    query: '{ departmentCases(first: 1) { totalCount } }',
    expect: DEPARTMENT_STAFF,
  },
  'Mutation.acceptCase': transition('acceptCase', {}),
  'Mutation.rejectCase': transition('rejectCase', { reason: '材料不全' }),
  'Mutation.requestCorrection': transition('requestCorrection', { missingMaterials: ['身份证复印件'] }),
  'Mutation.startProcessing': transition('startProcessing', {}),
  'Mutation.completeCase': transition('completeCase', {
    result: '准予许可',
    deliveryMethod: 'WINDOW_PICKUP',
  }),
  'Mutation.submitDraft': { ...transition('submitDraft', {}), expect: SIGNED_IN_USERS },
  'Mutation.lookUpCitizen': {
    query: 'mutation { lookUpCitizen(idNumber: "12010419850312003X") { userErrors { code } } }',
    expect: WINDOW_STAFF,
  },
  'Mutation.recordWindowCase': {
    query:
      'mutation($input: RecordWindowCaseInput!) { recordWindowCase(input: $input) { userErrors { code } } }',
    variables: () => ({
      input: {
        applicantIdNumber: '12010419850312003X',
        itemId: toGlobalId('ServiceItem', randomUUID()),
        businessNumber: 'MATRIX-0001',
        appliedAt: '2026-11-27T09:00:00+08:00',
      },
    }),
    expect: WINDOW_STAFF,
  },
  'Mutation.syncCase': {
    query: 'mutation($input: SyncCaseInput!) { syncCase(input: $input) { userErrors { code } } }',
    variables: () => ({
      input: {
        businessNumber: 'MATRIX-0002',
        applicantIdNumber: '12010419850312003X',
        itemCode: 'no-such-item',
        status: 'ACCEPTED',
        appliedAt: '2026-11-27T09:00:00+08:00',
        statusChangedAt: '2026-11-27T09:10:00+08:00',
      },
    }),
    expect: SYNC_SCOPE,
  },
};

const USERS: Partial<Record<PrincipalName, string>> = {
  citizenA: '11010519491231002X',
  citizenB: '120104198503120018',
  company: '120105198208080072',
  windowStaff: '120101199007150029',
  clerkA: '120102198801010033',
  clerkB: '120104197911200047',
  supervisor: '120103199506300055',
  admin: '120000197001010067',
};

describe('authorization matrix', () => {
  let api: TestApi;
  const callers = new Map<PrincipalName, Caller>();

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    callers.set('anonymous', null);
    for (const [name, idNumber] of Object.entries(USERS)) {
      callers.set(name as PrincipalName, { sessionToken: await api.sessionFor(idNumber) });
    }
    for (const [name, scope] of [
      ['clientSync', 'cases:sync'],
      ['clientRead', 'cases:read'],
    ] as const) {
      const response = await fetch(`${api.url}/oauth/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from('nk-social-security-system:dev-secret-nk-social-security').toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope }),
      });
      const { access_token: bearer } = (await response.json()) as { access_token: string };
      callers.set(name, { bearer });
    }
  });
  afterAll(() => api?.close());

  it('has a row for every Query and Mutation field of the schema, and no other', () => {
    const schema = buildSchema(loadTypeDefs());
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
    );
    expect(Object.keys(MATRIX).sort()).toEqual(fields.sort());
  });

  it('allows and refuses each field exactly as the table says', async () => {
    const before = await api.db.case.count();
    const outcomes: Record<string, string> = {};
    for (const [field, row] of Object.entries(MATRIX)) {
      let letters = '';
      for (const principal of PRINCIPALS) {
        const result = await api.graphql(row.query, row.variables?.() ?? {}, callers.get(principal)!);
        const code = result.errors?.[0]?.extensions?.code;
        if (code === 'UNAUTHENTICATED') letters += 'U';
        else if (code === 'FORBIDDEN') letters += 'F';
        else if (result.errors) letters += `?(${principal}: ${String(code)} ${result.errors[0]!.message})`;
        else letters += 'A';
      }
      outcomes[field] = letters;
    }
    expect(outcomes).toEqual(Object.fromEntries(Object.entries(MATRIX).map(([f, row]) => [f, row.expect])));
    expect(await api.db.case.count()).toBe(before);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { partnerToken } from './partner-token.ts';

const CITIZEN = '11010519491231002X';
const CLERK = '120102198801010033';
const SCHEMA = '{ __schema { types { name description } } }';

// What /graphiql relies on, in production posture (trusted documents enforced, introspection gated).
describe('the API behind /graphiql in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), {
      isProduction: true,
      trustedDocuments: { mode: 'enforce' },
    });
  });
  afterAll(() => api?.close());

  const explorer = { 'x-hall-explorer': 'graphiql' };

  it('runs free queries and introspection for a staff session marked as GraphiQL, with the cost in the answer', async () => {
    const clerk = { sessionToken: await api.sessionFor(CLERK) };
    const result = await api.graphql<{ __schema: { types: { name: string; description: string | null }[] } }>(
      SCHEMA,
      {},
      clerk,
      explorer,
    );
    expect(result.status).toBe(200);
    const caseType = result.data!.__schema.types.find((type) => type.name === 'Case');
    expect(caseType?.description).toMatch(/办件/);
    const page = await api.graphql<unknown>(
      '{ departmentCases(first: 5) { totalCount } }',
      {},
      clerk,
      explorer,
    );
    expect(page.errors).toBeUndefined();
    const raw = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-session-token': clerk.sessionToken, ...explorer },
      body: JSON.stringify({ query: '{ departmentCases(first: 5) { nodes { id } } }' }),
    });
    const body = (await raw.json()) as { extensions?: { cost?: { requestedQueryCost: number } } };
    expect(body.extensions?.cost?.requestedQueryCost).toBe(6);
  });

  it('refuses the same to a citizen session, and to the staff session without the marker', async () => {
    const citizen = { sessionToken: await api.sessionFor(CITIZEN) };
    const asCitizen = await api.graphql(SCHEMA, {}, citizen, explorer);
    expect(asCitizen.status).toBe(400);
    expect(asCitizen.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
    const clerk = { sessionToken: await api.sessionFor(CLERK) };
    const unmarked = await api.graphql(SCHEMA, {}, clerk);
    expect(unmarked.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
  });

  it('lets a partner token introspect (the full query GraphiQL sends) and refuses anonymous introspection', async () => {
    const bearer = await partnerToken(api.url, 'nk-social-security-system', 'dev-secret-nk-social-security');
    const full = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      schemaDescription: true,
    });
    const asPartner = await api.graphql<{ __schema: { types: unknown[] } }>(full, {}, { bearer });
    expect(asPartner.errors).toBeUndefined();
    expect(asPartner.data!.__schema.types.length).toBeGreaterThan(100);
    // Anonymous is a web caller: refused as text first, and introspection would be refused anyway.
    const anonymous = await api.graphql(SCHEMA, {});
    expect(anonymous.status).toBe(400);
  });
});

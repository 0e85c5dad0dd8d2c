import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';

// Pins the SQL one 我的办件 request runs, counted at the driver: the signed-in user, the page, one GROUP BY
// for the list counts and the total, and one look-up each for the page's items and departments. A change that
// adds a statement per request (or per row) fails here before it shows in the benchmark.
const MY_CASES = `query($list: CaseList, $keyword: String, $after: String, $first: Int = 20) {
  myCases(first: $first, list: $list, keyword: $keyword, after: $after) {
    totalCount listCounts { list count } pageInfo { hasNextPage endCursor }
    nodes { id businessNumber appliedAt source item { name } department { name } } } }`;

describe('我的办件 SQL statements per request', () => {
  let api: TestApi;
  let statements: string[] = [];
  let citizen: { sessionToken: string };

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { onStatement: (sql) => statements.push(sql) });
    citizen = { sessionToken: await api.sessionFor('11010519491231002X') };
  });
  afterAll(() => api?.close());

  async function statementsOf(variables: Record<string, unknown>) {
    statements = [];
    const result = await api.graphql<{ myCases: { nodes: unknown[]; pageInfo: { endCursor: string } } }>(
      MY_CASES,
      variables,
      citizen,
    );
    expect(result.errors).toBeUndefined();
    return { sql: statements, data: result.data!.myCases };
  }

  it('runs five statements for a page of many rows, and none reads encrypted personal data', async () => {
    const { sql, data } = await statementsOf({});
    expect(data.nodes.length).toBeGreaterThan(1);
    expect(sql).toHaveLength(5);
    expect(sql.filter((text) => /FROM "public"\."users"/.test(text))).toHaveLength(1);
    expect(sql.join('\n')).not.toMatch(/id_number_cipher|phone_cipher|password_hash/);
    expect(sql.filter((text) => /COUNT\(/i.test(text))).toHaveLength(1);
  });

  it('runs the same five for a filtered list and for a later page', async () => {
    expect((await statementsOf({ list: 'COMPLETED', keyword: '社会' })).sql).toHaveLength(5);
    const first = await statementsOf({ list: 'COMPLETED', first: 3 });
    const next = await statementsOf({ list: 'COMPLETED', first: 3, after: first.data.pageInfo.endCursor });
    expect(next.data.nodes).toHaveLength(3);
    expect(next.sql).toHaveLength(5);
  });

  it('runs no statement for a session token that does not decrypt (and refuses)', async () => {
    statements = [];
    const result = await api.graphql(MY_CASES, {}, { sessionToken: 'not-a-token' });
    expect(result.errors?.[0]?.extensions?.code).toBeDefined();
    expect(statements).toHaveLength(0);
  });
});

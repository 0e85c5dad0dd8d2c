import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { sendPersisted } from '../testing/persisted-operations.ts';

// Pins the SQL one 我的办件 request runs — the web's own MyCases operation, by hash, with trusted documents
// enforced — counted at the driver: the session with its user (one join), the caller's rate-limit charge, the
// page with each case's evaluation (a LEFT JOIN: 评价 / 查看评价 and canEvaluate need it), and one GROUP BY for
// the list counts and the total. The page's items
// and departments come from the process's reference copy (catalogue/reference-data.ts), read once by the
// process's first request. A change that adds a statement per request (or per row) fails here
// before it shows in the benchmark. The abuse counters' sweep of expired rows (at most once a minute per
// process, off the request's path) is not part of a request and is left out.
const EXPIRED_COUNTERS_SWEEP = /^\s*DELETE FROM abuse_counters WHERE ctid IN/;
/** What the 我的办件 page sends: every variable, unset ones null. */
const pageVariables = (variables: Record<string, unknown>) => ({
  list: 'IN_PROGRESS',
  source: null,
  appliedFrom: null,
  appliedTo: null,
  keyword: null,
  first: 10,
  after: null,
  ...variables,
});
type MyCasesData = {
  myCases: {
    edges: { node: { canEvaluate: boolean; evaluation: { id: string } | null } }[];
    pageInfo: { endCursor: string };
  };
};

describe('我的办件 SQL statements per request', () => {
  let api: TestApi;
  let statements: string[] = [];
  let citizen: { sessionToken: string };

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), {
      trustedDocuments: { mode: 'enforce' },
      onStatement: (sql) => {
        if (!EXPIRED_COUNTERS_SWEEP.test(sql)) statements.push(sql);
      },
    });
    citizen = { sessionToken: await api.sessionFor('11010519491231002X') };
  });
  afterAll(() => api?.close());

  async function statementsOf(variables: Record<string, unknown>) {
    statements = [];
    const result = await sendPersisted<MyCasesData>(api.url, 'MyCases', pageVariables(variables), citizen);
    expect(result.errors).toBeUndefined();
    return { sql: statements, data: result.data!.myCases };
  }

  it('reads the departments and service items once, with the first request of the process', async () => {
    const { sql } = await statementsOf({});
    expect(sql).toHaveLength(6);
    expect(sql.filter((text) => /FROM "public"\."departments"/.test(text))).toHaveLength(1);
    expect(sql.filter((text) => /FROM "public"\."service_items"/.test(text))).toHaveLength(1);
  });

  it('runs four statements for a page of many rows, and none reads encrypted personal data', async () => {
    const { sql, data } = await statementsOf({ list: 'COMPLETED' });
    expect(data.edges.length).toBeGreaterThan(1);
    // evaluated and evaluable cases both on the page: their evaluations came with the page's statement
    expect(data.edges.some((edge) => edge.node.evaluation !== null)).toBe(true);
    expect(data.edges.some((edge) => edge.node.canEvaluate)).toBe(true);
    expect(sql.filter((text) => /evaluations/.test(text))).toHaveLength(1);
    expect(sql.filter((text) => /LEFT JOIN evaluations e ON e.case_id = c.id/.test(text))).toHaveLength(1);
    expect(sql).toHaveLength(4);
    expect(sql.join('\n')).not.toMatch(/departments|service_items/);
    expect(sql.filter((text) => /FROM sessions s JOIN users u/.test(text))).toHaveLength(1);
    expect(sql.filter((text) => /users/.test(text))).toHaveLength(1);
    expect(sql.filter((text) => /INSERT INTO abuse_counters/.test(text))).toHaveLength(1);
    expect(sql.join('\n')).not.toMatch(/id_number_cipher|phone_cipher|password_hash/);
    expect(sql.filter((text) => /COUNT\(/i.test(text))).toHaveLength(1);
  });

  it('runs the same four for a filtered list and for a later page', async () => {
    expect((await statementsOf({ list: 'COMPLETED', keyword: '社会' })).sql).toHaveLength(4);
    const first = await statementsOf({ list: 'COMPLETED', first: 3 });
    const next = await statementsOf({ list: 'COMPLETED', first: 3, after: first.data.pageInfo.endCursor });
    expect(next.data.edges).toHaveLength(3);
    expect(next.sql).toHaveLength(4);
  });

  it('reads no session or user for a session token that does not decrypt (and refuses)', async () => {
    statements = [];
    const result = await sendPersisted(api.url, 'MyCases', pageVariables({}), {
      sessionToken: 'not-a-token',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // only the anonymous caller's rate-limit charge (per address), which every request pays
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/INSERT INTO abuse_counters/);
  });
});

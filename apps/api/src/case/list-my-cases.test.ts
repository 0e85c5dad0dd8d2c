import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';

const CITIZEN = '11010519491231002X';
const OTHER_CITIZEN = '120104198503120018';

const MY_CASES = /* GraphQL */ `
  query MyCases(
    $list: CaseList
    $source: CaseSource
    $first: Int
    $after: String
    $keyword: String
    $appliedFrom: Date
    $appliedTo: Date
  ) {
    myCases(
      list: $list
      source: $source
      first: $first
      after: $after
      keyword: $keyword
      appliedFrom: $appliedFrom
      appliedTo: $appliedTo
    ) {
      totalCount
      listCounts {
        list
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          businessNumber
          source
          status
          list
          appliedAt
          item {
            name
          }
          department {
            name
          }
          applicantName
        }
      }
    }
  }
`;

type Connection = {
  myCases: {
    totalCount: number;
    listCounts: { list: string; count: number }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        businessNumber: string;
        source: string;
        list: string;
        appliedAt: string;
        applicantName: string;
      };
    }[];
  };
};

describe('myCases', () => {
  let api: TestApi;
  let citizen: { sessionToken: string };
  let otherCitizen: { sessionToken: string };

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    citizen = { sessionToken: await api.sessionFor(CITIZEN) };
    otherCitizen = { sessionToken: await api.sessionFor(OTHER_CITIZEN) };
  });
  afterAll(() => api?.close());

  it('refuses a request without a session', async () => {
    const result = await api.graphql(MY_CASES);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or tampered session token', async () => {
    const tampered = citizen.sessionToken.slice(0, -4) + 'AAAA';
    const result = await api.graphql(MY_CASES, {}, { sessionToken: tampered });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows the guide’s ten completed cases with their sources and CST times', async () => {
    // the guide's ten were applied for in 2019; the seed's recently completed cases (好差评) come after
    const result = await api.graphql<Connection>(
      MY_CASES,
      { list: 'COMPLETED', appliedTo: '2019-12-31', first: 20 },
      citizen,
    );
    const rows = result.data!.myCases.edges.map((edge) => edge.node);
    expect(rows.map((row) => [row.businessNumber, row.source])).toEqual([
      ['20191108095653989372', 'ONLINE'],
      ['20191107192640286801', 'ONLINE'],
      ['191107191733256400', 'WINDOW'],
      ['20191107180245378802', 'INTERCONNECTED'],
      ['20191107163941662896', 'INTERCONNECTED'],
      ['20191107151420633614', 'INTERCONNECTED'],
      ['2019110714529886846', 'ONLINE'],
      ['2019110714175756717', 'INTERCONNECTED'],
      ['20191107092055800274', 'ONLINE'],
      ['20191107092139163613', 'INTERCONNECTED'],
    ]);
    expect(rows[0]!.appliedAt).toBe('2019-11-08T10:01:19+08:00');
    expect(new Set(rows.map((row) => row.applicantName))).toEqual(new Set(['李华']));
  });

  it('counts every list, and only the caller’s own cases', async () => {
    const mine = await api.graphql<Connection>(MY_CASES, {}, citizen);
    expect(Object.fromEntries(mine.data!.myCases.listCounts.map((c) => [c.list, c.count]))).toEqual({
      IN_PROGRESS: 4,
      COMPLETED: 13, // the guide's ten and three recently completed cases (好差评 seed)
      CORRECTION: 1,
      COMMITMENT: 1,
      DRAFT: 1,
    });
    expect(mine.data!.myCases.totalCount).toBe(20);

    const theirs = await api.graphql<Connection>(MY_CASES, { first: 100 }, otherCitizen);
    const theirNumbers = theirs.data!.myCases.edges.map((edge) => edge.node.businessNumber);
    expect(theirNumbers.sort()).toEqual([
      '20191106100000123456',
      '20261010090000200001', // completed last month (the seed's 公示 case)
      '20261119110000222333',
    ]);
    expect(theirs.data!.myCases.totalCount).toBe(3);
  });

  it('counts follow a new case into its list', async () => {
    const before = await api.graphql<Connection>(MY_CASES, { list: 'IN_PROGRESS' }, citizen);
    await createCaseLike(api.db, '20261118101122334455', {
      businessNumber: '20261126120000000001',
      appliedAt: new Date('2026-11-26T04:00:00Z'),
      statusChangedAt: new Date('2026-11-26T04:00:00Z'),
    });
    const after = await api.graphql<Connection>(MY_CASES, { list: 'IN_PROGRESS' }, citizen);
    expect(after.data!.myCases.totalCount).toBe(before.data!.myCases.totalCount + 1);
    expect(after.data!.myCases.edges[0]!.node.businessNumber).toBe('20261126120000000001');
  });

  it('pages with cursors through every case exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result: { data?: Connection } = await api.graphql<Connection>(
        MY_CASES,
        { first: 3, after },
        citizen,
      );
      const connection: Connection['myCases'] = result.data!.myCases;
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const all = await api.graphql<Connection>(MY_CASES, { first: 100 }, citizen);
    expect(seen).toHaveLength(all.data!.myCases.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all.data!.myCases.edges.map((edge) => edge.node.id));
  });

  it('filters by source, keyword and CST application day', async () => {
    const interconnected = await api.graphql<Connection>(
      MY_CASES,
      { list: 'COMPLETED', source: 'INTERCONNECTED' },
      citizen,
    );
    expect(interconnected.data!.myCases.totalCount).toBe(6); // five of the guide's, one recent
    expect(interconnected.data!.myCases.edges.every((edge) => edge.node.source === 'INTERCONNECTED')).toBe(
      true,
    );

    const byNumber = await api.graphql<Connection>(MY_CASES, { keyword: '191107191733256400' }, citizen);
    expect(byNumber.data!.myCases.edges.map((edge) => edge.node.businessNumber)).toEqual([
      '191107191733256400',
    ]);

    const byItem = await api.graphql<Connection>(MY_CASES, { keyword: '养老保险' }, citizen);
    expect(byItem.data!.myCases.totalCount).toBe(4); // with the recent 恢复养老保险待遇申请 of the 好差评 seed

    // 2019-11-08 in CST holds only the 10:01:19 case, although in UTC it started at 16:00 on the 7th.
    const day = await api.graphql<Connection>(
      MY_CASES,
      { appliedFrom: '2019-11-08', appliedTo: '2019-11-08' },
      citizen,
    );
    expect(day.data!.myCases.edges.map((edge) => edge.node.businessNumber)).toEqual(['20191108095653989372']);
  });

  it('refuses page sizes over 100 and cursors it did not issue', async () => {
    const big = await api.graphql(MY_CASES, { first: 101 }, citizen);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bogus = await api.graphql(MY_CASES, { after: 'not-a-cursor' }, citizen);
    expect(bogus.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ids = Array.from({ length: 101 }, () => 'Q2FzZTp4');
    const tooMany = await api.graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, citizen);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('node(id:) shows a case to its applicant and hides it from another citizen', async () => {
    const mine = await api.graphql<Connection>(MY_CASES, { first: 1 }, citizen);
    const id = mine.data!.myCases.edges[0]!.node.id;
    const query = `query($id: ID!) { node(id: $id) { id ... on Case { businessNumber } } }`;
    const own = await api.graphql<{ node: { id: string } | null }>(query, { id }, citizen);
    expect(own.data!.node?.id).toBe(id);
    const other = await api.graphql<{ node: { id: string } | null }>(query, { id }, otherCitizen);
    expect(other.data!.node).toBeNull();
    const anonymous = await api.graphql<{ node: { id: string } | null }>(query, { id });
    expect(anonymous.data!.node).toBeNull();
  });
});

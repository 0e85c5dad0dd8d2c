import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { fromGlobalId, toGlobalId } from '../lib/global-id.ts';
import { partnerToken } from './partner-token.ts';

const SS_CLIENT = ['nk-social-security-system', 'dev-secret-nk-social-security'] as const;
const SUPERVISOR = '120103199506300055';
const CLERK_SS = '120102198801010033';

type CasePage = {
  cases: {
    nodes: {
      id: string;
      businessNumber: string;
      status: string;
      applicantName: string;
      department: { name: string };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const CASES = `query($after: String, $first: Int, $statuses: [CaseStatus!], $updatedSince: DateTime) {
  cases(after: $after, first: $first, statuses: $statuses, updatedSince: $updatedSince) {
    nodes { id businessNumber status applicantName department { name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('partner reads: cases and evaluations in commit-safe change order', () => {
  let api: TestApi;
  let casesToken: string;
  let evaluationsToken: string;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    casesToken = await partnerToken(api.url, ...SS_CLIENT, 'cases:read');
    evaluationsToken = await partnerToken(api.url, ...SS_CLIENT, 'evaluations:read');
  });
  afterAll(() => api?.close());

  /** Pages `cases` from `after` to the end; the last endCursor is the next sync's starting point. */
  async function syncFrom(after: string | null, token = casesToken) {
    const seen: CasePage['cases']['nodes'] = [];
    let cursor = after;
    for (;;) {
      const page = await api.graphql<CasePage>(CASES, { after: cursor, first: 50 }, { bearer: token });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.cases.nodes);
      cursor = page.data!.cases.pageInfo.endCursor ?? cursor;
      if (!page.data!.cases.pageInfo.hasNextPage) return { seen, cursor };
    }
  }

  /** Syncs again until `businessNumbers` have all come (other test files' transactions may hold the watermark a moment). */
  async function syncUntil(after: string | null, businessNumbers: string[]) {
    const seen: string[] = [];
    let cursor = after;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const round = await syncFrom(cursor);
      seen.push(...round.seen.map((c) => c.businessNumber));
      cursor = round.cursor;
      if (businessNumbers.every((number) => seen.includes(number))) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return { seen, cursor };
  }

  it("pages only the client's own department's submitted cases, each once", async () => {
    const { seen } = await syncFrom(null);
    const department = await api.db.department.findUniqueOrThrow({ where: { code: 'nk-social-security' } });
    const expected = await api.db.case.findMany({
      where: { departmentId: department.id, status: { not: 'DRAFT' } },
      select: { id: true },
    });
    expect(seen.map((c) => fromGlobalId(c.id)!.id).sort()).toEqual(expected.map((c) => c.id).sort());
    expect(new Set(seen.map((c) => c.department.name))).toEqual(new Set(['南开社保分中心']));
  });

  it('never misses a change that commits after a later one was read (two overlapping transactions)', async () => {
    const { cursor: start } = await syncFrom(null);
    const department = await api.db.department.findUniqueOrThrow({ where: { code: 'nk-social-security' } });
    const [early, late] = await api.db.case.findMany({
      where: { departmentId: department.id, status: { not: 'DRAFT' } },
      orderBy: { id: 'asc' },
      take: 2,
    });
    const first = new pg.Client({ connectionString: api.databaseUrl });
    const second = new pg.Client({ connectionString: api.databaseUrl });
    await first.connect();
    await second.connect();
    try {
      // T1 starts first and changes `early`; T2 changes `late` and commits while T1 is still open.
      await first.query('BEGIN');
      await first.query(`UPDATE cases SET result_summary = 'T1', updated_at = now() WHERE id = $1`, [
        early!.id,
      ]);
      await second.query('BEGIN');
      await second.query(`UPDATE cases SET result_summary = 'T2', updated_at = now() WHERE id = $1`, [
        late!.id,
      ]);
      await second.query('COMMIT');

      // The reader between the two commits: T2's change is held back behind the open T1, nothing is skipped.
      const between = await syncFrom(start);
      expect(between.seen.map((c) => c.businessNumber)).not.toContain(early!.businessNumber);
      expect(between.seen.map((c) => c.businessNumber)).not.toContain(late!.businessNumber);

      await first.query('COMMIT');
      // The next sync from the reader's last cursor sees both, T1's late commit included.
      const after = await syncUntil(between.cursor, [early!.businessNumber, late!.businessNumber]);
      expect(after.seen).toContain(early!.businessNumber);
      expect(after.seen).toContain(late!.businessNumber);
      // A naive "updated_at > last seen" sync would have lost T1: its updated_at is the earlier one.
      const rows = await api.db.case.findMany({ where: { id: { in: [early!.id, late!.id] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(early!.id)!.updatedAt.getTime()).toBeLessThanOrEqual(
        byId.get(late!.id)!.updatedAt.getTime(),
      );
    } finally {
      await first.end();
      await second.end();
    }
  });

  it('filters by status and updatedSince, caps pages at 100 and refuses a foreign cursor', async () => {
    const completed = await api.graphql<CasePage>(
      CASES,
      { statuses: ['COMPLETED'], first: 100 },
      { bearer: casesToken },
    );
    expect(completed.data!.cases.nodes.length).toBeGreaterThan(0);
    expect(new Set(completed.data!.cases.nodes.map((c) => c.status))).toEqual(new Set(['COMPLETED']));
    const future = await api.graphql<CasePage>(
      CASES,
      { updatedSince: new Date(Date.now() + 3_600_000).toISOString() },
      { bearer: casesToken },
    );
    expect(future.data!.cases.nodes).toEqual([]);
    const tooMany = await api.graphql(CASES, { first: 101 }, { bearer: casesToken });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await api.graphql(CASES, { after: 'bm90LWEtY3Vyc29y' }, { bearer: casesToken });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('audits every partner read of personal data and shows it to the supervisor', async () => {
    const page = await api.graphql<CasePage>(CASES, { first: 3 }, { bearer: casesToken });
    const ids = page.data!.cases.nodes.map((c) => fromGlobalId(c.id)!.id);
    const client = await api.db.apiClient.findUniqueOrThrow({ where: { clientId: SS_CLIENT[0] } });
    const rows = await api.db.auditLog.findMany({
      where: { action: 'partner.case.read', actorClientId: client.id, subjectId: { in: ids } },
    });
    expect(new Set(rows.map((row) => row.subjectId))).toEqual(new Set(ids));

    // Without the personal field nothing is recorded.
    const before = await api.db.auditLog.count({ where: { action: 'partner.case.read' } });
    await api.graphql('{ cases(first: 5) { nodes { id status } } }', {}, { bearer: casesToken });
    expect(await api.db.auditLog.count({ where: { action: 'partner.case.read' } })).toBe(before);

    const supervisor = { sessionToken: await api.sessionFor(SUPERVISOR) };
    const reads = await api.graphql<{
      partnerReads: {
        nodes: { clientId: string; subjectType: string; subjectId: string; businessNumber: string }[];
      };
    }>(
      'query($s: ID) { partnerReads(subjectId: $s, first: 10) { nodes { clientId subjectType subjectId businessNumber readAt } } }',
      { s: page.data!.cases.nodes[0]!.id },
      supervisor,
    );
    expect(reads.errors).toBeUndefined();
    expect(reads.data!.partnerReads.nodes[0]).toMatchObject({
      clientId: SS_CLIENT[0],
      subjectType: 'Case',
      subjectId: page.data!.cases.nodes[0]!.id,
      businessNumber: page.data!.cases.nodes[0]!.businessNumber,
    });
    const clerk = { sessionToken: await api.sessionFor(CLERK_SS) };
    const refused = await api.graphql('{ partnerReads { nodes { clientId } } }', {}, clerk);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages evaluations with evaluations:read; a reply moves one to the end of the next sync', async () => {
    const EVALUATIONS = `query($after: String) { evaluations(first: 100, after: $after) {
      nodes { id level comment reply { body } followUp { body } appealOutcome case { businessNumber } }
      pageInfo { endCursor hasNextPage } } }`;
    type Page = {
      evaluations: {
        nodes: { id: string; level: string; reply: { body: string } | null }[];
        pageInfo: { endCursor: string | null };
      };
    };
    const all = await api.graphql<Page>(EVALUATIONS, {}, { bearer: evaluationsToken });
    expect(all.errors).toBeUndefined();
    const department = await api.db.department.findUniqueOrThrow({ where: { code: 'nk-social-security' } });
    const count = await api.db.evaluation.count({ where: { case: { departmentId: department.id } } });
    expect(all.data!.evaluations.nodes).toHaveLength(count);

    const unreplied = await api.db.evaluation.findFirstOrThrow({
      where: { case: { departmentId: department.id }, replyDueAt: { not: null }, replies: { none: {} } },
    });
    const clerk = { sessionToken: await api.sessionFor(CLERK_SS) };
    const replied = await api.graphql(
      'mutation($input: ReplyToEvaluationInput!) { replyToEvaluation(input: $input) { userErrors { code } } }',
      { input: { evaluationId: toGlobalId('Evaluation', unreplied.id), body: '已联系申请人并整改' } },
      clerk,
    );
    expect(replied.errors).toBeUndefined();
    let next: Page['evaluations']['nodes'] = [];
    const deadline = Date.now() + 15_000;
    while (next.length === 0 && Date.now() < deadline) {
      const page = await api.graphql<Page>(
        EVALUATIONS,
        { after: all.data!.evaluations.pageInfo.endCursor },
        { bearer: evaluationsToken },
      );
      next = page.data!.evaluations.nodes;
    }
    expect(next.map((e) => e.id)).toEqual([toGlobalId('Evaluation', unreplied.id)]);
    expect(next[0]!.reply?.body).toBe('已联系申请人并整改');

    // cases:read alone does not open evaluations, and evaluations:read alone does not open cases.
    const noScope = await api.graphql('{ evaluations { nodes { id } } }', {}, { bearer: casesToken });
    expect(noScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noCases = await api.graphql('{ cases { nodes { id } } }', {}, { bearer: evaluationsToken });
    expect(noCases.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a partner of another department see none of these cases or evaluations', async () => {
    const street = await partnerToken(
      api.url,
      'nk-street-system',
      'dev-secret-nk-street',
      'cases:read evaluations:read',
    );
    const { seen } = await syncFrom(null, street);
    const user = await api.db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(CLERK_SS) } });
    const ssCases = await api.db.case.findMany({
      where: { departmentId: user.departmentId! },
      select: { id: true },
    });
    const ssIds = new Set(ssCases.map((c) => c.id));
    expect(seen.filter((c) => ssIds.has(fromGlobalId(c.id)!.id))).toEqual([]);
  });
});

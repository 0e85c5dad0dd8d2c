import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { startTestApi, type TestApi } from '../src/testing/test-api.ts';
import { sendPersisted } from '../src/testing/persisted-operations.ts';
import { encodeCursor, toGlobalId } from '../src/lib/global-id.ts';
import { statusesOfList } from '../src/case/case-lists.ts';
import { ACCOUNTS, SCENARIOS, type Account, type Facts } from './scenarios.ts';

// SQL statements per request of every hot page's persisted operation (each bench scenario), sent by hash
// with the page's variables, trusted documents enforced, counted at the driver after a warm-up request (the
// process's reference data, the session's first touch). A change that adds a statement per request, or per
// row, fails here before it shows in `npm run bench`. Every request pays two of them: the session with its
// user, and the hourly budget charge.
const STATEMENTS: Record<string, number | Partial<Record<Account, number>>> = {
  // session, budget, the page with its evaluations, the counts
  MyCases: 4,
  // session, budget, the page, the counts, the applicants' names (one batch)
  DepartmentCases: 5,
  // session, budget, the case, then one batch each: timeline, materials (both shared with the 补正 view through
  // case-loaders.ts), evaluation, the users it names (applicant and the timeline's actors together), and the
  // address the result is posted to (邮政速递)
  CaseDetailPage: 8,
  // session, budget, the four tab counts (each its own COUNT; the total is theirs), the page, its cases, replies
  DepartmentEvaluationTasks: 9,
  // session, budget, the one set-based query
  EvaluationFiguresPage: 3,
  // session, budget, the firm the user acts for (企业关联), the licenses, then for all of them at once
  // (license/license-loaders.ts): administrators, newest grants, grant counts, newest accesses, access counts —
  // the same for 王刚's two licenses as for one
  MyLicensesPage: 9,
  // session, budget, then the rollups: a supervisor's every-department view reads more of them than a
  // department head's own department
  DashboardPage: { supervisor: 10, departmentHead: 8 },
};
const EXPIRED_COUNTERS_SWEEP = /^\s*DELETE FROM abuse_counters WHERE ctid IN/;

describe('SQL statements per request of each hot page', () => {
  let api: TestApi;
  let statements: string[] = [];
  let facts: Facts;
  const sessions = new Map<Account, string>();

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), {
      trustedDocuments: { mode: 'enforce' },
      onStatement: (sql) => {
        if (!EXPIRED_COUNTERS_SWEEP.test(sql)) statements.push(sql);
      },
    });
    for (const account of Object.keys(ACCOUNTS) as Account[])
      sessions.set(account, await api.sessionFor(ACCOUNTS[account].login));
    facts = await smallFacts(api.databaseUrl);
  });
  afterAll(() => api?.close());

  it('pins every scenario’s operation', () => {
    for (const scenario of SCENARIOS) expect(STATEMENTS).toHaveProperty(scenario.operation);
  });

  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    const send = () =>
      sendPersisted(api.url, scenario.operation, scenario.variables(facts), {
        sessionToken: sessions.get(scenario.account)!,
      });
    const warm = await send();
    expect(warm.errors).toBeUndefined();
    expect(warm.status).toBe(200);
    statements = [];
    const result = await send();
    expect(result.errors).toBeUndefined();
    const pinned = STATEMENTS[scenario.operation]!;
    const expected = typeof pinned === 'number' ? pinned : pinned[scenario.account];
    expect(statements, statements.join('\n\n')).toHaveLength(expected!);
  });
});

/** The scenarios' facts on the small seeded database: cursors of real rows, the guide's case. */
async function smallFacts(url: string): Promise<Facts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (text: string, values: unknown[]) => (await client.query(text, values)).rows[0];
    const cursorOf = (row: { applied_at: Date; id: string }) =>
      encodeCursor([row.applied_at.toISOString(), row.id]);
    const citizen = await one(`SELECT id FROM users WHERE name = $1`, [ACCOUNTS.citizen.name]);
    const clerk = await one(`SELECT department_id FROM users WHERE name = $1`, [ACCOUNTS.clerk.name]);
    const firstOf = async (list: 'IN_PROGRESS' | 'COMPLETED') =>
      cursorOf(
        await one(
          `SELECT applied_at, id FROM cases WHERE applicant_id = $1 AND status = ANY($2::"CaseStatus"[])
           ORDER BY applied_at DESC NULLS FIRST, id DESC LIMIT 1`,
          [citizen.id, statusesOfList(list)],
        ),
      );
    const guide = await one(`SELECT id FROM cases WHERE business_number = '20191108095653989372'`, []);
    return {
      deepCursor: { IN_PROGRESS: await firstOf('IN_PROGRESS'), COMPLETED: await firstOf('COMPLETED') },
      caseId: toGlobalId('Case', guide.id),
      departmentCaseDeepCursor: cursorOf(
        await one(
          `SELECT applied_at, id FROM cases WHERE department_id = $1 AND status <> 'DRAFT'
           ORDER BY applied_at DESC NULLS FIRST, id DESC LIMIT 1`,
          [clerk.department_id],
        ),
      ),
    };
  } finally {
    await client.end();
  }
}

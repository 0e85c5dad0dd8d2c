import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createTestApiRole, type TestApiRole } from '../testing/api-role.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { startJobs } from '../jobs/start-jobs.ts';
import { systemClock } from '../lib/clock.ts';
import { APPEND_ONLY_TABLES } from './api-role.ts';

const CITIZEN = '11010519491231002X';
const IN_PROGRESS_CASE = '20261121143005667788';
/** Append-only tables, and those whose rows are decided once (appeals, license grants): none may be truncated. */
const NEVER_TRUNCATED = [...APPEND_ONLY_TABLES, 'evaluation_appeals', 'license_grants'];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** How a statement fails: its SQLSTATE and message (null when it succeeds). */
async function failureOf(client: pg.Client, sql: string): Promise<string | null> {
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return `${code} ${message}`;
  }
}

describe('least privilege: the API connects as a role that can only read and write rows', () => {
  let role: TestApiRole;
  let api: TestApi;
  let apiUrl = '';

  beforeAll(async () => {
    role = await createTestApiRole(inject('adminUrl'));
    api = await startTestApi(inject('adminUrl'), {
      connectAs: async (ownerUrl) => (apiUrl = await role.connectAs(ownerUrl)),
    });
  });
  afterAll(async () => {
    await api?.close();
    await role?.drop();
  });

  it('refuses TRUNCATE of the append-only tables even to the owner (BEFORE TRUNCATE triggers)', async () => {
    await withClient(api.databaseUrl, async (owner) => {
      for (const table of NEVER_TRUNCATED) {
        await expect(owner.query(`TRUNCATE ${table} CASCADE`), table).rejects.toThrow(
          `${table} is append-only and cannot be truncated`,
        );
      }
      // A plain statement without the cascade is refused as well (by the trigger or a foreign key).
      await expect(owner.query('TRUNCATE case_events')).rejects.toThrow(/cannot be truncated/);
    });
  });

  it('as the API role: no TRUNCATE, DDL, trigger disabling, replication role, or changes to append-only rows', async () => {
    const before = await withClient(api.databaseUrl, async (owner) =>
      Number((await owner.query('SELECT count(*) AS n FROM evaluations')).rows[0].n),
    );
    const refused = await withClient(apiUrl, async (client) => ({
      truncateEvaluations: await failureOf(client, 'TRUNCATE evaluations CASCADE'),
      truncateCases: await failureOf(client, 'TRUNCATE cases CASCADE'),
      createTable: await failureOf(client, 'CREATE TABLE scratch (id int)'),
      createSchema: await failureOf(client, 'CREATE SCHEMA scratch'),
      dropTable: await failureOf(client, 'DROP TABLE evaluations CASCADE'),
      alterTable: await failureOf(client, 'ALTER TABLE cases ADD COLUMN scratch int'),
      disableTrigger: await failureOf(
        client,
        'ALTER TABLE evaluations DISABLE TRIGGER evaluations_immutable',
      ),
      dropTrigger: await failureOf(client, 'DROP TRIGGER evaluations_no_truncate ON evaluations'),
      replicationRole: await failureOf(client, 'SET session_replication_role = replica'),
      updateEvaluation: await failureOf(client, 'UPDATE evaluations SET comment = comment'),
      deleteAudit: await failureOf(client, 'DELETE FROM audit_logs'),
      deleteEvents: await failureOf(client, 'DELETE FROM case_events'),
    }));
    // 42501 insufficient_privilege from the privilege checks themselves, before any trigger could run.
    for (const [attempt, failure] of Object.entries(refused)) {
      expect(failure, attempt).toMatch(/^42501 (permission denied|must be owner)/);
    }
    await withClient(apiUrl, async (client) => {
      expect((await client.query('SELECT current_user AS me')).rows[0].me).toBe(role.name);
      expect(Number((await client.query('SELECT count(*) AS n FROM evaluations')).rows[0].n)).toBe(before);
    });
  });

  it('serves reads and writes through the real API as that role, and its jobs start without DDL', async () => {
    const citizen = { sessionToken: await api.sessionFor(CITIZEN) };
    const now = new Date();
    const kase = await createCaseLike(api.db, IN_PROGRESS_CASE, {
      businessNumber: `LP${Date.now()}`,
      status: 'COMPLETED',
      appliedAt: now,
      completedAt: now,
      statusChangedAt: now,
    });
    const submitted = await api.graphql<{
      submitEvaluation: { evaluation: { level: string } | null; userErrors: unknown[] };
    }>(
      `mutation($input: SubmitEvaluationInput!) { submitEvaluation(input: $input) {
        evaluation { level } userErrors { code } } }`,
      { input: { caseId: toGlobalId('Case', kase.id), level: 'VERY_SATISFIED', channel: 'PC' } },
      citizen,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitEvaluation).toEqual({
      evaluation: { level: 'VERY_SATISFIED' },
      userErrors: [],
    });
    const mine = await api.graphql<{ myCases: { totalCount: number } }>(
      '{ myCases(first: 5) { totalCount } }',
      {},
      citizen,
    );
    expect(mine.data!.myCases.totalCount).toBeGreaterThan(0);

    // pg-boss finds its schema and queues made by the owner (db:grant) and only reads and writes rows.
    const errors: unknown[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void errors.push(line) });
    const jobs = await startJobs(api.db, { connectionString: apiUrl, clock: systemClock, logger });
    await jobs.stop();
    expect(errors).toEqual([]);
  });
});

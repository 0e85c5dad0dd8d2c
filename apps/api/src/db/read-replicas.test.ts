import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareTemplate, createTestDatabase } from '../testing/test-database.ts';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { cstDayOf } from '../lib/natural-days.ts';
import { DebianCluster, debianPostgresInstalled, PG_BIN } from '../testing/debian-cluster.ts';
import { asPostgres } from './pgbackrest.ts';
import { REPLICA_CHECK_EVERY_MS, type ReplicaStatus } from './read-replicas.ts';

const CITIZEN = '11010519491231002X';
const SUPERVISOR = '120103199506300055';
const SS_CASE = '20261121143005667788';

const DASHBOARD = `query($day: Date!) { dashboard(period: { kind: DAY, day: $day }) { overall { total } } }`;
const SUBMIT = `mutation($input: SubmitEvaluationInput!) {
  submitEvaluation(input: $input) { evaluation { id } userErrors { code } } }`;
const OWN_CASE = `query($id: ID!) { node(id: $id) { ... on Case { evaluation { id level } canEvaluate } } }`;

/**
 * Read replicas (README: Running in production → Read replicas) on Debian's PostgreSQL: a primary and a
 * streaming standby made with pg_basebackup. The dashboards read from the standby; a citizen's own reads stay
 * on the primary, so a lagging standby never hides what they have just written; a standby that stops is left
 * out within a second and no request fails.
 */
describe.skipIf(!debianPostgresInstalled())(
  'read replicas: a streaming standby for lag-tolerant reads',
  () => {
    const root = DebianCluster.makeRoot('hall-replica-');
    let primary: DebianCluster;
    let standby: DebianCluster;
    let api: TestApi;

    beforeAll(async () => {
      primary = await DebianCluster.init(root, { wal_level: 'replica', max_wal_senders: 5 });
      primary.start();
      standby = await DebianCluster.over(root, 'standby');
      // A base backup of the still empty primary (quick: no checkpoint of a seeded database to wait for), started
      // as a standby streaming from it (-R writes primary_conninfo); the test databases then arrive by streaming.
      asPostgres(join(PG_BIN, 'pg_basebackup'), [
        '-D',
        standby.dataDir,
        '-h',
        root,
        '-p',
        String(primary.port),
        '-U',
        'postgres',
        '-R',
        '-X',
        'stream',
        '--checkpoint=fast',
      ]);
      standby.configure({ hot_standby: 'on' });
      standby.start();
      await prepareTemplate(primary.adminUrl);
      const database = await createTestDatabase(primary.adminUrl);
      const name = new URL(database.url).pathname.slice(1);
      api = await startTestApi(primary.adminUrl, {
        database: { url: database.url, drop: async () => {} },
        replicaUrls: [standby.url(name)],
      });
    }, 240_000);

    afterAll(async () => {
      await api?.close().catch(() => {});
      for (const cluster of [standby, primary]) if (cluster?.isRunning()) cluster.stop('immediate');
      rmSync(root, { recursive: true, force: true });
    });

    const replicas = async () =>
      ((await (await fetch(`${api.url}/healthz`)).json()) as { replicas: ReplicaStatus[] }).replicas;
    const dashboardTotal = async () => {
      const result = await api.graphql<{ dashboard: { overall: { total: number } } }>(
        DASHBOARD,
        { day: cstDayOf(new Date()) },
        { sessionToken: await api.sessionFor(SUPERVISOR) },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.dashboard.overall.total;
    };
    const until = async (condition: () => Promise<boolean>, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    it('reports the standby and its lag on /healthz', async () => {
      await until(async () => (await replicas())[0]!.healthy, 5_000);
      const [status] = await replicas();
      expect(status).toMatchObject({ healthy: true, error: null });
      expect(status!.name).toMatch(new RegExp(`^127\\.0\\.0\\.1:${standby.port}/hall_test_`));
      expect(status!.lagBytes).toBeGreaterThanOrEqual(0);
    });

    it('serves the dashboard from the standby, while the citizen reads their own evaluation from the primary', async () => {
      const before = await dashboardTotal();
      const completedAt = new Date();
      const kase = await createCaseLike(api.db, SS_CASE, {
        businessNumber: `RR${Date.now()}`,
        status: 'COMPLETED',
        appliedAt: completedAt,
        completedAt,
        statusChangedAt: completedAt,
      });
      // The standby stops replaying: from now on it lags behind every write.
      await standby.query('postgres', 'SELECT pg_wal_replay_pause()');
      const citizen = { sessionToken: await api.sessionFor(CITIZEN) };
      const submitted = await api.graphql<{ submitEvaluation: { userErrors: unknown[] } }>(
        SUBMIT,
        { input: { caseId: toGlobalId('Case', kase.id), level: 'SATISFIED' } },
        citizen,
      );
      expect(submitted.data!.submitEvaluation.userErrors).toEqual([]);

      // The citizen sees the evaluation at once: their reads never go to a replica.
      const own = await api.graphql<{ node: { evaluation: { level: string } | null; canEvaluate: boolean } }>(
        OWN_CASE,
        { id: toGlobalId('Case', kase.id) },
        citizen,
      );
      expect(own.data!.node).toEqual({
        evaluation: expect.objectContaining({ level: 'SATISFIED' }),
        canEvaluate: false,
      });
      // The dashboard, read from the paused standby, does not count it yet; the primary's rollups do.
      expect(await dashboardTotal()).toBe(before);

      await standby.query('postgres', 'SELECT pg_wal_replay_resume()');
      await until(async () => (await dashboardTotal()) === before + 1, 10_000);
    });

    it('leaves a stopped standby out within a second, and no request fails meanwhile', async () => {
      await until(async () => (await replicas())[0]!.healthy, 5_000);
      const expected = await dashboardTotal();
      standby.stop('immediate');
      const stoppedAt = Date.now();
      // Requests keep coming while the standby is gone: each answers, from the primary.
      for (let i = 0; i < 10; i += 1) expect(await dashboardTotal()).toBe(expected);
      await until(async () => !(await replicas())[0]!.healthy, 1_000 + REPLICA_CHECK_EVERY_MS);
      expect(Date.now() - stoppedAt).toBeLessThan(2_000);
      expect((await replicas())[0]).toMatchObject({ healthy: false });
      expect(await dashboardTotal()).toBe(expected);
    });
  },
);

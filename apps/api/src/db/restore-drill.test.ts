import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareTemplate, createTestDatabase } from '../testing/test-database.ts';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { toGlobalId } from '../lib/global-id.ts';
import {
  DebianCluster,
  debianPostgresInstalled,
  makePostgresDir,
  ownByPostgres,
} from '../testing/debian-cluster.ts';
import {
  fetchInto,
  generateCode,
  LI_HUA,
  licenseId,
  licenseSlot,
  newDraft,
  session,
  WANG_GANG,
} from '../license/license-testing.ts';
import { backupNow, pgbackrest, pgbackrestConfig, type RepositoryOptions } from './pgbackrest.ts';

const CITIZEN = '11010519491231002X';
const CLERK = '120102198801010033'; // 南开社保分中心
const SS_CASE = '20261121143005667788';
/** The tables a restore must bring back whole: the legal records and what they hang on. */
const TABLES = [
  'cases',
  'case_events',
  'evaluations',
  'evaluation_replies',
  'license_grants',
  'license_access_logs',
  'case_materials',
  'audit_logs',
];

type Snapshot = Record<string, { rows: number; checksum: string }>;

const ARCHIVE_WAIT_MS = 120_000;

/** The last lines of a log file, or of every file in a log directory, for a failure message. */
function tail(path: string, lines = 30): string {
  try {
    const files = statSync(path).isDirectory() ? readdirSync(path).map((name) => join(path, name)) : [path];
    return files
      .map((file) => `--- ${file}\n${readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}`)
      .join('\n');
  } catch (error) {
    return `(unreadable: ${(error as Error).message})`;
  }
}

/**
 * The restore drill (README: Running in production → Backups): a base backup with pgBackRest, then
 * evaluations, replies and a license fetch committed after it, the server destroyed, and restores to the
 * latest point and to a named restore point — every committed row back (counts and checksums), the
 * immutability triggers still in force. Small scale here; `npm run bench:restore` measures RPO/RTO at 1,000,000 cases by hand.
 */
describe.skipIf(!debianPostgresInstalled())(
  'restore drill: pgBackRest backup, server destroyed, PITR',
  () => {
    const root = DebianCluster.makeRoot('hall-drill-');
    const config = join(root, 'pgbackrest.conf');
    let cluster: DebianCluster;
    let api: TestApi | null = null;
    let databaseName = '';
    let repository: RepositoryOptions;
    const backup = (command: string, ...args: string[]) => pgbackrest(command, args, { config });

    beforeAll(async () => {
      cluster = await DebianCluster.init(root);
      makePostgresDir(join(root, 'repo'));
      makePostgresDir(join(root, 'work'));
      repository = {
        repoPath: join(root, 'repo'),
        cipherPass: randomBytes(32).toString('base64'),
        pgPath: cluster.dataDir,
        pgPort: cluster.port,
        pgSocketPath: root,
        workPath: join(root, 'work'),
      };
      writeFileSync(config, pgbackrestConfig(repository), { mode: 0o600 });
      ownByPostgres(config);
      cluster.configure({
        wal_level: 'replica',
        archive_mode: 'on',
        archive_command: `'pgbackrest --config=${config} --stanza=hall archive-push %p'`,
        // every committed transaction reaches the repository within a second (production: README, RPO)
        archive_timeout: 1,
      });
      cluster.start();
      backup('stanza-create');
      backup('check');
      await prepareTemplate(cluster.adminUrl);
      const database = await createTestDatabase(cluster.adminUrl);
      databaseName = new URL(database.url).pathname.slice(1);
      api = await startTestApi(cluster.adminUrl, { database: { url: database.url, drop: async () => {} } });
    }, 240_000);

    afterAll(async () => {
      await api?.close().catch(() => {});
      if (cluster?.isRunning()) cluster.stop('immediate');
      rmSync(root, { recursive: true, force: true });
    });

    const snapshot = async (): Promise<Snapshot> => {
      const result: Snapshot = {};
      for (const table of TABLES) {
        const [row] = await cluster.query<{ rows: number; checksum: string }>(
          databaseName,
          `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') AS checksum FROM ${table} t`,
        );
        result[table] = row!;
      }
      return result;
    };

    /** A bad evaluation with the department's reply, and a license fetched into a draft: all over HTTP. */
    async function commitWork(tag: string): Promise<void> {
      const live = api!;
      const now = new Date();
      const kase = await createCaseLike(live.db, SS_CASE, {
        businessNumber: `DRILL${tag}${Date.now()}`,
        status: 'COMPLETED',
        appliedAt: now,
        completedAt: now,
        statusChangedAt: now,
      });
      const evaluated = await live.graphql<{
        submitEvaluation: { evaluation: { id: string }; userErrors: unknown[] };
      }>(
        `mutation($input: SubmitEvaluationInput!) { submitEvaluation(input: $input) { evaluation { id } userErrors { code } } }`,
        { input: { caseId: toGlobalId('Case', kase.id), level: 'DISSATISFIED', comment: `恢复演练 ${tag}` } },
        await session(live, CITIZEN),
      );
      expect(evaluated.data!.submitEvaluation.userErrors).toEqual([]);
      const replied = await live.graphql<{ replyToEvaluation: { userErrors: unknown[] } }>(
        `mutation($input: ReplyToEvaluationInput!) { replyToEvaluation(input: $input) { userErrors { code } } }`,
        { input: { evaluationId: evaluated.data!.submitEvaluation.evaluation.id, body: `已核实 ${tag}` } },
        await session(live, CLERK),
      );
      expect(replied.data!.replyToEvaluation.userErrors).toEqual([]);
      const draft = await newDraft(live, LI_HUA);
      const { code } = await generateCode(
        live,
        await session(live, WANG_GANG),
        (await licenseId(live, '天津津南外资科技有限公司')).globalId,
      );
      const fetched = await fetchInto(live, await session(live, LI_HUA), {
        caseId: draft.globalId,
        itemMaterialId: await licenseSlot(live),
        code,
        purpose: `恢复演练 ${tag}`,
      });
      expect(fetched.userErrors).toEqual([]);
    }

    /**
     * Closes the WAL segment holding everything committed so far and waits until pgBackRest has it. The switch is
     * explicit (archive_timeout alone leaves the timing to the checkpointer); the limit is generous because on a
     * loaded 2-core machine each archive-push compresses and encrypts a 16 MB segment. A timeout says why.
     */
    async function waitArchived(): Promise<void> {
      const [switched] = await cluster.query<{ wal: string }>(
        'postgres',
        'SELECT pg_walfile_name(pg_switch_wal()) AS wal',
      );
      const wal = switched!.wal;
      const deadline = Date.now() + ARCHIVE_WAIT_MS;
      let archiver: Record<string, unknown> = {};
      while (Date.now() < deadline) {
        const [row] = await cluster.query<Record<string, unknown> & { last_archived_wal: string | null }>(
          'postgres',
          'SELECT archived_count, last_archived_wal, failed_count, last_failed_wal, last_failed_time FROM pg_stat_archiver',
        );
        archiver = row!;
        if (row!.last_archived_wal && row!.last_archived_wal >= wal) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(
        `WAL ${wal} not archived within ${ARCHIVE_WAIT_MS / 1000} s; pg_stat_archiver: ${JSON.stringify(archiver)}\n` +
          `pgBackRest log:\n${tail(join(root, 'work', 'log'))}\nserver log:\n${tail(`${cluster.dataDir}.log`)}`,
      );
    }

    /** Restores into an empty data directory and starts it; it promotes once the target is reached. */
    async function restore(...args: string[]): Promise<void> {
      cluster.destroy();
      backup('restore', ...args);
      cluster.start();
      await cluster.waitPromoted();
    }

    async function expectImmutable(): Promise<void> {
      await expect(cluster.query(databaseName, "UPDATE evaluations SET comment = 'changed'")).rejects.toThrow(
        /cannot be changed or deleted/,
      );
      await expect(cluster.query(databaseName, 'DELETE FROM evaluation_replies')).rejects.toThrow(
        /cannot be changed or deleted/,
      );
      await expect(cluster.query(databaseName, 'DELETE FROM license_access_logs')).rejects.toThrow(
        /cannot be changed or deleted/,
      );
      await expect(cluster.query(databaseName, 'TRUNCATE evaluations CASCADE')).rejects.toThrow(
        /cannot be truncated/,
      );
    }

    it(
      'restores every committed record to the latest point and to a named point, triggers in force',
      async () => {
        backupNow({ config, type: 'full' }); // what npm run db:backup runs
        const atBackup = await snapshot();

        await commitWork('A');
        await cluster.query('postgres', "SELECT pg_create_restore_point('drill-after-A')");
        const atPoint = await snapshot();
        await commitWork('B');
        const latest = await snapshot();
        for (const table of ['evaluations', 'evaluation_replies', 'license_access_logs']) {
          expect(atPoint[table]!.rows, table).toBe(atBackup[table]!.rows + 1);
          expect(latest[table]!.rows, table).toBe(atBackup[table]!.rows + 2);
        }
        await waitArchived();

        // The server is destroyed (a crash: no checkpoint, data directory deleted), the API's connections with it.
        await api!.close();
        api = null;
        await restore('--type=default');
        expect(await snapshot()).toEqual(latest);
        await expectImmutable();

        await restore('--type=name', '--target=drill-after-A', '--target-action=promote');
        expect(await snapshot()).toEqual(atPoint);
        await expectImmutable();
      },
      240_000 + ARCHIVE_WAIT_MS,
    );

    it('keeps the repository encrypted: with another passphrase it reads as garbage and nothing restores', () => {
      const [info] = JSON.parse(backup('info', '--output=json'));
      expect(info.cipher).toBe('aes-256-cbc');
      expect(info.status.code).toBe(0);
      expect(info.backup.length).toBeGreaterThanOrEqual(1);
      const wrongConfig = join(root, 'wrong-passphrase.conf');
      writeFileSync(wrongConfig, pgbackrestConfig({ ...repository, cipherPass: 'not-the-passphrase' }));
      ownByPostgres(wrongConfig);
      // Decrypted with the wrong key, the repository's own index is garbage: pgBackRest cannot parse it.
      const wrong = pgbackrest('info', [], { config: wrongConfig });
      expect(wrong).toMatch(/status: error/);
      expect(wrong).toMatch(/unable to load info file/);
      const scratch = makePostgresDir(join(root, 'scratch'));
      expect(() => pgbackrest('restore', [`--pg1-path=${scratch}`], { config: wrongConfig })).toThrow();
    });
  },
);

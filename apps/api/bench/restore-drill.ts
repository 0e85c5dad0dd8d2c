// npm run bench:restore (by hand, not in the test suite; take the measure and heavy locks): RPO and RTO of a
// pgBackRest restore at city scale. A Debian PostgreSQL 15 cluster with production settings (fsync on, WAL
// archived by pgBackRest, archive_timeout 60 s), BENCH_CASES (1,000,000) cases loaded, a full backup; then
// BENCH_RPO_SAMPLES writes at random moments, each timed until its WAL is in the repository (what a crash then
// would lose: RPO); then BENCH_RESTORE_ROUNDS times the server crashed and deleted and the restore to the latest
// point timed until it accepts writes again (RTO, without the time a person needs to decide). Prints a table
// for README "Backups and point-in-time recovery".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createDatabaseIfMissing, migrateDeploy, withDatabase } from '../src/db/database.ts';
import { createPrisma } from '../src/db/prisma.ts';
import { seedDatabase } from '../src/db/seed/seed-database.ts';
import { backupNow, pgbackrest, pgbackrestConfig } from '../src/db/pgbackrest.ts';
import { DebianCluster, makePostgresDir, ownByPostgres } from '../src/testing/debian-cluster.ts';
import { seedCases } from './seed-cases.ts';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const ARCHIVE_TIMEOUT_S = Number(process.env.BENCH_ARCHIVE_TIMEOUT ?? 60);
const RPO_SAMPLES = Number(process.env.BENCH_RPO_SAMPLES ?? 5);
const RESTORE_ROUNDS = Number(process.env.BENCH_RESTORE_ROUNDS ?? 2);
const DATABASE = 'service_hall';
const loadBefore = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (values: number[]) =>
  `${seconds(Math.min(...values))}–${seconds(Math.max(...values))}, ${values.length}`;
const os = () => `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`;

const root = DebianCluster.makeRoot('hall-restore-bench-');
const config = join(root, 'pgbackrest.conf');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const size = (path: string) => execFileSync('du', ['-sh', path], { encoding: 'utf8' }).split('\t')[0];
const cluster = await DebianCluster.init(root);
try {
  makePostgresDir(join(root, 'repo'));
  makePostgresDir(join(root, 'work'));
  writeFileSync(
    config,
    pgbackrestConfig({
      repoPath: join(root, 'repo'),
      cipherPass: randomBytes(32).toString('base64'),
      pgPath: cluster.dataDir,
      pgPort: cluster.port,
      pgSocketPath: root,
      workPath: join(root, 'work'),
    }),
    { mode: 0o600 },
  );
  ownByPostgres(config);
  cluster.configure({
    fsync: 'on',
    wal_level: 'replica',
    archive_mode: 'on',
    archive_command: `'pgbackrest --config=${config} --stanza=hall archive-push %p'`,
    archive_timeout: ARCHIVE_TIMEOUT_S,
    max_wal_size: "'4GB'",
  });
  cluster.start();
  pgbackrest('stanza-create', [], { config });
  await createDatabaseIfMissing(cluster.adminUrl, DATABASE);
  const url = withDatabase(cluster.adminUrl, DATABASE);
  migrateDeploy(url);
  const db = createPrisma(url);
  await seedDatabase(db).finally(() => db.$disconnect());
  let started = Date.now();
  await seedCases(url, { cases: CASES, ownCases: 2_000, citizens: 100_000, evaluationCases: 50_000 });
  console.log(`${CASES.toLocaleString('en')} cases loaded in ${seconds(Date.now() - started)}`);
  const [{ bytes }] = (await cluster.query<{ bytes: string }>(
    DATABASE,
    'SELECT pg_database_size(current_database()) AS bytes',
  )) as [{ bytes: string }];

  started = Date.now();
  backupNow({ config, type: 'full' });
  const backupMs = Date.now() - started;

  // Writes after the backup, each at a random moment of the archive_timeout cycle, and how long until the WAL
  // holding each is archived: what a crash at that moment would lose.
  const rpoMs: number[] = [];
  const markers: string[] = [];
  for (let sample = 0; sample < RPO_SAMPLES; sample++) {
    await sleep(Math.random() * ARCHIVE_TIMEOUT_S * 1000);
    const marker = `restore-bench-${Date.now()}-${sample}`;
    markers.push(marker);
    rpoMs.push(await untilArchived(marker));
  }
  const counts = await rowCounts();

  const restoreMs: number[] = [];
  const rtoMs: number[] = [];
  for (let round = 0; round < RESTORE_ROUNDS; round++) {
    started = Date.now();
    cluster.destroy();
    pgbackrest('restore', [], { config });
    restoreMs.push(Date.now() - started);
    cluster.start();
    await cluster.waitPromoted(3_600_000);
    rtoMs.push(Date.now() - started);
    const after = await rowCounts();
    const kept = await cluster.query(DATABASE, 'SELECT 1 FROM abuse_counters WHERE key = ANY($1)', [markers]);
    if (kept.length !== markers.length || JSON.stringify(after) !== JSON.stringify(counts))
      throw new Error(`restore lost data: ${JSON.stringify({ counts, after, kept: kept.length })}`);
    // the next round restores again from the same repository, to the new timeline's latest point
    // (a promoted server's first segment was not switched by archive_timeout in a run: switch it by hand)
    if (round + 1 < RESTORE_ROUNDS) {
      markers.push(`restore-bench-round-${round}`);
      await untilArchived(markers.at(-1)!, { switchWal: true });
    }
  }

  console.log(`
${CASES.toLocaleString('en')} cases, database ${(Number(bytes) / 2 ** 30).toFixed(2)} GiB; load average ${loadBefore} before, ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} after; ${os()}

| measured | median | spread (min–max), samples |
| --- | ---: | --- |
| full backup (zst, encrypted; repository ${size(join(root, 'repo'))}) | ${seconds(backupMs)} | one |
| RPO: a commit until its WAL is archived (archive_timeout ${ARCHIVE_TIMEOUT_S} s) | ${seconds(median(rpoMs))} | ${spread(rpoMs)} |
| restore of the files (pgbackrest restore) | ${seconds(median(restoreMs))} | ${spread(restoreMs)} |
| RTO: crash to accepting writes (restore + WAL replay + promotion) | ${seconds(median(rtoMs))} | ${spread(rtoMs)} |
| rows after each restore | ${counts.cases.toLocaleString('en')} cases, ${counts.events.toLocaleString('en')} events | all, and every write after the backup |`);

  async function untilArchived(marker: string, { switchWal = false } = {}): Promise<number> {
    const committedAt = Date.now();
    const [{ lsn }] = (await cluster.query<{ lsn: string }>(
      DATABASE,
      `WITH w AS (INSERT INTO abuse_counters (key, window_start, count, expires_at)
                  VALUES ($1, now(), 1, now() + interval '10 years') RETURNING 1)
       SELECT pg_current_wal_insert_lsn()::text AS lsn FROM w`,
      [marker],
    )) as [{ lsn: string }];
    const [{ wal }] = (await cluster.query<{ wal: string }>(
      'postgres',
      `SELECT pg_walfile_name($1::pg_lsn) AS wal`,
      [lsn],
    )) as [{ wal: string }];
    if (switchWal) await cluster.query('postgres', 'SELECT pg_switch_wal()');
    for (;;) {
      const [row] = await cluster.query<{ last: string | null }>(
        'postgres',
        'SELECT last_archived_wal AS last FROM pg_stat_archiver',
      );
      // same timeline (the first 8 hex digits): an older timeline's name, `.partial` or `.history` sorts lower
      if (row!.last && row!.last >= wal) return Date.now() - committedAt;
      await sleep(100);
    }
  }

  async function rowCounts(): Promise<{ cases: number; events: number }> {
    const [row] = await cluster.query<{ cases: number; events: number }>(
      DATABASE,
      'SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_events)::int AS events',
    );
    return row!;
  }
} finally {
  if (cluster.isRunning()) cluster.stop('immediate');
  rmSync(root, { recursive: true, force: true });
}

// The sizing run of issue 20: 我的办件 and 统计分析 under load at the same time, sent to the API on the primary
// alone and to the API with a streaming standby of the bench database in DATABASE_REPLICA_URLS (the dashboards
// and 公示 read from a healthy replica, everything else from the primary: db/read-replicas.ts). The standby is
// Debian's PostgreSQL 15 over a pg_basebackup of the bench server (the package `.ci/run` installs).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { asPostgres } from '../src/db/pgbackrest.ts';
import { DebianCluster, PG_BIN, debianPostgresInstalled } from '../src/testing/debian-cluster.ts';
import { startProcess } from './processes.ts';

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

/** One stream of the mix: a scenario's request and the connections that send it. */
export interface MixPart {
  name: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
}

export type MixTarget = 'primary' | 'primary + replica';

export interface ReplicaMixFigures {
  /** `${target}\u0000${part}` → one Figures per round */
  runs: Map<string, Figures[]>;
  baseBackupSeconds: number;
  /** replay lag of the standby (bytes behind the primary's WAL) after each round with it */
  lagBytes: number[];
}

export async function measureReplicaMix(options: {
  /** the bench server's administrator URL (with its password: it also authorises replication) */
  adminUrl: string;
  database: string;
  /** the API already running on the primary alone */
  primaryApiUrl: string;
  env: Record<string, string>;
  port: number;
  rounds: number;
  duration: number;
  parts: MixPart[];
  load: (base: string, part: MixPart, duration: number) => Promise<Figures>;
}): Promise<ReplicaMixFigures> {
  if (!debianPostgresInstalled())
    throw new Error(
      `the replica mix needs Debian's PostgreSQL 15 in ${PG_BIN} (apt-get install postgresql-15)`,
    );
  const admin = new URL(options.adminUrl);
  const root = DebianCluster.makeRoot('hall-bench-replica-');
  const standby = await DebianCluster.over(root, 'standby');
  const stops: (() => Promise<void> | void)[] = [() => rmSync(root, { recursive: true, force: true })];
  try {
    const backupStart = Date.now();
    // -R writes primary_conninfo (with the password given here) so the copy starts as a streaming standby.
    asPostgres(
      join(PG_BIN, 'pg_basebackup'),
      [
        '-D',
        standby.dataDir,
        '-h',
        admin.hostname,
        '-p',
        admin.port,
        '-U',
        admin.username,
        '-R',
        '-X',
        'stream',
      ],
      { ...process.env, PGPASSWORD: decodeURIComponent(admin.password) },
    );
    const baseBackupSeconds = (Date.now() - backupStart) / 1000;
    standby.configure({ hot_standby: 'on' });
    standby.start();
    stops.unshift(() => standby.stop('immediate'));

    const replicaUrl = new URL(options.adminUrl);
    replicaUrl.port = String(standby.port);
    replicaUrl.pathname = `/${options.database}`;
    const withReplica = await startProcess('src/main.ts', options.port, {
      ...options.env,
      API_PORT: String(options.port),
      DATABASE_REPLICA_URLS: replicaUrl.toString(),
    });
    stops.unshift(() => withReplica.stop());
    await untilReplicaHealthy(withReplica.url);

    // Warm-up of both APIs (JIT, pools, the standby's caches).
    for (const base of [options.primaryApiUrl, withReplica.url])
      await Promise.all(options.parts.map((part) => options.load(base, part, 1)));

    const runs = new Map<string, Figures[]>();
    const lagBytes: number[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      const targets: [MixTarget, string][] = [
        ['primary', options.primaryApiUrl],
        ['primary + replica', withReplica.url],
      ];
      if (round % 2 === 1) targets.reverse();
      for (const [target, base] of targets) {
        const figures = await Promise.all(
          options.parts.map((part) => options.load(base, part, options.duration)),
        );
        options.parts.forEach((part, i) => {
          const key = `${target}\u0000${part.name}`;
          runs.set(key, [...(runs.get(key) ?? []), figures[i]!]);
        });
        if (target !== 'primary')
          lagBytes.push(await replayLagBytes(options.adminUrl, replicaUrl.toString()));
        process.stdout.write('.');
      }
    }
    return { runs, baseBackupSeconds, lagBytes };
  } finally {
    for (const stop of stops) await stop();
  }
}

async function untilReplicaHealthy(apiUrl: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    const health = (await (await fetch(`${apiUrl}/healthz`)).json()) as {
      replicas?: { healthy: boolean }[];
    };
    if (health.replicas?.length && health.replicas.every((replica) => replica.healthy)) return;
    if (Date.now() - started > 60_000)
      throw new Error(`the standby is not healthy: ${JSON.stringify(health)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function replayLagBytes(primaryUrl: string, replicaUrl: string): Promise<number> {
  const replayed = await one(replicaUrl, 'SELECT pg_last_wal_replay_lsn()::text AS v');
  return Math.max(
    0,
    await one(primaryUrl, 'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::float8 AS v', [replayed]),
  );
}

async function one<T>(url: string, sql: string, values: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows[0].v as T;
  } finally {
    await client.end();
  }
}

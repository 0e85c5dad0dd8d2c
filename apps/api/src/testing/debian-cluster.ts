import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { asPostgres } from '../db/pgbackrest.ts';
import { freePort } from './spawn-api.ts';

/** Debian's PostgreSQL 15 binaries (package postgresql-15; `.ci/run` installs it). */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export function debianPostgresInstalled(): boolean {
  return existsSync(join(PG_BIN, 'initdb')) && existsSync('/usr/bin/pgbackrest');
}

/**
 * A throwaway cluster made with Debian's initdb/pg_ctl in a temporary directory, run as `postgres` when the
 * tests run as root. Ports: the first free one of DEBIAN_PG_PORTS (e.g. `5450-5469`), else any free port.
 */
export class DebianCluster {
  readonly dataDir: string;
  constructor(
    readonly root: string,
    readonly port: number,
    name = 'data',
  ) {
    this.dataDir = join(root, name);
  }

  /** A fresh temporary root the postgres user can enter, for clusters and backup repositories. */
  static makeRoot(prefix: string): string {
    const root = mkdtempSync(join(tmpdir(), prefix));
    chmodSync(root, 0o755);
    ownByPostgres(root);
    return root;
  }

  /** initdb (trust for 127.0.0.1 and the socket only) and settings; `settings` go into postgresql.conf. */
  static async init(root: string, settings: Record<string, string | number> = {}, name = 'data') {
    const cluster = new DebianCluster(root, await clusterPort(), name);
    asPostgres(join(PG_BIN, 'initdb'), [
      '-D',
      cluster.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    cluster.configure(settings);
    return cluster;
  }

  /** A cluster over a data directory someone else filled (a restore, a base backup of a standby). */
  static async over(root: string, name: string): Promise<DebianCluster> {
    return new DebianCluster(root, await clusterPort(), name);
  }

  configure(settings: Record<string, string | number>): void {
    const all = {
      listen_addresses: "'127.0.0.1'",
      port: this.port,
      unix_socket_directories: `'${this.root}'`,
      fsync: 'off',
      ...settings,
    };
    const lines = Object.entries(all).map(([key, value]) => `${key} = ${value}`);
    writeFileSync(join(this.dataDir, 'postgresql.auto.conf'), `${lines.join('\n')}\n`, { flag: 'a' });
    ownByPostgres(join(this.dataDir, 'postgresql.auto.conf'));
  }

  get adminUrl(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  url(database: string): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  start(): void {
    asPostgres(join(PG_BIN, 'pg_ctl'), [
      '-D',
      this.dataDir,
      '-l',
      `${this.dataDir}.log`,
      '-w',
      '-t',
      '120',
      'start',
    ]);
  }

  /** `immediate` is a crash: no checkpoint, no final WAL archived. */
  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    asPostgres(join(PG_BIN, 'pg_ctl'), ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
  }

  isRunning(): boolean {
    try {
      asPostgres(join(PG_BIN, 'pg_ctl'), ['-D', this.dataDir, 'status']);
      return true;
    } catch {
      return false;
    }
  }

  /** The server is gone: its data directory deleted. */
  destroy(): void {
    if (this.isRunning()) this.stop('immediate');
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async query<T extends pg.QueryResultRow>(
    database: string,
    sql: string,
    values: unknown[] = [],
  ): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  }

  /** Waits until the server accepts connections and has left recovery (a restore promotes at its end). */
  async waitPromoted(timeoutMs = 120_000): Promise<void> {
    const started = Date.now();
    for (;;) {
      try {
        const [row] = await this.query<{ recovering: boolean }>(
          'postgres',
          'SELECT pg_is_in_recovery() AS recovering',
        );
        if (!row!.recovering) return;
      } catch {
        // starting up
      }
      if (Date.now() - started > timeoutMs) throw new Error(`cluster on ${this.port} did not leave recovery`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export function ownByPostgres(path: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(asPostgres('id', ['-u']).trim());
  const gid = Number(asPostgres('id', ['-g']).trim());
  chownSync(path, uid, gid);
}

export function makePostgresDir(path: string): string {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  ownByPostgres(path);
  return path;
}

async function clusterPort(): Promise<number> {
  const range = process.env.DEBIAN_PG_PORTS?.match(/^(\d+)-(\d+)$/);
  if (!range) return freePort();
  for (let port = Number(range[1]); port <= Number(range[2]); port++) {
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in DEBIAN_PG_PORTS=${process.env.DEBIAN_PG_PORTS}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    import('node:net').then(({ default: net }) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
  });
}

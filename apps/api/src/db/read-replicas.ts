import pg from 'pg';
import type { Logger } from 'pino';
import { createPrisma, type Db } from './prisma.ts';
import { isDatabaseUnavailable } from './database-unavailable.ts';

/** What /healthz says of each replica. */
export interface ReplicaStatus {
  /** host:port/database (no credentials) */
  name: string;
  healthy: boolean;
  /** WAL bytes the replica has yet to replay behind the primary, at the last check */
  lagBytes: number | null;
  checkedAt: string | null;
  error: string | null;
}

export interface ReadReplicaOptions {
  poolSize?: number;
  logger?: Pick<Logger, 'warn'>;
  /** how often each replica's lag is measured */
  checkEveryMs?: number;
  /** a replica further behind than this is not used until it catches up */
  maxLagBytes?: number;
}

/** Checked twice a second with a 400 ms limit: a stopped replica stops being used within a second. */
export const REPLICA_CHECK_EVERY_MS = 500;
const CHECK_TIMEOUT_MS = 400;
/** One WAL segment: seconds of ordinary traffic, far less than a dashboard notices. */
export const REPLICA_MAX_LAG_BYTES = 16 * 1024 * 1024;

interface Replica {
  name: string;
  db: Db;
  probe: pg.Pool;
  status: ReplicaStatus;
}

/**
 * Read replicas (README: Running in production → Read replicas). Work that tolerates a little lag — the
 * dashboards and the published 公示 figures — runs through `read()`: on a healthy replica (reachable, a
 * standby, at most REPLICA_MAX_LAG_BYTES behind), else on the primary; a replica that fails mid-request is
 * marked down and the request runs again on the primary, so a replica going away fails nothing. Everything
 * else, and every read of a citizen's or a department's own cases and evaluations, stays on the primary:
 * someone who has just written always reads their own write.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private next = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly maxLagBytes: number;

  constructor(
    private readonly primary: Db,
    urls: readonly string[],
    private readonly options: ReadReplicaOptions = {},
  ) {
    this.maxLagBytes = options.maxLagBytes ?? REPLICA_MAX_LAG_BYTES;
    this.replicas = urls.map((url) => {
      const name = describeUrl(url);
      const probe = new pg.Pool({
        connectionString: url,
        max: 1,
        connectionTimeoutMillis: CHECK_TIMEOUT_MS,
        query_timeout: CHECK_TIMEOUT_MS,
      });
      // An idle probe connection dies with its replica: the next check marks the replica down.
      probe.on('error', () => {});
      return {
        name,
        db: createPrisma(url, { poolSize: options.poolSize }),
        probe,
        status: { name, healthy: false, lagBytes: null, checkedAt: null, error: 'not checked yet' },
      };
    });
  }

  /** Measures every replica now and then every REPLICA_CHECK_EVERY_MS. */
  async start(): Promise<void> {
    if (this.replicas.length === 0) return;
    await this.check();
    this.timer = setInterval(() => void this.check(), this.options.checkEveryMs ?? REPLICA_CHECK_EVERY_MS);
    this.timer.unref();
  }

  /** One round of lag measurements: the primary's WAL position, then how far each replica has replayed. */
  async check(): Promise<void> {
    let primaryLsn: string;
    try {
      const [row] = await this.primary.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
      primaryLsn = row!.lsn;
    } catch {
      return; // the primary is down: the requests themselves answer 503; the replicas keep their last state
    }
    await Promise.all(this.replicas.map((replica) => this.checkOne(replica, primaryLsn)));
  }

  private async checkOne(replica: Replica, primaryLsn: string): Promise<void> {
    const checkedAt = new Date().toISOString();
    try {
      const { rows } = await replica.probe.query<{ standby: boolean; lag: string | null }>(
        `SELECT pg_is_in_recovery() AS standby,
                pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn())::bigint::text AS lag`,
        [primaryLsn],
      );
      const { standby, lag } = rows[0]!;
      const lagBytes = lag === null ? null : Math.max(0, Number(lag));
      const healthy = standby && lagBytes !== null && lagBytes <= this.maxLagBytes;
      const error = !standby ? 'not a standby' : healthy ? null : 'too far behind';
      replica.status = { name: replica.name, healthy, lagBytes, checkedAt, error };
    } catch (error) {
      if (replica.status.healthy) this.options.logger?.warn({ replica: replica.name }, 'read replica down');
      replica.status = { ...replica.status, healthy: false, checkedAt, error: (error as Error).message };
    }
  }

  /** A healthy replica (in turn), or the primary when none is. */
  reader(): Db {
    const healthy = this.replicas.filter((replica) => replica.status.healthy);
    if (healthy.length === 0) return this.primary;
    this.next = (this.next + 1) % healthy.length;
    return healthy[this.next]!.db;
  }

  /** Lag-tolerant reads: on a replica when one is healthy, again on the primary if that replica fails now. */
  async read<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const db = this.reader();
    if (db === this.primary) return work(db);
    try {
      return await work(db);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const replica = this.replicas.find((candidate) => candidate.db === db)!;
      replica.status = { ...replica.status, healthy: false, error: 'failed during a request' };
      this.options.logger?.warn({ replica: replica.name }, 'read replica failed: reading from the primary');
      return work(this.primary);
    }
  }

  statuses(): ReplicaStatus[] {
    return this.replicas.map((replica) => ({ ...replica.status }));
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(
      this.replicas.map(async (replica) => {
        await replica.db.$disconnect();
        await replica.probe.end();
      }),
    );
  }
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'replica';
  }
}

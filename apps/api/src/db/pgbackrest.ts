import { execFileSync } from 'node:child_process';
import { readApiEnvVariable } from '../env-schema.ts';

/**
 * Backups and point-in-time recovery with pgBackRest (Debian package `pgbackrest`; README: Running in
 * production → Backups). Chosen over pg_basebackup + an archive_command of our own because it does what we
 * would otherwise script: encryption of the repository (aes-256-cbc), retention that expires old backups
 * together with their WAL, full/differential/incremental backups, checksummed files and archive checks, and
 * restores to the latest point, a time, a named restore point or an LSN with one command.
 */
export interface PgBackRestOptions {
  /** pgbackrest.conf; default /etc/pgbackrest/pgbackrest.conf (or PGBACKREST_CONFIG) */
  config?: string;
  /** the stanza (one per cluster): default `hall` (or PGBACKREST_STANZA) */
  stanza?: string;
}

export const DEFAULT_STANZA = 'hall';

/** Runs pgbackrest as the cluster's OS user (`postgres`) when called as root, as it must not run as root. */
export function pgbackrest(command: string, args: string[], options: PgBackRestOptions = {}): string {
  const all = [
    ...(options.config ? [`--config=${options.config}`] : []),
    `--stanza=${options.stanza ?? readApiEnvVariable('PGBACKREST_STANZA') ?? DEFAULT_STANZA}`,
    ...args,
    command,
  ];
  return asPostgres('pgbackrest', all);
}

/** A program run as the `postgres` OS user when this process is root (CI), else as this user. */
export function asPostgres(program: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
  return execFileSync(file, argv, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface RepositoryOptions {
  /** where backups and archived WAL go (a mounted volume, or use repo1-type=s3 in production) */
  repoPath: string;
  /** the repository's encryption passphrase (production: a 64-character random secret kept apart from it) */
  cipherPass: string;
  /** the cluster's data directory, port and socket directory */
  pgPath: string;
  pgPort: number;
  pgSocketPath?: string;
  /** pgBackRest's own log, lock and spool directories */
  workPath: string;
  /** full backups kept (each with the differentials, incrementals and WAL that depend on it) */
  retentionFull?: number;
  stanza?: string;
}

/** The pgbackrest.conf README "Backups" documents, for a given layout (tests and the drill script write it). */
export function pgbackrestConfig(options: RepositoryOptions): string {
  return `[global]
repo1-path=${options.repoPath}
repo1-retention-full=${options.retentionFull ?? 2}
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=${options.cipherPass}
compress-type=zst
start-fast=y
archive-async=n
log-path=${options.workPath}/log
lock-path=${options.workPath}/lock
spool-path=${options.workPath}/spool
log-level-console=warn
log-level-file=info

[${options.stanza ?? DEFAULT_STANZA}]
pg1-path=${options.pgPath}
pg1-port=${options.pgPort}
${options.pgSocketPath ? `pg1-socket-path=${options.pgSocketPath}\n` : ''}`;
}

/**
 * `npm run db:backup [-- --type=full|diff|incr]`: one backup (pgBackRest makes the first one full, later ones
 * incremental unless told), expiring what the retention no longer keeps, then the repository's summary.
 */
export function backupNow(options: PgBackRestOptions & { type?: 'full' | 'diff' | 'incr' } = {}): string {
  pgbackrest('backup', options.type ? [`--type=${options.type}`] : [], options);
  return pgbackrest('info', [], options);
}

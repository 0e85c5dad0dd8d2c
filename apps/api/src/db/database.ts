import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres.ts';
import { readApiEnv } from '../env-schema.ts';

import { repoRoot } from '../lib/repo-root.ts';

export { repoRoot };
export const DEFAULT_DATABASE_NAME = 'service_hall';

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedServer | null;
}

/**
 * DATABASE_URL wins; without it an embedded server under .data/postgres is started (or reused) and the
 * application database created on it.
 */
export async function resolveDatabase(
  raw: Record<string, string | undefined> = process.env,
): Promise<ResolvedDatabase> {
  const env = readApiEnv(raw);
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: env.EMBEDDED_PG_DIR ?? resolve(repoRoot, '.data/postgres'),
    port: env.EMBEDDED_PG_PORT,
  });
  await createDatabaseIfMissing(embedded.adminUrl, DEFAULT_DATABASE_NAME);
  return { url: withDatabase(embedded.adminUrl, DEFAULT_DATABASE_NAME), embedded };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabaseIfMissing(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
}

/** Applies committed migrations with Prisma's own `migrate deploy`, as production does. */
export function migrateDeploy(url: string): void {
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabaseIfMissing, migrateDeploy, withDatabase } from '../db/database.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded-postgres.ts';
import { createPrisma } from '../db/prisma.ts';
import { seedDatabase } from '../db/seed/seed-database.ts';
import { repoRoot } from '../db/database.ts';
import { resolve } from 'node:path';

export const TEMPLATE_DATABASE = 'hall_test_template';

/**
 * The server tests create their databases on: the one DATABASE_URL names (CI runs Debian's PostgreSQL), or
 * the embedded development server.
 */
export async function testServer(): Promise<{ adminUrl: string; embedded: EmbeddedServer | null }> {
  if (process.env.DATABASE_URL)
    return { adminUrl: withDatabase(process.env.DATABASE_URL, 'postgres'), embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_PG_DIR ?? resolve(repoRoot, '.data/postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  });
  return { adminUrl: embedded.adminUrl, embedded };
}

/** Migrates and seeds a template once per run; every test file then copies it (~100 ms) for isolation. */
export async function prepareTemplate(adminUrl: string): Promise<void> {
  await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  await createDatabaseIfMissing(adminUrl, TEMPLATE_DATABASE);
  const url = withDatabase(adminUrl, TEMPLATE_DATABASE);
  migrateDeploy(url);
  const db = createPrisma(url);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
}

export async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hall_test_${randomBytes(5).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name, TEMPLATE_DATABASE);
  return { url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

import pg from 'pg';
import { pino } from 'pino';
import { startJobs } from '../jobs/start-jobs.ts';
import { systemClock } from '../lib/clock.ts';
import { createPrisma } from './prisma.ts';

/**
 * Tables whose rows are never changed or deleted once written (triggers refuse it even to the owner): the
 * API's role may only read and add to them.
 */
export const APPEND_ONLY_TABLES = [
  'case_events',
  'evaluations',
  'evaluation_replies',
  'audit_logs',
  'license_access_logs',
] as const;

/** Schemas the API works in: the application's, and pg-boss's job tables (created by the owner). */
const SCHEMAS = ['public', 'pgboss'] as const;

/**
 * `npm run db:grant -- <role>`, as the owner after `npm run db:migrate`: installs pg-boss's schema and creates
 * the job queues (both DDL, which the API's role may not run: started as that role, pg-boss then finds them
 * ready and only reads and writes rows), then grants the role what the API needs.
 */
export async function provisionApiRole(ownerUrl: string, role: string): Promise<void> {
  const db = createPrisma(ownerUrl, { poolSize: 2 });
  try {
    const jobs = await startJobs(db, {
      connectionString: ownerUrl,
      clock: systemClock,
      logger: pino({ level: 'warn', name: 'db:grant' }),
    });
    await jobs.stop();
  } finally {
    await db.$disconnect();
  }
  await grantApiRole(ownerUrl, role);
}

/**
 * Least privilege (README: Running in production → Database roles). Run as the owner role that ran the
 * migrations: gives an existing login role exactly what the API needs — read and write rows, nothing else.
 * It owns nothing, so it cannot run DDL, ALTER TABLE … DISABLE TRIGGER or TRUNCATE; it is no superuser, so
 * it cannot SET session_replication_role either. Idempotent: run it after every `npm run db:migrate`
 * (default privileges already cover tables later migrations create).
 */
export async function grantApiRole(ownerUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await assertUnprivileged(client, role);
    const who = pg.escapeIdentifier(role);
    const { rows } = await client.query<{ name: string }>(
      `SELECT nspname AS name FROM pg_namespace WHERE nspname = ANY($1)`,
      [SCHEMAS],
    );
    const database = (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!
      .name;
    await client.query('BEGIN');
    await client.query(`GRANT CONNECT ON DATABASE ${pg.escapeIdentifier(database)} TO ${who}`);
    // PostgreSQL 15 already keeps CREATE on public from PUBLIC; older servers and restored dumps may not.
    await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    for (const { name } of rows) {
      const schema = pg.escapeIdentifier(name);
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${who}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${who}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${who}`);
      await client.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${who}`,
      );
      await client.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${who}`,
      );
    }
    // the append-only tables and each of their partitions (a partition can be addressed by name)
    const { rows: appendOnly } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace
          AND (c.relname = ANY($1) OR c.oid IN (
                SELECT i.inhrelid FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
                 WHERE p.relnamespace = 'public'::regnamespace AND p.relname = ANY($1)))`,
      [APPEND_ONLY_TABLES],
    );
    for (const { name } of appendOnly) {
      await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${pg.escapeIdentifier(name)} FROM ${who}`);
    }
    // the partitions-ahead job creates next year's partitions through the owner's function, not by DDL
    await client.query(`GRANT EXECUTE ON FUNCTION ensure_year_partition(text, int) TO ${who}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** The API's role must be a plain login: no superuser, no role or database creation, not the owner itself. */
async function assertUnprivileged(client: pg.Client, role: string): Promise<void> {
  const { rows } = await client.query<{ super: boolean; creates: boolean; owner: boolean }>(
    `SELECT rolsuper OR rolbypassrls AS super, rolcreaterole OR rolcreatedb AS creates,
            pg_has_role(rolname, current_user, 'MEMBER') AS owner
       FROM pg_roles WHERE rolname = $1`,
    [role],
  );
  const found = rows[0];
  if (!found)
    throw new Error(`Role ${role} does not exist: create it first (CREATE ROLE ${role} LOGIN PASSWORD …).`);
  if (found.super)
    throw new Error(`Role ${role} is a superuser or bypasses row security: the API needs a plain role.`);
  if (found.creates)
    throw new Error(`Role ${role} may create roles or databases: the API needs a plain role.`);
  if (found.owner)
    throw new Error(`Role ${role} is (a member of) the owner role: migrations and the API need two roles.`);
}

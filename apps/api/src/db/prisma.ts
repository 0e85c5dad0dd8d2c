import { createHash } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { hotTypes } from './hot-types.ts';

export type Db = PrismaClient;

export interface DbOptions {
  /** connections this process may hold (see README "Scaling" for how to size it); pg's default is 10 */
  poolSize?: number;
  /** called for every statement sent to PostgreSQL (tests and the benchmark count them) */
  onStatement?: (sql: string) => void;
}

export function createPrisma(connectionString: string, options: DbOptions = {}): PrismaClient {
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10 });
  if (options.onStatement) countStatements(pool, options.onStatement);
  const db = new PrismaClient({
    adapter: new PrismaPg(pool, { statementNameGenerator: statementName, disposeExternalPool: true }),
  });
  pools.set(db, pool);
  return db;
}

const pools = new WeakMap<PrismaClient, pg.Pool>();

/**
 * Hot read paths only (a page of cases and its counts run on every 我的办件 and workbench request): a named
 * statement straight on the ORM's own connection pool, without the ORM's query building and result mapping,
 * which cost more CPU than the rest of such a request (see README "Benchmarks"). Rows come as `pg` gives
 * them: alias columns to the model's field names and cast counts to int. A client without its own pool
 * (a transaction's) falls back to the ORM's raw query.
 */
export async function hotQuery<T>(db: Db, text: string, values: unknown[]): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRawUnsafe<T[]>(text, ...values);
  const result = await pool.query({ name: statementName({ sql: text }), text, values, types: hotTypes });
  return result.rows as T[];
}

/**
 * Named statements: PostgreSQL parses and plans each statement text once per connection instead of on every
 * call. The ORM's SQL for one query shape is always the same text, so a hash of it is a stable name.
 */
function statementName(query: { sql: string }): string {
  let name = statementNames.get(query.sql);
  if (!name) {
    name = `s${createHash('sha1').update(query.sql).digest('base64url').slice(0, 20)}`;
    // The texts are the code's query shapes (a few hundred); the bound only guards against a shape leak.
    if (statementNames.size >= 10_000) statementNames.clear();
    statementNames.set(query.sql, name);
  }
  return name;
}

const statementNames = new Map<string, string>();

function countStatements(pool: pg.Pool, onStatement: (sql: string) => void): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: typeof query }).query = (...args: unknown[]) => {
      const first = args[0];
      onStatement(typeof first === 'string' ? first : String((first as { text?: string })?.text ?? ''));
      return query(...args);
    };
  });
}

export { Prisma } from '../generated/prisma/client.ts';

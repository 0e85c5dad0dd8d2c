import { createHash } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

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
  return new PrismaClient({
    adapter: new PrismaPg(pool, { statementNameGenerator: statementName, disposeExternalPool: true }),
  });
}

/**
 * Named statements: PostgreSQL parses and plans each statement text once per connection instead of on every
 * call. The ORM's SQL for one query shape is always the same text, so a hash of it is a stable name.
 */
function statementName(query: { sql: string }): string {
  return `s${createHash('sha1').update(query.sql).digest('base64url').slice(0, 20)}`;
}

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

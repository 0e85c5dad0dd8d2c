import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { provisionApiRole } from '../db/api-role.ts';

export interface TestApiRole {
  name: string;
  /** provisions the role on a database (as its owner) and returns the URL that connects as the role */
  connectAs(ownerUrl: string): Promise<string>;
  /** drops the role: call after the databases it was granted on are dropped */
  drop(): Promise<void>;
}

/** A fresh login role for the API, as production has one (README: Database roles): roles are per server. */
export async function createTestApiRole(adminUrl: string): Promise<TestApiRole> {
  const name = `hall_api_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await asAdmin(adminUrl, `CREATE ROLE ${pg.escapeIdentifier(name)} LOGIN PASSWORD '${password}'`);
  return {
    name,
    async connectAs(ownerUrl) {
      await provisionApiRole(ownerUrl, name);
      const url = new URL(ownerUrl);
      url.username = name;
      url.password = password;
      return url.toString();
    },
    drop: () => asAdmin(adminUrl, `DROP ROLE IF EXISTS ${pg.escapeIdentifier(name)}`),
  };
}

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

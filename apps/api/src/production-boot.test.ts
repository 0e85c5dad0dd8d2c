import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as webDocuments from '../../web/gql/graphql.ts';
import { REQUIRED_IN_PRODUCTION } from './config.ts';
import { createTestDatabase } from './testing/test-database.ts';
import { createTestApiRole, type TestApiRole } from './testing/api-role.ts';
import { hostEnv, runMainUntilExit, spawnApi } from './testing/spawn-api.ts';

type Answer = {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
};

/**
 * `src/main.ts` as production starts it: NODE_ENV=production and only the variables README "Running in
 * production" documents (nothing inherited from the test run), connected as the API's least-privilege role.
 */
describe('production boot: main.ts with NODE_ENV=production and only the documented variables', () => {
  let role: TestApiRole;
  let database: { url: string; drop(): Promise<void> };
  let filesDir: string;
  let env: Record<string, string>;
  let api: { url: string; child: ChildProcess; output(): string };

  beforeAll(async () => {
    role = await createTestApiRole(inject('adminUrl'));
    database = await createTestDatabase(inject('adminUrl'));
    filesDir = await mkdtemp(join(tmpdir(), 'hall-boot-files-'));
    env = {
      ...hostEnv(),
      NODE_ENV: 'production',
      DATABASE_URL: await role.connectAs(database.url),
      NEXTAUTH_SECRET: randomBytes(36).toString('base64'),
      PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      PII_HASH_KEY: randomBytes(32).toString('hex'),
      FILE_STORAGE_DIR: filesDir,
    };
    api = await spawnApi(env);
  }, 120_000);
  afterAll(async () => {
    api?.child.kill('SIGTERM');
    if (api && api.child.exitCode === null) await new Promise((resolve) => api.child.once('exit', resolve));
    await database?.drop();
    await role?.drop();
    await rm(filesDir, { recursive: true, force: true });
  });

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Answer['body'],
    };
  }

  it('is healthy and runs its jobs as the least-privilege role', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
    expect(api.output()).toMatch(/"mode":"enforce"/);
    expect(api.output()).not.toMatch(/pg-boss error|permission denied/);
  });

  it('enforces trusted documents: query text from the web is refused, a manifest hash runs', async () => {
    const text = await post({ query: '{ __typename }' });
    expect(text.status).toBe(400);
    expect(text.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
    const unknown = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(unknown.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const document = webDocuments.MyCasesDocument as DocumentNode & { __meta__?: { hash?: string } };
    const known = await post({
      operationName: 'MyCases',
      variables: { first: 5, list: 'COMPLETED' },
      extensions: {
        persistedQuery: { version: 1, sha256Hash: document.__meta__!.hash!.replace(/^sha256:/, '') },
      },
    });
    // Past the guard: the document runs, and says the anonymous caller must sign in.
    expect(known.body.errors?.map((e) => e.extensions?.code)).not.toContain('PERSISTED_QUERY_REQUIRED');
    expect(known.body.errors?.map((e) => e.extensions?.code)).not.toContain('PERSISTED_QUERY_NOT_FOUND');
  });

  it('lets an authenticated partner introspect (for /graphiql), refuses anyone else, serves no landing page', async () => {
    const token = await fetch(`${api.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('nk-street-system:dev-secret-nk-street').toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    const { access_token } = (await token.json()) as { access_token: string };
    expect(access_token).toBeTruthy();
    const bearer = { authorization: `Bearer ${access_token}` };
    const introspectionQuery = { query: '{ __schema { queryType { name } } }' };
    expect((await post({ query: '{ __typename }' }, bearer)).body).toMatchObject({
      data: { __typename: 'Query' },
    });
    expect((await post(introspectionQuery, bearer)).body).toMatchObject({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    const anonymous = await post(introspectionQuery);
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.data).toBeUndefined();
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html|<!DOCTYPE/i);
  });

  it.each(REQUIRED_IN_PRODUCTION)(
    'refuses to start without %s, naming it',
    async (name) => {
      const { [name]: _left, ...without } = env;
      const result = await runMainUntilExit(without);
      expect(result.code).toBe(1);
      expect(result.output).toContain(name);
      expect(result.output).toMatch(/Refusing to start in production/);
    },
    60_000,
  );
});

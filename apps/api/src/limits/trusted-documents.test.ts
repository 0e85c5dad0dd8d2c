import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import * as webDocuments from '../../../web/gql/graphql.ts';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { DEFAULT_MANIFEST_PATH, readManifest, sha256, TrustedDocuments } from './trusted-documents.ts';
import { readConfig } from '../config.ts';
import { buildServer } from '../server.ts';
import { systemClock } from '../lib/clock.ts';
import { pino } from 'pino';
import type { Db } from '../db/prisma.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import type { UploadLimits } from '../application/upload-limits.ts';
import { definitionTokens, readWebSources } from '../testing/web-documents.ts';

const CITIZEN = '11010519491231002X';

/** The hash the web sends for a generated document (lib/urql-exchanges.ts): codegen's, without `sha256:`. */
function hashOf(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('document without __meta__.hash');
  return hash.replace(/^sha256:/, '');
}

function operationOf(document: DocumentNode): OperationDefinitionNode {
  return document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
}

type Answer = {
  status: number;
  headers: Headers;
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

/** POSTs a raw GraphQL-over-HTTP body, as urql's persisted exchange does (hash, no query text). */
async function post(api: TestApi, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}

const persisted = (document: DocumentNode, variables: Record<string, unknown> = {}) => ({
  operationName: operationOf(document).name?.value,
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(document) } },
});

async function partnerToken(api: TestApi): Promise<string> {
  const response = await fetch(`${api.url}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('nk-street-system:dev-secret-nk-street').toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

const MY_CASES = webDocuments.MyCasesDocument as DocumentNode;
const myCasesVariables = (first: number) => ({ first, list: 'COMPLETED' });
const manifest = readManifest(DEFAULT_MANIFEST_PATH);

describe('trusted documents, enforced (production)', () => {
  let enforced: TestApi;
  let open: TestApi;
  beforeAll(async () => {
    // MyCases costs 121 at 20 rows and 601 at 100: a limit of 200 lets one through and not the other.
    [enforced, open] = await Promise.all([
      startTestApi(inject('adminUrl'), {
        trustedDocuments: { mode: 'enforce' },
        queryLimits: { maxCost: 200 },
      }),
      startTestApi(inject('adminUrl'), { trustedDocuments: { mode: 'off' } }),
    ]);
  });
  afterAll(async () => {
    await enforced?.close();
    await open?.close();
  });

  const counters = () => enforced.db.abuseCounter.findMany({ orderBy: { key: 'asc' } });

  it('runs a web operation named by its hash, answering what its text answers', async () => {
    const byHash = await post(enforced, persisted(MY_CASES, myCasesVariables(20)), {
      'x-session-token': await enforced.sessionFor(CITIZEN),
    });
    expect(byHash.status).toBe(200);
    expect(byHash.errors).toBeUndefined();
    const myCases = byHash.data!.myCases as { edges: unknown[] };
    expect(myCases.edges.length).toBeGreaterThan(0);

    // The same citizen, the same seeded data, the document's text on an API without enforcement.
    const byText = await open.graphql(manifest.get(hashOf(MY_CASES))!, myCasesVariables(20), {
      sessionToken: await open.sessionFor(CITIZEN),
    });
    expect(byText.status).toBe(200);
    expect(byHash.data).toEqual(byText.data);
    // Its cost is charged to the citizen's budget as for any request.
    expect(Number(byHash.headers.get('x-ratelimit-remaining'))).toBeLessThan(50_000);
  });

  it('still applies the cost limit to trusted documents', async () => {
    const result = await post(enforced, persisted(MY_CASES, myCasesVariables(100)), {
      'x-session-token': await enforced.sessionFor(CITIZEN),
    });
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', limit: 200 });
    expect(result.errors![0]!.extensions!.cost).toBeGreaterThan(200);
  });

  it('refuses an unknown hash before the session is looked up or anything is charged', async () => {
    const sessionToken = await enforced.sessionFor(CITIZEN);
    await enforced.db.abuseCounter.deleteMany();
    const sessionsBefore = await enforced.db.session.findMany({ orderBy: { id: 'asc' } });
    const result = await post(
      enforced,
      { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ me { name } }') } } },
      { 'x-session-token': sessionToken },
    );
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      {
        message: '未登记的查询文档 (PersistedQueryNotFound: no trusted document has this hash)',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
    ]);
    expect(result.headers.get('x-ratelimit-remaining')).toBeNull();
    expect(await counters()).toEqual([]);
    expect(await enforced.db.session.findMany({ orderBy: { id: 'asc' } })).toEqual(sessionsBefore);
  });

  it('refuses query text from a session, even the text of a web operation, with or without its hash', async () => {
    const sessionToken = await enforced.sessionFor(CITIZEN);
    await enforced.db.abuseCounter.deleteMany();
    const text = manifest.get(hashOf(MY_CASES))!;
    for (const body of [
      { query: '{ me { name } }' },
      { query: text, variables: myCasesVariables(20) },
      { ...persisted(MY_CASES, myCasesVariables(20)), query: text },
    ]) {
      const result = await post(enforced, body, { 'x-session-token': sessionToken });
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors![0]!.extensions).toEqual({ code: 'PERSISTED_QUERY_REQUIRED' });
    }
    // A body with neither text nor hash, and a batch, are not persisted requests either.
    for (const body of [{ variables: {} }, [persisted(MY_CASES, myCasesVariables(20))]]) {
      const result = await post(enforced, body, { 'x-session-token': sessionToken });
      expect(result.status).toBe(400);
      expect(result.errors![0]!.extensions).toEqual({ code: 'PERSISTED_QUERY_REQUIRED' });
    }
    expect(await counters()).toEqual([]);
  });

  it('treats a caller without credentials as the web: trusted documents only', async () => {
    const refused = await post(enforced, { query: '{ catalogueItems(first: 5) { nodes { name } } }' });
    expect(refused.status).toBe(400);
    expect(refused.errors![0]!.extensions).toEqual({ code: 'PERSISTED_QUERY_REQUIRED' });

    const byGet = await fetch(`${enforced.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(byGet.status).toBe(400);
    expect(((await byGet.json()) as Answer).errors![0]!.extensions).toEqual({
      code: 'PERSISTED_QUERY_REQUIRED',
    });

    const catalogue = await post(enforced, persisted(webDocuments.CataloguePageDocument as DocumentNode));
    expect(catalogue.status).toBe(200);
    expect(catalogue.errors).toBeUndefined();
    expect((catalogue.data!.catalogueItems as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
  });

  it('lets a partner client run any query under the cost limit', async () => {
    const bearer = await partnerToken(enforced);
    const result = await enforced.graphql<{
      catalogueItems: { nodes: unknown[] };
      rateLimit: { cost: number };
    }>('{ catalogueItems(first: 5) { nodes { name } } rateLimit { cost } }', {}, { bearer });
    expect(result.status).toBe(200);
    expect(result.data!.catalogueItems.nodes).toHaveLength(5);
    expect(result.data!.rateLimit.cost).toBe(7); // 1 + 5 items + rateLimit itself

    const tooCostly = await enforced.graphql(
      '{ catalogueItems(first: 100) { nodes { name department { name } } } }',
      {},
      { bearer },
    );
    expect(tooCostly.status).toBe(400);
    expect(tooCostly.errors![0]!.extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', limit: 200 });

    // A partner may also name a web document by hash, but not an unknown one.
    const unknown = await post(
      enforced,
      { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
      { authorization: `Bearer ${bearer}` },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.errors![0]!.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('treats a bearer token that is no live client as anonymous: no query text', async () => {
    for (const bearer of ['hat_not-a-real-token', 'something-else']) {
      const result = await enforced.graphql(
        '{ catalogueItems(first: 5) { nodes { name } } }',
        {},
        { bearer },
      );
      expect(result.status).toBe(400);
      expect(result.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
    }
  });

  it('without enforcement (development), takes query text from a session as well as hashes', async () => {
    const sessionToken = await open.sessionFor(CITIZEN);
    const text = await open.graphql<{ me: { name: string } }>('{ me { name } }', {}, { sessionToken });
    expect(text.data!.me.name).toBe('李华');
    const byHash = await post(open, persisted(webDocuments.ViewerDocument as DocumentNode), {
      'x-session-token': sessionToken,
    });
    expect(byHash.status).toBe(200);
    expect((byHash.data!.me as { name: string }).name).toBe('李华');
    const unknown = await post(
      open,
      { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
      { 'x-session-token': sessionToken },
    );
    expect(unknown.errors![0]!.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });
});

describe('the trusted-documents manifest', () => {
  it('holds every operation of the web app, each under the hash the web sends', async () => {
    const { definitions: fromSources, unreadable } = await readWebSources();
    expect(unreadable).toEqual([]);
    const operations = [...fromSources.keys()].filter((key) => !key.startsWith('fragment '));
    expect(operations.length).toBeGreaterThan(30);

    // Each definition written in apps/web (operation or fragment) is registered exactly as written.
    const registered = new Map<string, string>();
    for (const text of manifest.values()) {
      for (const [key, tokens] of definitionTokens(text)) registered.set(key, tokens);
    }
    for (const [key, tokens] of fromSources) {
      expect(registered.get(key), `${key} is not in persisted-documents.json`).toBe(tokens);
    }
    // ... and the manifest holds nothing else: one entry per operation.
    expect(manifest.size).toBe(operations.length);

    // The generated documents carry the hashes the manifest is keyed by.
    const generated = Object.entries(webDocuments)
      .filter(([name]) => name.endsWith('Document'))
      .map(([, document]) => document as DocumentNode)
      .filter((document) => operationOf(document));
    expect(generated).toHaveLength(operations.length);
    for (const document of generated) {
      const text = manifest.get(hashOf(document));
      expect(text, `${operationOf(document).name?.value} has no manifest entry`).toBeDefined();
      expect(sha256(text!)).toBe(hashOf(document));
    }
  });

  it('refuses to start with a manifest whose entry does not hash to its key, or none at all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hall-manifest-'));
    try {
      const entries = JSON.parse(await readFile(DEFAULT_MANIFEST_PATH, 'utf8')) as Record<string, string>;
      const [firstKey] = Object.keys(entries);
      entries[firstKey!] = '{ me { idNumberMasked } }';
      const tampered = join(dir, 'tampered.json');
      await writeFile(tampered, JSON.stringify(entries));
      expect(() => readManifest(tampered)).toThrow(/hash does not match/);
      const startWith = (manifestPath: string) =>
        buildServer({
          db: {} as Db,
          clock: systemClock,
          logger: pino({ level: 'silent' }),
          sessionSecret: 'x'.repeat(32),
          isProduction: true,
          storage: {} as FileStorage,
          uploadLimits: {} as UploadLimits,
          trustedDocuments: { mode: 'enforce', manifestPath },
        });
      await expect(startWith(tampered)).rejects.toThrow(/hash does not match/);
      await expect(startWith(join(dir, 'missing.json'))).rejects.toThrow(
        /Cannot read the trusted-documents manifest/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('re-reads a changed manifest on an unknown hash in development only (codegen during npm run dev)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hall-manifest-'));
    try {
      const path = join(dir, 'persisted-documents.json');
      const first = '{ me { name } }';
      const second = '{ me { roles } }';
      await writeFile(path, JSON.stringify({ [`sha256:${sha256(first)}`]: first }));
      const development = new TrustedDocuments({ mode: 'off', manifestPath: path });
      const production = new TrustedDocuments({ mode: 'enforce', manifestPath: path });
      expect(development.lookup(sha256(second))).toBeUndefined();

      await writeFile(path, JSON.stringify({ [`sha256:${sha256(second)}`]: second }));
      const later = new Date(Date.now() + 60_000);
      await utimes(path, later, later);
      expect(development.lookup(sha256(second))).toBe(second);
      expect(development.lookup(sha256(first))).toBeUndefined();
      expect(production.lookup(sha256(second))).toBeUndefined();
      expect(production.lookup(sha256(first))).toBe(first);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is enforced by default in production only, and configurable', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://hall@db/hall',
      NEXTAUTH_SECRET: 'a-random-secret-of-at-least-32-characters',
      PII_ENCRYPTION_KEY: '00'.repeat(32),
      PII_HASH_KEY: '11'.repeat(32),
    };
    expect(readConfig(production).trustedDocuments).toEqual({
      mode: 'enforce',
      manifestPath: DEFAULT_MANIFEST_PATH,
    });
    expect(readConfig({ ...production, TRUSTED_DOCUMENTS: 'off' }).trustedDocuments.mode).toBe('off');
    expect(readConfig({ DATABASE_URL: 'postgresql://localhost/hall' }).trustedDocuments.mode).toBe('off');
    expect(
      readConfig({
        DATABASE_URL: 'postgresql://localhost/hall',
        TRUSTED_DOCUMENTS: 'enforce',
        TRUSTED_DOCUMENTS_MANIFEST: '/srv/hall/persisted-documents.json',
      }).trustedDocuments,
    ).toEqual({ mode: 'enforce', manifestPath: '/srv/hall/persisted-documents.json' });
    expect(() => readConfig({ ...production, TRUSTED_DOCUMENTS: 'yes' })).toThrow('TRUSTED_DOCUMENTS');
  });
});

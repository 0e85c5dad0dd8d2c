import { pino } from 'pino';
import { encode } from 'next-auth/jwt';
import { buildServer } from '../server.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import { systemClock, type Clock } from '../lib/clock.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { createTestDatabase } from './test-database.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileStorage } from '../storage/file-storage.ts';
import { createLocalDiskStorage } from '../storage/local-disk-storage.ts';
import { defaultUploadLimits, type UploadLimits } from '../application/index.ts';
import { createSession } from '../auth/create-session.ts';
import { defaultSessionPolicy, type SessionPolicy } from '../auth/session-policy.ts';
import type { QueryLimits } from '../limits/index.ts';
import type { SignInLimits } from '../auth/login-throttle.ts';
import type { TrustedDocumentsOptions } from '../limits/index.ts';
import { ReadReplicas } from '../db/read-replicas.ts';

export const TEST_SESSION_SECRET = 'service-hall-development-secret-change-me';

export interface TestApi {
  url: string;
  databaseUrl: string;
  db: Db;
  /** the API's file storage (local disk in a temporary directory unless one is passed in) */
  storage: FileStorage;
  /** POSTs a GraphQL operation over real HTTP, as the given caller. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Caller,
    extraHeaders?: Record<string, string>,
  ): Promise<{
    status: number;
    headers: Headers;
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }>;
  /**
   * A next-auth session token for a seeded user, found by ID number — exactly what the web forwards after
   * sign-in: a real session row is opened (at the API's clock) and its id is the token's `sid`.
   */
  sessionFor(idNumber: string): Promise<string>;
  /** The same for any user by id (e.g. a self-registered account, which has no ID number until 实名认证). */
  sessionForUser(userId: string): Promise<string>;
  close(): Promise<void>;
}

export type Caller = { sessionToken: string } | { bearer: string } | null;

/** A fresh database copied from the seeded template and the real API listening on a free port. */
export async function startTestApi(
  adminUrl: string,
  options: {
    clock?: Clock;
    storage?: FileStorage;
    uploadLimits?: Partial<UploadLimits>;
    onStatement?: (sql: string) => void;
    sessionPolicy?: SessionPolicy;
    queryLimits?: Partial<QueryLimits>;
    signInLimits?: SignInLimits;
    /** another evaluation window than the national rule's (the window-length test) */
    evaluationWindowDays?: number;
    /** read replicas of the test database (the replica test's streaming standby) */
    replicaUrls?: string[];
    /** production posture: no introspection, stack traces or landing page */
    isProduction?: boolean;
    /** trusted documents (default: off, the web app's generated manifest) */
    trustedDocuments?: Partial<TrustedDocumentsOptions>;
    /** another instance's database (not dropped on close) instead of a fresh copy of the template */
    database?: { url: string; drop(): Promise<void> };
    /** prepares the database as its owner and returns the URL the API connects with (e.g. a least-privilege role) */
    connectAs?: (ownerUrl: string) => Promise<string>;
  } = {},
): Promise<TestApi> {
  const database = options.database ?? (await createTestDatabase(adminUrl));
  const apiUrl = options.connectAs ? await options.connectAs(database.url) : database.url;
  const db = createPrisma(apiUrl, { onStatement: options.onStatement });
  const filesDir = options.storage ? null : await mkdtemp(join(tmpdir(), 'hall-test-files-'));
  const storage = options.storage ?? createLocalDiskStorage(filesDir!);
  const clock = options.clock ?? systemClock;
  const sessionPolicy = options.sessionPolicy ?? defaultSessionPolicy;
  const replicas = new ReadReplicas(db, options.replicaUrls ?? []);
  await replicas.start();
  const app = await buildServer({
    db,
    clock,
    sessionPolicy,
    queryLimits: options.queryLimits,
    signInLimits: options.signInLimits,
    trustedDocuments: options.trustedDocuments,
    evaluationWindowDays: options.evaluationWindowDays,
    replicas,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    sessionSecret: TEST_SESSION_SECRET,
    isProduction: options.isProduction ?? false,
    trustProxy: 'loopback',
    storage,
    uploadLimits: { ...defaultUploadLimits, ...options.uploadLimits },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const sessionForUser = async (userId: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    const session = await createSession({ db, clock, sessionPolicy }, { userId: user.id });
    return encode({ token: { sub: user.id, name: user.name, sid: session.id }, secret: TEST_SESSION_SECRET });
  };

  return {
    url,
    databaseUrl: database.url,
    db,
    storage,
    graphql: graphqlAt(url),
    async sessionFor(idNumber) {
      const user = await db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(idNumber) } });
      return sessionForUser(user.id);
    },
    sessionForUser,
    async close() {
      await app.close();
      await replicas.close();
      await db.$disconnect();
      await database.drop();
      if (filesDir) await rm(filesDir, { recursive: true, force: true });
    },
  };
}

/** TestApi.graphql against any API instance's base URL (e.g. a second instance on the same database). */
export function graphqlAt(url: string): TestApi['graphql'] {
  return async (query, variables = {}, as = null, extraHeaders = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
    if (as && 'sessionToken' in as) headers['x-session-token'] = as.sessionToken;
    if (as && 'bearer' in as) headers.authorization = `Bearer ${as.bearer}`;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
  };
}

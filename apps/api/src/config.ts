// Runtime settings from the environment, read once at start-up.
import { defaultSessionPolicy, type SessionPolicy } from './auth/session-policy.ts';
import { type QueryLimits } from './limits/query-limits.ts';
import { readApiEnv, type ApiEnv } from './env-schema.ts';
import type { UploadLimits } from './application/upload-limits.ts';
import { DEFAULT_MANIFEST_PATH, type TrustedDocumentsOptions } from './limits/trusted-documents.ts';

const DEV_SESSION_SECRET = 'service-hall-development-secret-change-me';

export interface ApiConfig {
  port: number;
  host: string;
  isProduction: boolean;
  /** the next-auth secret shared with the web app, used to verify its session tokens */
  sessionSecret: string;
  databaseUrl: string;
  logLevel: string;
  trustProxy: string;
  /** PostgreSQL connections per API process: keep API_WORKERS × DB_POOL_SIZE within the server's budget */
  dbPoolSize: number;
  sessionPolicy: SessionPolicy;
  queryLimits: QueryLimits;
  trustedDocuments: TrustedDocumentsOptions;
  /** per-file and per-case upload limits */
  uploadLimits: UploadLimits;
  /** whether this API process runs the jobs room (in development; production runs `npm run worker`) */
  runJobs: boolean;
}

/** Variables the API refuses to start without in production (README: Running in production). */
export const REQUIRED_IN_PRODUCTION = [
  'DATABASE_URL',
  'NEXTAUTH_SECRET',
  'PII_ENCRYPTION_KEY',
  'PII_HASH_KEY',
] as const;

export function readConfig(raw: Record<string, string | undefined> = process.env): ApiConfig {
  const env = readApiEnv(raw);
  const isProduction = env.NODE_ENV === 'production';
  if (isProduction) {
    const missing = REQUIRED_IN_PRODUCTION.filter((name) => !env[name]?.trim());
    if (missing.length) {
      throw new Error(`Refusing to start in production without: ${missing.join(', ')} (see README).`);
    }
    if (env.NEXTAUTH_SECRET === DEV_SESSION_SECRET || env.NEXTAUTH_SECRET!.length < 32) {
      throw new Error('NEXTAUTH_SECRET must be a random secret of at least 32 characters in production.');
    }
  }
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set.');
  return {
    port: env.API_PORT,
    host: env.API_HOST ?? '127.0.0.1',
    isProduction,
    sessionSecret: env.NEXTAUTH_SECRET ?? DEV_SESSION_SECRET,
    databaseUrl: env.DATABASE_URL,
    logLevel: env.LOG_LEVEL ?? (isProduction ? 'info' : 'warn'),
    // Whose X-Forwarded-For to believe: loopback (the web server, which sends the one address it saw itself)
    // plus TRUST_PROXY (e.g. a load balancer's subnet; the web server reads the same variable).
    trustProxy: ['loopback', ...(env.TRUST_PROXY ?? '').split(',')]
      .map((name) => name.trim())
      .filter(Boolean)
      .join(','),
    dbPoolSize: env.DB_POOL_SIZE,
    sessionPolicy: {
      ...defaultSessionPolicy,
      idleMs: env.SESSION_IDLE_MINUTES * 60_000,
      staffIdleMs: env.STAFF_SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: env.SESSION_MAX_MINUTES * 60_000,
    },
    queryLimits: {
      maxCost: env.QUERY_MAX_COST,
      userPointsPerHour: env.RATE_LIMIT_USER_POINTS,
      clientPointsPerHour: env.RATE_LIMIT_CLIENT_POINTS,
      anonymousPointsPerHour: env.RATE_LIMIT_ANONYMOUS_POINTS,
      maxAliases: env.QUERY_MAX_ALIASES,
      maxFields: env.QUERY_MAX_FIELDS,
      maxTokens: env.QUERY_MAX_TOKENS,
      maxDepth: env.QUERY_MAX_DEPTH,
    },
    trustedDocuments: {
      // Web requests run only the web app's own documents: always in production unless turned off by name.
      mode: env.TRUSTED_DOCUMENTS ?? (isProduction ? 'enforce' : 'off'),
      manifestPath: env.TRUSTED_DOCUMENTS_MANIFEST ?? DEFAULT_MANIFEST_PATH,
    },
    uploadLimits: uploadLimitsFrom(env),
    runJobs: env.JOBS ? env.JOBS === 'on' : !isProduction,
  };
}

/** UPLOAD_MAX_FILE_BYTES and UPLOAD_MAX_CASE_BYTES: a case must hold at least one largest file. */
export function uploadLimitsFrom(
  env: Pick<ApiEnv, 'UPLOAD_MAX_FILE_BYTES' | 'UPLOAD_MAX_CASE_BYTES'>,
): UploadLimits {
  if (env.UPLOAD_MAX_CASE_BYTES < env.UPLOAD_MAX_FILE_BYTES)
    throw new Error('UPLOAD_MAX_CASE_BYTES must be at least UPLOAD_MAX_FILE_BYTES.');
  return { maxFileBytes: env.UPLOAD_MAX_FILE_BYTES, maxCaseBytes: env.UPLOAD_MAX_CASE_BYTES };
}

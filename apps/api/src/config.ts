// Runtime settings from the environment, read once at start-up.
import { defaultSessionPolicy, type SessionPolicy } from './auth/session-policy.ts';
import { defaultQueryLimits, type QueryLimits } from './limits/query-limits.ts';
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

export function readConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
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
  const sessionSecret = env.NEXTAUTH_SECRET ?? DEV_SESSION_SECRET;
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set.');
  return {
    port: Number(env.API_PORT ?? 4000),
    host: env.API_HOST ?? '127.0.0.1',
    isProduction,
    sessionSecret,
    databaseUrl: env.DATABASE_URL,
    logLevel: env.LOG_LEVEL ?? (isProduction ? 'info' : 'warn'),
    // The web server and a local reverse proxy; widen with TRUST_PROXY (e.g. the load balancer's subnet).
    trustProxy: env.TRUST_PROXY ?? 'loopback',
    dbPoolSize: positiveInteger(env.DB_POOL_SIZE, 'DB_POOL_SIZE') ?? 10,
    sessionPolicy: {
      ...defaultSessionPolicy,
      idleMs: minutes(env, 'SESSION_IDLE_MINUTES', defaultSessionPolicy.idleMs),
      staffIdleMs: minutes(env, 'STAFF_SESSION_IDLE_MINUTES', defaultSessionPolicy.staffIdleMs),
      absoluteMs: minutes(env, 'SESSION_MAX_MINUTES', defaultSessionPolicy.absoluteMs),
    },
    queryLimits: {
      maxCost: count(env, 'QUERY_MAX_COST', defaultQueryLimits.maxCost),
      userPointsPerHour: count(env, 'RATE_LIMIT_USER_POINTS', defaultQueryLimits.userPointsPerHour),
      clientPointsPerHour: count(env, 'RATE_LIMIT_CLIENT_POINTS', defaultQueryLimits.clientPointsPerHour),
      anonymousPointsPerHour: count(
        env,
        'RATE_LIMIT_ANONYMOUS_POINTS',
        defaultQueryLimits.anonymousPointsPerHour,
      ),
      maxAliases: count(env, 'QUERY_MAX_ALIASES', defaultQueryLimits.maxAliases),
      maxFields: count(env, 'QUERY_MAX_FIELDS', defaultQueryLimits.maxFields),
      maxTokens: count(env, 'QUERY_MAX_TOKENS', defaultQueryLimits.maxTokens),
      maxDepth: count(env, 'QUERY_MAX_DEPTH', defaultQueryLimits.maxDepth),
    },
    trustedDocuments: {
      mode: trustedDocumentsMode(env.TRUSTED_DOCUMENTS, isProduction),
      manifestPath: env.TRUSTED_DOCUMENTS_MANIFEST || DEFAULT_MANIFEST_PATH,
    },
    runJobs: onOff(env.JOBS, 'JOBS') ?? !isProduction,
  };
}

/** Web requests run only the web app's own documents: always in production unless turned off by name. */
function trustedDocumentsMode(
  raw: string | undefined,
  isProduction: boolean,
): TrustedDocumentsOptions['mode'] {
  if (raw === undefined || raw === '') return isProduction ? 'enforce' : 'off';
  if (raw === 'enforce' || raw === 'off') return raw;
  throw new Error('TRUSTED_DOCUMENTS must be "enforce" or "off".');
}

function onOff(raw: string | undefined, name: string): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'on' || raw === 'off') return raw === 'on';
  throw new Error(`${name} must be "on" or "off".`);
}

export function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive integer.`);
  return number;
}

function count(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number.`);
  return value;
}

function minutes(env: Record<string, string | undefined>, name: string, fallbackMs: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallbackMs;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of minutes.`);
  return value * 60_000;
}

// Runtime settings from the environment, read once at start-up.
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
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const isProduction = env.NODE_ENV === 'production';
  const sessionSecret = env.NEXTAUTH_SECRET ?? (isProduction ? undefined : DEV_SESSION_SECRET);
  if (!sessionSecret)
    throw new Error('NEXTAUTH_SECRET must be set in production (the secret shared with the web app).');
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
  };
}

export function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive integer.`);
  return number;
}

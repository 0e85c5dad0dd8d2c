// Every environment variable the API reads, validated in one place. README → Configuration lists the same
// names (env-schema.test.ts keeps the two together); config.ts turns the parsed values into ApiConfig.
import { z } from 'zod';
import { defaultUploadLimits } from './application/upload-limits.ts';
import { defaultSessionPolicy } from './auth/session-policy.ts';
import { defaultQueryLimits } from './limits/query-limits.ts';

type Env = Record<string, string | undefined>;

const MINUTE = 60_000;

/** The license code's lifetime: 10 minutes unless configured, never more than a day. */
export const LICENSE_CODE_TTL_MINUTES = { fallback: 10, max: 24 * 60 } as const;
/** An SMS code's lifetime (注册, 找回密码): 5 minutes unless configured, never more than 30. */
export const PHONE_CODE_TTL_MINUTES = { fallback: 5, max: 30 } as const;

/** An empty value means unset, as in a shell `VAR=`. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const text = () => z.preprocess(unsetIfEmpty, z.string().optional());

const positiveWhole = (unit: string) =>
  z.coerce
    .number({ error: `must be a positive ${unit}` })
    .refine((value) => Number.isSafeInteger(value) && value >= 1, `must be a positive ${unit}`);

const wholeNumber = (fallback: number, unit = 'whole number') =>
  z.preprocess(unsetIfEmpty, positiveWhole(unit).default(fallback));

const positiveNumber = (fallback: number, unit: string) =>
  z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: `must be a positive number of ${unit}` })
      .refine((value) => Number.isFinite(value) && value > 0, `must be a positive number of ${unit}`)
      .default(fallback),
  );

const nonNegativeNumber = (fallback: number) =>
  z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: 'must be a non-negative number' })
      .refine((value) => Number.isFinite(value) && value >= 0, 'must be a non-negative number')
      .default(fallback),
  );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(unsetIfEmpty, z.enum(values, { error: `must be one of: ${values.join(', ')}` }).optional());

const minutesUpTo = (rule: { fallback: number; max: number }) =>
  z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: `must be a number of minutes between 0 and ${rule.max}` })
      .refine(
        (value) => Number.isFinite(value) && value > 0 && value <= rule.max,
        `must be a number of minutes between 0 and ${rule.max}`,
      )
      .default(rule.fallback),
  );

export const apiEnvSchema = z.object({
  NODE_ENV: text(),
  // database
  DATABASE_URL: text(),
  EMBEDDED_PG_DIR: text(),
  EMBEDDED_PG_PORT: wholeNumber(54329, 'port number'),
  DB_POOL_SIZE: wholeNumber(10),
  DATABASE_REPLICA_URLS: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ error: 'must be PostgreSQL URLs separated by commas' })))
      .default([]),
  ),
  PGBACKREST_STANZA: text(),
  // secrets
  NEXTAUTH_SECRET: text(),
  PII_ENCRYPTION_KEY: text(),
  PII_HASH_KEY: text(),
  PII_ENCRYPTION_KEYS: text(),
  // the process
  API_PORT: wholeNumber(4000, 'port number'),
  API_HOST: text(),
  API_WORKERS: z.preprocess(unsetIfEmpty, positiveWhole('whole number').optional()),

  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  TRUST_PROXY: text(),
  JOBS: oneOf(['on', 'off']),
  // sessions
  SESSION_IDLE_MINUTES: positiveNumber(defaultSessionPolicy.idleMs / MINUTE, 'minutes'),
  STAFF_SESSION_IDLE_MINUTES: positiveNumber(defaultSessionPolicy.staffIdleMs / MINUTE, 'minutes'),
  SESSION_MAX_MINUTES: positiveNumber(defaultSessionPolicy.absoluteMs / MINUTE, 'minutes'),
  // query limits and budgets
  QUERY_MAX_COST: wholeNumber(defaultQueryLimits.maxCost),
  QUERY_MAX_ALIASES: wholeNumber(defaultQueryLimits.maxAliases),
  QUERY_MAX_FIELDS: wholeNumber(defaultQueryLimits.maxFields),
  QUERY_MAX_TOKENS: wholeNumber(defaultQueryLimits.maxTokens),
  QUERY_MAX_DEPTH: wholeNumber(defaultQueryLimits.maxDepth),
  RATE_LIMIT_USER_POINTS: wholeNumber(defaultQueryLimits.userPointsPerHour),
  RATE_LIMIT_CLIENT_POINTS: wholeNumber(defaultQueryLimits.clientPointsPerHour),
  RATE_LIMIT_ANONYMOUS_POINTS: wholeNumber(defaultQueryLimits.anonymousPointsPerHour),
  TRUSTED_DOCUMENTS: oneOf(['enforce', 'off']),
  TRUSTED_DOCUMENTS_MANIFEST: text(),
  // files
  UPLOAD_MAX_FILE_BYTES: wholeNumber(defaultUploadLimits.maxFileBytes, 'whole number of bytes'),
  UPLOAD_MAX_CASE_BYTES: wholeNumber(defaultUploadLimits.maxCaseBytes, 'whole number of bytes'),
  FILE_STORAGE_DIR: text(),
  S3_BUCKET: text(),
  S3_ENDPOINT: text(),
  S3_REGION: text(),
  S3_ACCESS_KEY_ID: text(),
  S3_SECRET_ACCESS_KEY: text(),
  S3_FORCE_PATH_STYLE: oneOf(['true', 'false']),
  S3_PREFIX: text(),
  // rules with a configurable number
  LICENSE_CODE_TTL_MINUTES: minutesUpTo(LICENSE_CODE_TTL_MINUTES),
  PHONE_CODE_TTL_MINUTES: minutesUpTo(PHONE_CODE_TTL_MINUTES),
  REFERENCE_DATA_TTL_MS: wholeNumber(60_000, 'whole number of milliseconds'),
  DASHBOARD_ALERT_BAD_RATE: nonNegativeNumber(0.2),
  DASHBOARD_ALERT_OVERDUE: nonNegativeNumber(0),
  // reporting to the national 好差评 system (national/national-config.ts)
  NATIONAL_REPORT_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine((value) => /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value), 'must be an http(s) URL')
      .optional(),
  ),
  NATIONAL_REPORT_TIMEOUT_MS: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: 'must be a whole number of milliseconds, 100–120000' })
      .refine(
        (value) => Number.isSafeInteger(value) && value >= 100 && value <= 120_000,
        'must be a whole number of milliseconds, 100–120000',
      )
      .default(10_000),
  ),
  NATIONAL_REPORT_TOKEN: text(),
  // SMS notifications (notification/sms-provider.ts)
  SMS_PROVIDER: oneOf(['log', 'http']),
  SMS_HTTP_URL: text(),
  SMS_HTTP_TOKEN: text(),
  // 实名认证 and 实人认证 (account/identity-service.ts)
  IDENTITY_PROVIDER: oneOf(['stand-in', 'off']),
});

export type ApiEnv = z.infer<typeof apiEnvSchema>;
export type ApiEnvName = keyof ApiEnv;

/** Every variable at once, refusing with each bad one named and why (what a process does when it starts). */
export function readApiEnv(env: Env = process.env): ApiEnv {
  const parsed = apiEnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new Error(`Invalid configuration: ${reasons.join('; ')}.`);
}

/** One variable, validated by its entry in the schema (for modules that read theirs when first needed). */
export function readApiEnvVariable<Name extends ApiEnvName>(
  name: Name,
  env: Env = process.env,
): ApiEnv[Name] {
  const parsed = apiEnvSchema.shape[name].safeParse(env[name]);
  if (parsed.success) return parsed.data as ApiEnv[Name];
  throw new Error(`Invalid configuration: ${name} ${parsed.error.issues[0]!.message}.`);
}

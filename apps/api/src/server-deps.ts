// What buildServer is given (and resolves), in its own file so that route modules can name it without
// importing the server that imports them.
import type { Logger } from 'pino';
import type { Db } from './db/prisma.ts';
import type { ReadReplicas } from './db/read-replicas.ts';
import type { Clock } from './lib/clock.ts';
import type { FileStorage } from './storage/file-storage.ts';
import type { UploadLimits } from './application/upload-limits.ts';
import type { AbuseCounters } from './abuse/abuse-counters.ts';
import type { QueryLimits } from './limits/query-limits.ts';
import type { SignInLimits } from './auth/login-throttle.ts';
import type { SessionPolicy } from './auth/session-policy.ts';
import type { TrustedDocumentsOptions } from './limits/trusted-documents.ts';
import type { SmsProvider } from './notification/sms-provider.ts';
import type { IdentityService } from './account/identity-service.ts';

export interface ServerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  sessionSecret: string;
  isProduction: boolean;
  /** which proxies' X-Forwarded-For to believe (audit logs record the client IP) */
  trustProxy?: string;
  /** where uploaded materials and rendered documents are kept (storageFromEnv() in main.ts) */
  storage: FileStorage;
  /** per-file and per-case upload limits (config.ts) */
  uploadLimits: UploadLimits;
  /** idle timeouts and absolute lifetime of web sessions (defaults: 30 min, 15 min for staff, 8 h) */
  sessionPolicy?: SessionPolicy;
  /** query cost, rate-limit budgets and document caps (defaults in limits/query-limits.ts) */
  queryLimits?: Partial<QueryLimits>;
  /** failed sign-ins allowed per login and per address (defaults in auth/login-throttle.ts) */
  signInLimits?: SignInLimits;
  /** which documents web requests may run (README: Trusted documents); default: off, the generated manifest */
  trustedDocuments?: Partial<TrustedDocumentsOptions>;
  /** natural days a completed case stays open for evaluation; default the national rule (evaluation-rules.ts) */
  evaluationWindowDays?: number;
  /** read replicas for lag-tolerant reads; default none (everything on the primary) */
  replicas?: ReadReplicas;
  /** where SMS codes (注册, 找回密码) go; default SMS_PROVIDER (the logging provider) */
  sms?: SmsProvider;
  /** 实名认证 and 实人认证; default IDENTITY_PROVIDER (the stand-in outside production) */
  identity?: IdentityService;
}

export type ResolvedServerDeps = ServerDeps & {
  sessionPolicy: SessionPolicy;
  queryLimits: QueryLimits;
  signInLimits: SignInLimits;
  /** attempt and abuse state shared through PostgreSQL */
  counters: AbuseCounters;
  evaluationWindowDays: number;
  replicas: ReadReplicas;
  sms: SmsProvider;
  identity: IdentityService;
};

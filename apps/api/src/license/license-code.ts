import { hashOneTimeCode, newNumericCode } from '../lib/one-time-code.ts';
import { readApiEnvVariable } from '../env-schema.ts';

/** 8 digits from the cryptographic random source, leading zeros kept (lib/one-time-code.ts). */
export function newLicenseCode(): string {
  return newNumericCode(8);
}

export const LICENSE_CODE_SHAPE = /^[0-9]{8}$/;

/** Keyed HMAC-SHA256 under the server's PII_HASH_KEY, domain-separated (lib/one-time-code.ts). */
export function hashLicenseCode(code: string): string {
  return hashOneTimeCode('license-code', code);
}

/** LICENSE_CODE_TTL_MINUTES (its default and cap: env-schema.ts). */
export function licenseCodeTtlMs(env: Record<string, string | undefined> = process.env): number {
  return Math.round(readApiEnvVariable('LICENSE_CODE_TTL_MINUTES', env) * 60_000);
}

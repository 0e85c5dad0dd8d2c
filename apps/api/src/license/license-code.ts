import { randomInt } from 'node:crypto';
import { piiLookupHash } from '../lib/pii.ts';
import { readApiEnvVariable } from '../env-schema.ts';

/** 8 digits from the cryptographic random source, leading zeros kept. */
export function newLicenseCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

export const LICENSE_CODE_SHAPE = /^[0-9]{8}$/;

/**
 * Keyed HMAC-SHA256 under the server's PII_HASH_KEY (domain-separated by a prefix). 10^8 codes fall to an
 * offline search in seconds, so an unkeyed or salted hash would not protect a leaked table, a keyed one does.
 */
export function hashLicenseCode(code: string): string {
  return piiLookupHash(`license-code:${code}`);
}

/** LICENSE_CODE_TTL_MINUTES (its default and cap: env-schema.ts). */
export function licenseCodeTtlMs(env: Record<string, string | undefined> = process.env): number {
  return Math.round(readApiEnvVariable('LICENSE_CODE_TTL_MINUTES', env) * 60_000);
}

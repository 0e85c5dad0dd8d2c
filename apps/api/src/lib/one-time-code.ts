import { randomInt } from 'node:crypto';
import { piiLookupHash } from './pii.ts';

/**
 * The rules every one-time code of the hall follows (license verification codes, SMS codes): drawn from the
 * cryptographic random source, stored only as a keyed hash, short-lived, used once, and guessed at most
 * CODE_ATTEMPTS.limit times in CODE_ATTEMPTS.windowMs per key.
 */

/** `digits` digits from the cryptographic random source, leading zeros kept. */
export function newNumericCode(digits: number): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

/**
 * Keyed HMAC-SHA256 under the server's PII_HASH_KEY, domain-separated by `domain`. A short numeric code falls
 * to an offline search in seconds, so an unkeyed or salted hash would not protect a leaked table, a keyed one does.
 */
export function hashOneTimeCode(domain: string, code: string): string {
  return piiLookupHash(`${domain}:${code}`);
}

/** 5 wrong codes within 15 minutes lock code entry for that key until the oldest of them is 15 minutes old. */
export const CODE_ATTEMPTS = { limit: 5, windowMs: 15 * 60_000 };

/** The one answer to a wrong, used, superseded or expired code (which of them is not told). */
export const WRONG_CODE = '验证码错误或已失效。';

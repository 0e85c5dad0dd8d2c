/**
 * Resident identity card numbers (居民身份证号) per GB 11643-1999:
 * 18 characters = address code (6) + birth date YYYYMMDD (8) + sequence (3) + check character (1).
 */
import { cstDayOf, isCalendarDate } from './natural-days.ts';

export type IdNumberInvalidReason = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';
export type IdNumberValidation = { ok: true; value: string } | { ok: false; reason: IdNumberInvalidReason };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432'; // index = (Σ digit × weight) mod 11

/** Check character (0-9 or X) for the first 17 digits. Throws RangeError unless given 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('Expected exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Validates an 18-character ID number. Input is trimmed and a lowercase `x` becomes `X`.
 * The birth date must be a real date, not before 1900-01-01 and not after today's CST date
 * relative to `now`. Checks run in order FORMAT, BIRTH_DATE, CHECK_DIGIT.
 */
export function validateIdNumber(input: string, now: Date = new Date()): IdNumberValidation {
  const value = typeof input === 'string' ? input.trim().replace(/x$/, 'X') : '';
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'FORMAT' };

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDay = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (year < 1900 || !isCalendarDate(year, month, day) || birthDay > cstDayOf(now)) {
    return { ok: false, reason: 'BIRTH_DATE' };
  }

  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'CHECK_DIGIT' };
  return { ok: true, value };
}

/** Masks all but the first 3 and last 4 characters, e.g. `120***********123X`. */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

import { cstDayOf, isCalendarDay } from './format';

/**
 * 居民身份证号 (GB 11643-1999) checks for instant feedback in forms; the API checks again and decides.
 * 18 characters: address code (6), birth date YYYYMMDD (8), sequence (3), check character (1).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432'; // index = (Σ digit × weight) mod 11

export type IdNumberProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

/** The check character (0-9 or X) of the first 17 digits, or null unless given exactly 17 digits. */
export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Trims and upper-cases a trailing x, as the API does. */
export function normalizeIdNumber(value: string): string {
  return value.trim().replace(/x$/, 'X');
}

/** What is wrong with an ID number (checked in the order FORMAT, BIRTH_DATE, CHECK_DIGIT), or null. */
export function idNumberProblem(value: string, now: Date = new Date()): IdNumberProblem | null {
  const id = normalizeIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(id)) return 'FORMAT';
  const birthDay = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDay(birthDay) || birthDay < '1900-01-01' || birthDay > cstDayOf(now)) return 'BIRTH_DATE';
  return idNumberCheckChar(id.slice(0, 17)) === id[17] ? null : 'CHECK_DIGIT';
}

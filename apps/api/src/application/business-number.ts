import { randomInt } from 'node:crypto';
import { cstFields } from '../lib/natural-days.ts';

/** Six random decimal digits; injectable so tests can force collisions. */
export type RandomDigits = () => string;

export const cryptoRandomDigits: RandomDigits = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * The guide's online business number (业务编号): yyyyMMddHHmmss of the instant in CST, then 6 random digits,
 * e.g. 20191108100119482913. Uniqueness is the database's (cases_source_origin_system_business_number_key);
 * callers retry with fresh digits on a collision.
 */
export function onlineBusinessNumber(instant: Date, random: RandomDigits = cryptoRandomDigits): string {
  const f = cstFields(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  const digits = random();
  if (!/^[0-9]{6}$/.test(digits)) throw new RangeError('random digits must be exactly six decimal digits');
  return `${f.year}${two(f.month)}${two(f.day)}${two(f.hour)}${two(f.minute)}${two(f.second)}${digits}`;
}

export const BUSINESS_NUMBER_ATTEMPTS = 8;

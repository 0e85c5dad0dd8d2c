/**
 * Unified social credit codes (统一社会信用代码) per GB 32100-2015: 18 characters from a
 * 31-symbol alphabet (no I, O, S, V, Z); the last character is a mod-31 check character.
 */

export type CreditCodeInvalidReason = 'FORMAT' | 'CHECK_DIGIT';
export type CreditCodeValidation =
  { ok: true; value: string } | { ok: false; reason: CreditCodeInvalidReason };

/** Code alphabet; a character's value is its index. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const FIRST17 = /^[0-9A-HJ-NPQRTUWXY]{17}$/;
const FULL = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Check character for the first 17 characters (uppercase alphabet only; throws RangeError otherwise). */
export function creditCodeCheckChar(first17: string): string {
  if (!FIRST17.test(first17)) throw new RangeError('Expected 17 characters from the credit-code alphabet');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return CREDIT_CODE_ALPHABET[check === 31 ? 0 : check]!;
}

/** Validates a credit code after trimming and upper-casing it. */
export function validateCreditCode(input: string): CreditCodeValidation {
  const value = typeof input === 'string' ? input.trim().toUpperCase() : '';
  if (!FULL.test(value)) return { ok: false, reason: 'FORMAT' };
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'CHECK_DIGIT' };
  return { ok: true, value };
}

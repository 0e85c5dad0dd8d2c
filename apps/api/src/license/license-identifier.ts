/**
 * License identifiers in the GB/T 36904 shape:
 * `1.2.156.3005.2.{type code}.{issuer credit code}.{serial}.{3-digit version}.{check char}`.
 *
 * The check character is ISO/IEC 7064 MOD 37,36 (the hybrid system over 0-9A-Z) computed over every
 * character before it, dots left out: p = 36; for each character s = (p + value) mod 36 (0 becomes 36),
 * p = 2s mod 37; the check value is (37 - p) mod 36. It catches every single changed character and every
 * swap of two neighbours. The database checks the same (license_identifier_is_valid in the migration).
 */
import { validateCreditCode } from '../lib/credit-code.ts';
import type { LicenseType } from '../generated/prisma/client.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PREFIX = '1.2.156.3005.2';
const SHAPE =
  /^1\.2\.156\.3005\.2\.([0-9A-Z]{1,32})\.([0-9A-Z]{18})\.([0-9A-Z]{1,32})\.([0-9]{3})\.([0-9A-Z])$/;

/** The hall's license catalogue codes (the national catalogue's codes replace these when it is wired). */
export const LICENSE_TYPE_CODES: Record<LicenseType, string> = { BUSINESS_LICENSE: '01' };

/** MOD 37,36 check character over the alphanumeric characters of `body` (dots are skipped). */
export function identifierCheckChar(body: string): string {
  const chars = body.replace(/\./g, '');
  if (!/^[0-9A-Z]+$/.test(chars)) throw new RangeError('Expected characters 0-9, A-Z and dots');
  let p = 36;
  for (const char of chars) {
    let s = (p + ALPHABET.indexOf(char)) % 36;
    if (s === 0) s = 36;
    p = (s * 2) % 37;
  }
  return ALPHABET[(37 - p) % 36]!;
}

export interface IdentifierParts {
  typeCode: string;
  issuerCreditCode: string;
  serial: string;
  version: number;
}

export function buildLicenseIdentifier(parts: IdentifierParts): string {
  const body = [
    PREFIX,
    parts.typeCode,
    parts.issuerCreditCode,
    parts.serial,
    String(parts.version).padStart(3, '0'),
  ].join('.');
  return `${body}.${identifierCheckChar(body)}`;
}

export type IdentifierValidation =
  | { ok: true; value: string; parts: IdentifierParts }
  | { ok: false; reason: 'FORMAT' | 'ISSUER_CREDIT_CODE' | 'CHECK_CHAR' };

/** Validates after trimming and upper-casing. */
export function validateLicenseIdentifier(input: string): IdentifierValidation {
  const value = typeof input === 'string' ? input.trim().toUpperCase() : '';
  const match = SHAPE.exec(value);
  if (!match) return { ok: false, reason: 'FORMAT' };
  const [, typeCode, issuerCreditCode, serial, version, check] = match;
  if (!validateCreditCode(issuerCreditCode!).ok) return { ok: false, reason: 'ISSUER_CREDIT_CODE' };
  if (identifierCheckChar(value.slice(0, -2)) !== check) return { ok: false, reason: 'CHECK_CHAR' };
  return {
    ok: true,
    value,
    parts: {
      typeCode: typeCode!,
      issuerCreditCode: issuerCreditCode!,
      serial: serial!,
      version: Number(version),
    },
  };
}

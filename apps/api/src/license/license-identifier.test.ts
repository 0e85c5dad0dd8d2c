import { describe, expect, it } from 'vitest';
import {
  buildLicenseIdentifier,
  identifierCheckChar,
  validateLicenseIdentifier,
} from './license-identifier.ts';

const ISSUER = '11120000MB0F12345H';
const BODY = `1.2.156.3005.2.01.${ISSUER}.2018000001.001`;

describe('license identifier check character (ISO/IEC 7064 MOD 37,36)', () => {
  it('computes the documented value by hand for a short body', () => {
    // "1": s = (36 + 1) mod 36 = 1, p = 2 → check (37 - 2) mod 36 = 35 → 'Z'
    expect(identifierCheckChar('1')).toBe('Z');
    // "12": after "1" p = 2; s = (2 + 2) mod 36 = 4, p = 8 → (37 - 8) mod 36 = 29 → 'T'
    expect(identifierCheckChar('1.2')).toBe('T');
  });

  it('builds an identifier that validates, with the parts back', () => {
    const identifier = buildLicenseIdentifier({
      typeCode: '01',
      issuerCreditCode: ISSUER,
      serial: '2018000001',
      version: 1,
    });
    expect(identifier.startsWith(`${BODY}.`)).toBe(true);
    expect(identifier).toHaveLength(BODY.length + 2);
    expect(validateLicenseIdentifier(identifier)).toEqual({
      ok: true,
      value: identifier,
      parts: { typeCode: '01', issuerCreditCode: ISSUER, serial: '2018000001', version: 1 },
    });
  });

  it('catches every single changed character and every swap of neighbours in the serial', () => {
    const identifier = buildLicenseIdentifier({
      typeCode: '01',
      issuerCreditCode: ISSUER,
      serial: '2018000001',
      version: 1,
    });
    const check = identifier.at(-1)!;
    const serialStart = identifier.indexOf('.2018000001') + 1;
    for (let i = serialStart; i < serialStart + 10; i++) {
      for (const digit of '0123456789') {
        if (digit === identifier[i]) continue;
        const changed = identifier.slice(0, i) + digit + identifier.slice(i + 1);
        expect(identifierCheckChar(changed.slice(0, -2)), changed).not.toBe(check);
      }
    }
    const swapped = identifier.replace('2018000001', '2018000010');
    expect(validateLicenseIdentifier(swapped)).toEqual({ ok: false, reason: 'CHECK_CHAR' });
  });

  it('accepts lower case and surrounding spaces, refuses other shapes', () => {
    const identifier = buildLicenseIdentifier({
      typeCode: '01',
      issuerCreditCode: ISSUER,
      serial: 'A7',
      version: 12,
    });
    expect(identifier).toContain('.A7.012.');
    expect(validateLicenseIdentifier(` ${identifier.toLowerCase()} `)).toMatchObject({
      ok: true,
      value: identifier,
    });
    expect(validateLicenseIdentifier(identifier.replace('1.2.156.3005.2', '1.2.156.3005.3'))).toEqual({
      ok: false,
      reason: 'FORMAT',
    });
    expect(validateLicenseIdentifier(identifier.replace('.012.', '.12.'))).toEqual({
      ok: false,
      reason: 'FORMAT',
    });
    expect(validateLicenseIdentifier('')).toEqual({ ok: false, reason: 'FORMAT' });
  });

  it('refuses an issuer credit code with a wrong check character', () => {
    const bad = `1.2.156.3005.2.01.11120000MB0F12345J.1.001`;
    expect(validateLicenseIdentifier(`${bad}.${identifierCheckChar(bad)}`)).toEqual({
      ok: false,
      reason: 'ISSUER_CREDIT_CODE',
    });
  });
});

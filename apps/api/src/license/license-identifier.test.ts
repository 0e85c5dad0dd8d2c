import { describe, expect, it } from 'vitest';
import {
  buildLicenseIdentifier,
  identifierCheckChar,
  LICENSE_TYPE_CODES,
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

  it('maps a zero sum to 36 (the zero case of MOD 37,36), computed by hand', () => {
    // "1.Y" → "1Y": "1": s = (36 + 1) mod 36 = 1, p = 2·1 mod 37 = 2
    //               "Y" (34): s = (2 + 34) mod 36 = 0 → 36, p = 72 mod 37 = 35
    // check value (37 − 35) mod 36 = 2 → '2'   (without the zero rule: p = 0, (37 − 0) mod 36 = 1 → '1')
    expect(identifierCheckChar('1.Y')).toBe('2');
    // "0": s = (36 + 0) mod 36 = 0 → 36, p = 35 → check 2 → '2'
    expect(identifierCheckChar('0')).toBe('2');
  });

  it('computes a whole identifier by hand, the zero case included', () => {
    // p before each character of 1215630052 01 11120000MB0F12345H 2018000001 001 (dots skipped):
    //  1:36 2:2 1:8 5:18 6:9 3:30 0:29 0:21 5:5 2:20 | 0:7 1:14 | 1:30 1:25 1:15 2:32 0:31 0:25 0:13 0:26
    //  M(22):15 B(11):2 0:26 F(15):15 1:23 2:11 3:26 4:21 5:13 H(17):36 |
    //  2:34 → s = (34 + 2) mod 36 = 0 → 36 (the zero case), p = 72 mod 37 = 35
    //  0:35 1:33 8:31 0:6 0:12 0:24 0:11 0:22 1:7 | 0:16 0:32 1:27 → p = 2·(27 + 1) mod 37 = 19
    // check value (37 − 19) mod 36 = 18 → 'I'   (without the zero rule the check character would be 'S')
    expect(identifierCheckChar(BODY)).toBe('I');
    expect(validateLicenseIdentifier(`${BODY}.I`)).toMatchObject({ ok: true, value: `${BODY}.I` });
    expect(validateLicenseIdentifier(`${BODY}.S`)).toEqual({ ok: false, reason: 'CHECK_CHAR' });
  });

  it('refuses a valid identifier with anything before or after it as FORMAT', () => {
    const identifier = `${BODY}.I`;
    for (const input of [
      `0${identifier}`,
      `X${identifier}`,
      `${identifier}0`,
      `${identifier}.I`,
      `.${identifier}`,
    ]) {
      expect(validateLicenseIdentifier(input), input).toEqual({ ok: false, reason: 'FORMAT' });
    }
  });

  it("gives a business licence the catalogue's type code 01", () => {
    const parts = {
      typeCode: LICENSE_TYPE_CODES.BUSINESS_LICENSE,
      issuerCreditCode: ISSUER,
      serial: '2018000001',
    };
    expect(buildLicenseIdentifier({ ...parts, version: 1 })).toBe(`${BODY}.I`);
  });

  it('refuses bodies with characters outside 0-9, A-Z and dots', () => {
    expect(() => identifierCheckChar('1,2')).toThrow('Expected characters 0-9, A-Z and dots');
    expect(() => identifierCheckChar('1.2-3')).toThrow(RangeError);
    expect(() => identifierCheckChar('a')).toThrow(RangeError);
    expect(() => identifierCheckChar('')).toThrow(RangeError);
    expect(() => identifierCheckChar('-1.2')).toThrow(RangeError);
    expect(() => identifierCheckChar('1.2-')).toThrow(RangeError);
  });

  it('refuses a value that is not a string as FORMAT', () => {
    expect(validateLicenseIdentifier(undefined as unknown as string)).toEqual({
      ok: false,
      reason: 'FORMAT',
    });
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

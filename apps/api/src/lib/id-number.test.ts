import { describe, it, expect } from 'vitest';
import { idNumberCheckChar, maskIdNumber, validateIdNumber } from './id-number.ts';

const NOW = new Date('2024-06-01T00:00:00Z');
const withCheck = (first17: string): string => first17 + idNumberCheckChar(first17);

describe('idNumberCheckChar', () => {
  it('computes the check character of the public sample 11010519491231002X', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });

  it('computes a hand-checked value', () => {
    // 12010219900101123: Σ(digit × weight) = 139, 139 mod 11 = 7 → '5'
    expect(idNumberCheckChar('12010219900101123')).toBe('5');
    // 44030119800101001: Σ = 158, 158 mod 11 = 4 → '8'
    expect(idNumberCheckChar('44030119800101001')).toBe('8');
  });

  it('rejects 17 digits with anything before or after them', () => {
    expect(() => idNumberCheckChar('011010519491231002')).toThrow(RangeError);
    expect(() => idNumberCheckChar('110105194912310020')).toThrow(RangeError);
  });

  it('rejects input that is not 17 digits', () => {
    expect(() => idNumberCheckChar('1101051949123100')).toThrow(/exactly 17 digits/);
    expect(() => idNumberCheckChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('validateIdNumber', () => {
  it('accepts the public sample and normalises lowercase x and whitespace', () => {
    expect(validateIdNumber('11010519491231002X', NOW)).toEqual({ ok: true, value: '11010519491231002X' });
    expect(validateIdNumber('  11010519491231002x ', NOW)).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('accepts numbers built with idNumberCheckChar', () => {
    for (const first17 of [
      '44030119800101001',
      '31011520000229123',
      '12010219900101123',
      '65010219000101555',
    ]) {
      const id = withCheck(first17);
      expect(validateIdNumber(id, NOW)).toEqual({ ok: true, value: id });
    }
  });

  it('rejects a valid number with a character before or after it (not whitespace) as FORMAT', () => {
    for (const input of [
      '011010519491231002X',
      '11010519491231002X0',
      '#11010519491231002X',
      '11010519491231002XX',
    ]) {
      expect(validateIdNumber(input, NOW), input).toEqual({ ok: false, reason: 'FORMAT' });
    }
  });

  it('refuses a value that is not a string as FORMAT', () => {
    expect(validateIdNumber(undefined as unknown as string, NOW)).toEqual({ ok: false, reason: 'FORMAT' });
    expect(validateIdNumber(110105194912310 as unknown as string, NOW)).toEqual({
      ok: false,
      reason: 'FORMAT',
    });
  });

  it('rejects a wrong check digit', () => {
    expect(validateIdNumber('110105194912310021', NOW)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
    expect(validateIdNumber('11010519491231003X', NOW)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
  });

  it('rejects impossible, too early and future birth dates', () => {
    expect(validateIdNumber(withCheck('11010519490230002'), NOW)).toEqual({
      ok: false,
      reason: 'BIRTH_DATE',
    });
    expect(validateIdNumber(withCheck('11010519491301002'), NOW)).toEqual({
      ok: false,
      reason: 'BIRTH_DATE',
    });
    expect(validateIdNumber(withCheck('11010518991231002'), NOW)).toEqual({
      ok: false,
      reason: 'BIRTH_DATE',
    });
    expect(validateIdNumber(withCheck('11010520240602002'), NOW)).toEqual({
      ok: false,
      reason: 'BIRTH_DATE',
    });
    expect(validateIdNumber(withCheck('11010520190229002'), NOW)).toEqual({
      ok: false,
      reason: 'BIRTH_DATE',
    });
  });

  it('compares "future" with the CST calendar day of now', () => {
    const id = withCheck('11010520240601002'); // born 2024-06-01
    // 2024-05-31T16:00Z is already 2024-06-01 in CST.
    expect(validateIdNumber(id, new Date('2024-05-31T16:00:00Z')).ok).toBe(true);
    expect(validateIdNumber(id, new Date('2024-05-31T15:59:59Z'))).toEqual({
      ok: false,
      reason: 'BIRTH_DATE',
    });
  });

  it.each([
    '',
    '11010519491231002', // 17 chars
    '11010519491231002XX', // 19 chars
    '110105194912310',
    '1101051949123100AX', // letter in the body
    'X1010519491231002X',
    '11010519491231002Y',
    '110105 19491231002X',
    '110105194912310023 1',
  ])('rejects %j as FORMAT', (input) => {
    expect(validateIdNumber(input, NOW)).toEqual({ ok: false, reason: 'FORMAT' });
  });

  it('treats non-string input as FORMAT', () => {
    expect(validateIdNumber(undefined as unknown as string, NOW)).toEqual({ ok: false, reason: 'FORMAT' });
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 3 and last 4 of 18 characters (no validation is done)', () => {
    const masked = maskIdNumber('12010219900101123X');
    expect(masked).toBe('120***********123X');
    expect(masked).toHaveLength(18);
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });

  it('masks very short values entirely', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
  });
});

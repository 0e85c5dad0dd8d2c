import { describe, it, expect } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, validateCreditCode } from './credit-code.ts';

const SAMPLE = '91350100M000100Y43'; // commonly cited sample; validates with this implementation

describe('creditCodeCheckChar', () => {
  it('has a 31-symbol alphabet without I, O, S, V, Z', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(CREDIT_CODE_ALPHABET).not.toMatch(/[IOSVZ]/);
  });

  it('computes the check character of the sample', () => {
    // Σ(value × weight) = 1640, 1640 mod 31 = 28, 31 − 28 = 3 → '3'
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('maps 31 to 0 when the weighted sum is a multiple of 31', () => {
    expect(creditCodeCheckChar('91350100570000012')).toBe('0');
  });

  it('can produce a letter as check character', () => {
    expect(creditCodeCheckChar('91350100570000000')).toBe('Q');
  });

  it('rejects input outside the alphabet or of the wrong length', () => {
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100I000100Y4')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100m000100Y4')).toThrow(RangeError);
  });
});

describe('validateCreditCode', () => {
  it('accepts the sample and computed codes', () => {
    expect(validateCreditCode(SAMPLE)).toEqual({ ok: true, value: SAMPLE });
    for (const first17 of [
      '91350100570000012',
      '91350100570000000',
      '12100000400000071',
      '91310000MA1FL3LJ0',
    ]) {
      const code = first17 + creditCodeCheckChar(first17);
      expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
    }
  });

  it('normalises case and surrounding whitespace', () => {
    expect(validateCreditCode(' 91350100m000100y43\n')).toEqual({ ok: true, value: SAMPLE });
  });

  it('rejects a wrong check character', () => {
    expect(validateCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
    expect(validateCreditCode('91350100M000100Y4A')).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
    // A single changed body character is always caught.
    expect(validateCreditCode('91350100M000101Y43')).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
  });

  it.each([
    '',
    '91350100M000100Y4', // 17
    '91350100M000100Y433', // 19
    '91350100I000100Y43',
    '91350100O000100Y43',
    '91350100S000100Y43',
    '91350100V000100Y43',
    '91350100Z000100Y43',
    '91350100M000100Y4-',
    '91350100M 000100Y43',
  ])('rejects %j as FORMAT', (input) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, reason: 'FORMAT' });
  });

  it('accepts the seeded license holders and departments, lower case included', () => {
    for (const code of [
      '91120116MA06ABCD12',
      '91120116MA05WX7K3W',
      '91120104MA07PQ2R5T',
      '91120101MA04LMN6TR',
      '11120000MB0F12345H',
    ]) {
      expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
      expect(validateCreditCode(code.toLowerCase())).toEqual({ ok: true, value: code });
    }
  });

  it('rejects lower-case letters outside the alphabet as FORMAT, not as a check-character error', () => {
    for (const letter of ['i', 'o', 's', 'v', 'z']) {
      expect(validateCreditCode(`91120116MA06ABCD1${letter}`)).toEqual({ ok: false, reason: 'FORMAT' });
      expect(validateCreditCode(`91120116M${letter}06ABCD12`)).toEqual({ ok: false, reason: 'FORMAT' });
    }
  });
});

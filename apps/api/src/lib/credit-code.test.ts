import { describe, it, expect } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, validateCreditCode } from './credit-code.ts';

/** GB 32100-2015's own worked example of the check character (its 18th character is 3, see below). */
const SAMPLE = '91350100M000100Y43';

describe('creditCodeCheckChar', () => {
  it('has a 31-symbol alphabet without I, O, S, V, Z', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(CREDIT_CODE_ALPHABET).not.toMatch(/[IOSVZ]/);
  });

  it("computes GB 32100-2015's worked example", () => {
    // values    9 1 3  5   0  1  0 0  M=21  0  0  0 1 0  0  Y=30   4
    // weights   1 3 9 27  19 26 16 17   20 29 25 13 8 24 10   30  28 (3^(i-1) mod 31)
    // products  9 3 27 135 0 26  0 0  420  0  0  0 8  0  0  900 112 → Σ = 1640
    // 1640 mod 31 = 28, 31 − 28 = 3 → '3' (the standard's example rejects 91350100M000100Y4Z for this)
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it("computes the check characters of registered companies' published codes", () => {
    // From business licences as published (national enterprise credit information publicity system).
    expect(creditCodeCheckChar('91440300192203821')).toBe('6'); // 华为技术有限公司
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G'); // 腾讯科技（深圳）有限公司
    expect(creditCodeCheckChar('91110108551385082')).toBe('Q'); // 小米科技有限责任公司
  });

  it('refuses a valid body with anything before or after it', () => {
    expect(() => creditCodeCheckChar('091350100M000100Y4')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100Y40')).toThrow(RangeError);
  });

  it('maps 31 to 0 when the weighted sum is a multiple of 31', () => {
    expect(creditCodeCheckChar('91350100570000012')).toBe('0');
  });

  it('can produce a letter as check character', () => {
    expect(creditCodeCheckChar('91350100570000000')).toBe('Q');
  });

  it('rejects input outside the alphabet or of the wrong length', () => {
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(
      /17 characters from the credit-code alphabet/,
    );
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

  it('refuses a valid code with a character before or after it (not whitespace) as FORMAT', () => {
    for (const input of [`0${SAMPLE}`, `${SAMPLE}0`, `#${SAMPLE}`, `${SAMPLE}#`, `9144030071526726XG-`]) {
      expect(validateCreditCode(input), input).toEqual({ ok: false, reason: 'FORMAT' });
    }
  });

  it('refuses a value that is not a string as FORMAT (input from untyped callers)', () => {
    for (const input of [undefined, null, 91350100, ['91350100M000100Y43']]) {
      expect(validateCreditCode(input as unknown as string)).toEqual({ ok: false, reason: 'FORMAT' });
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

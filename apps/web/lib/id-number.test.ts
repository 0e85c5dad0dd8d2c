import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, idNumberProblem, normalizeIdNumber } from './id-number';

const NOW = new Date('2026-11-26T12:00:00+08:00');

describe('居民身份证号 check character (GB 11643)', () => {
  it('computes the check character of the seeded numbers', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('12010119900715002')).toBe('9');
    expect(idNumberCheckChar('12010219880101003')).toBe('3');
    expect(idNumberCheckChar('1201021988010100')).toBeNull();
    expect(idNumberCheckChar('1201021988010100A')).toBeNull();
  });

  it('accepts valid numbers, with a lowercase x and spaces around', () => {
    expect(idNumberProblem('11010519491231002X', NOW)).toBeNull();
    expect(idNumberProblem(' 11010519491231002x ', NOW)).toBeNull();
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(idNumberProblem('120104197911200047', NOW)).toBeNull();
  });

  it('says what is wrong', () => {
    expect(idNumberProblem('', NOW)).toBe('FORMAT');
    expect(idNumberProblem('1101051949123100', NOW)).toBe('FORMAT');
    expect(idNumberProblem('11010519491231002Y', NOW)).toBe('FORMAT');
    expect(idNumberProblem('110105194902300021', NOW)).toBe('BIRTH_DATE');
    expect(idNumberProblem('110105203001010021', NOW)).toBe('BIRTH_DATE');
    expect(idNumberProblem('110105194912310021', NOW)).toBe('CHECK_DIGIT');
  });
});

import { describe, expect, it } from 'vitest';
import { formatBytes, isTwoPlaceDecimal, sumTwoPlaceDecimals } from './decimal-text';

describe('sumTwoPlaceDecimals', () => {
  it('adds shares exactly, where floating point would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumTwoPlaceDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumTwoPlaceDecimals(['33.33', '33.33', '33.34'])).toBe('100');
    expect(sumTwoPlaceDecimals(['51.25', '48.7'])).toBe('99.95');
  });

  it('skips empty and malformed values', () => {
    expect(sumTwoPlaceDecimals([undefined, null, '', '60', 'abc', '1.234', '-5', '40'])).toBe('100');
    expect(sumTwoPlaceDecimals([])).toBe('0');
  });
});

describe('isTwoPlaceDecimal', () => {
  it('accepts at most two decimal places, no sign', () => {
    expect(isTwoPlaceDecimal('100')).toBe(true);
    expect(isTwoPlaceDecimal('0.05')).toBe(true);
    expect(isTwoPlaceDecimal('1.234')).toBe(false);
    expect(isTwoPlaceDecimal('-1')).toBe(false);
    expect(isTwoPlaceDecimal('1e3')).toBe(false);
    expect(isTwoPlaceDecimal('.5')).toBe(false);
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal at most', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(null)).toBe('');
  });
});

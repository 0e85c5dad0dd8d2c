import { describe, expect, it } from 'vitest';
import {
  cstDayOf,
  cstWallTimeToIso,
  dateTimeParts,
  formatDateTime,
  formatDeadlineDay,
  formatRate,
  isCalendarDay,
} from './format';

describe('formatDateTime', () => {
  it('shows an instant in China Standard Time like the guide', () => {
    expect(formatDateTime('2019-11-08T10:01:19+08:00')).toBe('2019-11-08 10:01:19');
    expect(formatDateTime('2019-11-08T02:01:19Z')).toBe('2019-11-08 10:01:19');
    expect(formatDateTime('2019-11-07T16:30:00.000Z')).toBe('2019-11-08 00:30:00');
  });

  it('returns an empty string for missing or invalid values', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('dateTimeParts', () => {
  it('splits the CST date from the time (across midnight UTC too)', () => {
    expect(dateTimeParts('2019-11-07T16:30:00.000Z')).toEqual({ day: '2019-11-08', time: '00:30:00' });
    expect(dateTimeParts('not a date')).toBeUndefined();
    expect(dateTimeParts(null)).toBeUndefined();
  });
});

describe('cstDayOf', () => {
  it('counts days in China Standard Time', () => {
    expect(cstDayOf(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
    expect(cstDayOf(new Date('2026-11-26T16:00:00Z'))).toBe('2026-11-27');
  });
});

describe('formatDeadlineDay', () => {
  it('shows the last day a deadline covers', () => {
    expect(formatDeadlineDay('2027-02-09T00:00:00+08:00')).toBe('2027-02-08');
    expect(formatDeadlineDay('2027-02-08T23:59:59+08:00')).toBe('2027-02-08');
    expect(formatDeadlineDay(null)).toBe('');
    expect(formatDeadlineDay('soon')).toBe('');
  });
});

describe('isCalendarDay', () => {
  it('accepts existing days only', () => {
    expect(isCalendarDay('2019-11-07')).toBe(true);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2019-02-29')).toBe(false);
    expect(isCalendarDay('2019-13-01')).toBe(false);
    expect(isCalendarDay('2019-1-7')).toBe(false);
    expect(isCalendarDay(undefined)).toBe(false);
  });
});

describe('cstWallTimeToIso', () => {
  it('sends a CST wall-clock time with the +08:00 offset', () => {
    expect(cstWallTimeToIso('2026-11-26 10:15:30')).toBe('2026-11-26T10:15:30+08:00');
    expect(cstWallTimeToIso('2026-11-26T10:15')).toBe('2026-11-26T10:15:00+08:00');
    expect(cstWallTimeToIso(' 2019-11-07 19:18:14 ')).toBe('2019-11-07T19:18:14+08:00');
  });

  it('refuses anything that is not a real wall-clock time', () => {
    for (const value of ['', null, undefined, '2026-11-26', '2026-02-30 10:00:00', '2026-11-26 24:00:00']) {
      expect(cstWallTimeToIso(value)).toBeNull();
    }
  });
});

describe('formatRate', () => {
  it('shows a fraction as a percentage with one decimal, and — without a denominator', () => {
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(0.125)).toBe('12.5%');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(undefined)).toBe('—');
  });
});

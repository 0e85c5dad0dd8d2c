import { describe, it, expect, afterEach } from 'vitest';
import {
  cstDayOf,
  formatCst,
  isCalendarDate,
  isWithinNaturalDays,
  naturalDayDeadline,
  parseCst,
  toIsoCst,
} from './natural-days.ts';

const utc = (iso: string): Date => new Date(iso);

describe('naturalDayDeadline / isWithinNaturalDays', () => {
  it("matches the guide's example: completed 2019-11-08 10:01 CST, 7 days -> until 2019-11-15 24:00 CST", () => {
    const start = utc('2019-11-08T02:01:00Z');
    const deadline = naturalDayDeadline(start, 7);
    expect(deadline.toISOString()).toBe('2019-11-15T16:00:00.000Z');
    expect(toIsoCst(deadline)).toBe('2019-11-16T00:00:00+08:00');
    expect(isWithinNaturalDays(start, 7, utc('2019-11-15T15:59:59.999Z'))).toBe(true);
    expect(isWithinNaturalDays(start, 7, utc('2019-11-15T16:00:00Z'))).toBe(false);
    expect(isWithinNaturalDays(start, 7, start)).toBe(true);
  });

  it('counts an event at 23:30 CST as that CST day (15:30Z)', () => {
    const start = utc('2019-11-08T15:30:00Z'); // 2019-11-08 23:30 CST
    expect(cstDayOf(start)).toBe('2019-11-08');
    expect(naturalDayDeadline(start, 7).toISOString()).toBe('2019-11-15T16:00:00.000Z');
  });

  it('counts an event at 00:10 CST by the CST day, not the (previous) UTC day', () => {
    const start = utc('2019-11-07T16:10:00Z'); // 2019-11-08 00:10 CST, UTC date is 11-07
    expect(cstDayOf(start)).toBe('2019-11-08');
    expect(naturalDayDeadline(start, 7).toISOString()).toBe('2019-11-15T16:00:00.000Z');
    // One minute earlier is 2019-11-07 23:59 CST: a day earlier deadline.
    const earlier = utc('2019-11-07T15:59:00Z');
    expect(naturalDayDeadline(earlier, 7).toISOString()).toBe('2019-11-14T16:00:00.000Z');
  });

  it('rolls over months, years and leap days', () => {
    expect(toIsoCst(naturalDayDeadline(parseCst('2019-11-28 09:00:00'), 7))).toBe(
      '2019-12-06T00:00:00+08:00',
    );
    expect(toIsoCst(naturalDayDeadline(parseCst('2019-12-28 23:59:59'), 7))).toBe(
      '2020-01-05T00:00:00+08:00',
    );
    expect(toIsoCst(naturalDayDeadline(parseCst('2020-02-25 08:00:00'), 3))).toBe(
      '2020-02-29T00:00:00+08:00',
    );
    expect(toIsoCst(naturalDayDeadline(parseCst('2020-02-25 08:00:00'), 4))).toBe(
      '2020-03-01T00:00:00+08:00',
    );
    expect(toIsoCst(naturalDayDeadline(parseCst('2019-02-25 08:00:00'), 3))).toBe(
      '2019-03-01T00:00:00+08:00',
    );
    // 0 days: until the end of the same CST day.
    expect(toIsoCst(naturalDayDeadline(parseCst('2019-11-08 10:01:00'), 0))).toBe(
      '2019-11-09T00:00:00+08:00',
    );
    // A long period across a year.
    expect(toIsoCst(naturalDayDeadline(parseCst('2019-01-01 00:00:00'), 365))).toBe(
      '2020-01-02T00:00:00+08:00',
    );
  });

  it('rejects bad arguments', () => {
    const start = utc('2019-11-08T02:01:00Z');
    expect(() => naturalDayDeadline(start, -1)).toThrow(RangeError);
    expect(() => naturalDayDeadline(start, 1.5)).toThrow(RangeError);
    expect(() => naturalDayDeadline(new Date(Number.NaN), 7)).toThrow(RangeError);
    expect(() => isWithinNaturalDays(start, 7, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('formats in CST regardless of the UTC date', () => {
    const t = utc('2019-11-08T02:01:19.456Z');
    expect(cstDayOf(t)).toBe('2019-11-08');
    expect(formatCst(t)).toBe('2019-11-08 10:01:19');
    expect(toIsoCst(t)).toBe('2019-11-08T10:01:19+08:00');
    expect(formatCst(utc('2019-12-31T16:00:00Z'))).toBe('2020-01-01 00:00:00');
    expect(toIsoCst(utc('2019-12-31T15:59:59.999Z'))).toBe('2019-12-31T23:59:59+08:00');
  });
});

describe('parseCst', () => {
  it('refuses a valid date-time with anything before or after it', () => {
    for (const text of [
      'x2019-11-08 10:01:19',
      '2019-11-08 10:01:19x',
      ' 2019-11-08 10:01:19',
      '12019-11-08 10:01:19',
    ]) {
      expect(() => parseCst(text), text).toThrow(RangeError);
    }
  });

  it('parses as CST and round-trips', () => {
    expect(parseCst('2019-11-08 10:01:19').toISOString()).toBe('2019-11-08T02:01:19.000Z');
    expect(parseCst('2020-01-01 00:00:00').toISOString()).toBe('2019-12-31T16:00:00.000Z');
    expect(formatCst(parseCst('2020-02-29 23:59:59'))).toBe('2020-02-29 23:59:59');
  });

  it.each([
    '2019-02-30 00:00:00',
    '2019-02-29 00:00:00',
    '2019-13-01 00:00:00',
    '2019-00-10 00:00:00',
    '2019-11-08 24:00:00',
    '2019-11-08 10:60:00',
    '2019-11-08 10:01:60',
    '2019-11-08T10:01:19',
    '2019-11-08 10:01',
    '2019-11-08 10:01:19 ',
    '19-11-08 10:01:19',
    '',
    'not a date',
  ])('throws RangeError for %j', (text) => {
    expect(() => parseCst(text)).toThrow(RangeError);
  });

  it('isCalendarDate handles leap years', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2019, 4, 31)).toBe(false);
    expect(isCalendarDate(2019, 12, 31)).toBe(true);
  });

  it('isCalendarDate refuses fields out of range and fractional or missing numbers', () => {
    for (const [year, month, day] of [
      [2019, 13, 1],
      [2019, 0, 1],
      [2019, -11, 1],
      [2019, 1, 0],
      [2019, 1, 32],
      [2019, 1, 366], // would be 2020-01-01: the same month, another day and year
      [2019.5, 1, 1],
      [2019, 1.5, 1],
      [2019, 1, 1.5],
      [Number.NaN, 1, 1],
      [2019, Number.POSITIVE_INFINITY, 1],
    ] as const) {
      expect(isCalendarDate(year, month, day), `${year}-${month}-${day}`).toBe(false);
    }
    expect(isCalendarDate(99, 1, 1)).toBe(true); // years 0-99 are not taken as 19xx
    expect(isCalendarDate(1, 1, 1)).toBe(true);
  });

  it('names what is wrong in its errors', () => {
    expect(() => parseCst('x')).toThrow('Expected "YYYY-MM-DD HH:mm:ss", got "x"');
    expect(() => parseCst('2019-02-30 00:00:00')).toThrow('Not a valid CST date-time: 2019-02-30 00:00:00');
    expect(() => cstDayOf(new Date(Number.NaN))).toThrow('instant is not a valid Date');
    const start = parseCst('2019-11-08 10:01:19');
    expect(() => isWithinNaturalDays(start, 7, new Date(Number.NaN))).toThrow('now is not a valid Date');
    expect(() => naturalDayDeadline(start, -1)).toThrow('days must be a non-negative integer, got -1');
  });

  it('refuses a value that is not a string even when it prints as a date-time', () => {
    const lookalike = { toString: () => '2019-11-08 10:01:19' };
    expect(() => parseCst(lookalike as unknown as string)).toThrow(RangeError);
  });
});

describe('independence from the process time zone', () => {
  // The implementation only uses UTC arithmetic; this test additionally switches TZ at run time
  // (Node re-reads process.env.TZ when it is assigned) and checks the results do not change.
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  const snapshot = () => {
    const start = utc('2019-11-07T16:10:00Z');
    return [
      cstDayOf(start),
      formatCst(start),
      toIsoCst(start),
      naturalDayDeadline(start, 7).toISOString(),
      parseCst('2019-11-08 10:01:19').toISOString(),
    ];
  };

  it('gives the same answers under UTC, New York and Kiritimati (UTC+14)', () => {
    const results = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Shanghai'].map((tz) => {
      process.env.TZ = tz;
      return { offset: new Date(2019, 10, 8).getTimezoneOffset(), values: snapshot() };
    });
    // Sanity check that the time-zone switch took effect in this process.
    expect(new Set(results.map((r) => r.offset)).size).toBe(4);
    for (const r of results) expect(r.values).toEqual(results[0]!.values);
    expect(results[0]!.values).toEqual([
      '2019-11-08',
      '2019-11-08 00:10:00',
      '2019-11-08T00:10:00+08:00',
      '2019-11-15T16:00:00.000Z',
      '2019-11-08T02:01:19.000Z',
    ]);
  });
});

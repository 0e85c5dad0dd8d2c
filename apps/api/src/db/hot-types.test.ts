import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { parseTimestamptz } from './hot-types.ts';

const pgParse = pg.types.getTypeParser(1184) as (value: string) => unknown;

describe('timestamptz parser of the hot queries', () => {
  it.each([
    '2026-11-28 09:30:00+08',
    '2026-11-28 09:30:00.1+08',
    '2026-11-28 09:30:00.123+08',
    '2026-11-28 09:30:00.123456+00',
    '2020-02-29 23:59:59.999-03',
    '2026-03-29 01:30:00+05:30',
    '1999-12-31 16:00:00-09:30',
    '2026-01-01 00:00:00.999999+14',
    '1970-01-01 00:00:00+00',
  ])('reads %s as pg would', (text) => {
    const ours = parseTimestamptz(text) as Date;
    expect(ours).toBeInstanceOf(Date);
    expect(ours.getTime()).toBe((pgParse(text) as Date).getTime());
  });

  it('leaves other shapes to pg', () => {
    expect(parseTimestamptz('-infinity')).toBe(pgParse('-infinity'));
    expect((parseTimestamptz('0099-06-01 00:00:00+00') as Date).getTime()).toBe(
      (pgParse('0099-06-01 00:00:00+00') as Date).getTime(),
    );
    expect((parseTimestamptz('12026-01-01 00:00:00+00') as Date).getTime()).toBe(
      (pgParse('12026-01-01 00:00:00+00') as Date).getTime(),
    );
    expect(parseTimestamptz('infinity')).toBe(pgParse('infinity'));
    expect((parseTimestamptz('0010-01-01 00:00:00+00 BC') as Date).getTime()).toBe(
      (pgParse('0010-01-01 00:00:00+00 BC') as Date).getTime(),
    );
  });
});

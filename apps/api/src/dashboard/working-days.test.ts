import { describe, expect, it } from 'vitest';
import { isWorkingDay, workingDayDeadline } from './working-days.ts';

/** Working days from the published calendar (work-calendar.json), counted on CST days. */
describe('working days', () => {
  it('counts weekdays, skips holidays and counts 调休 weekends', () => {
    expect(isWorkingDay('2026-12-04')).toBe(true); // Friday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-10-01')).toBe(false); // 国庆节, a Thursday
    expect(isWorkingDay('2026-10-10')).toBe(true); // 调休上班, a Saturday
  });

  it('ends at 24:00 CST of the N-th working day after the CST day it starts on', () => {
    // Friday 10:00 CST → five working days: Mon 7 … Fri 11 December, due 24:00 CST of the 11th.
    expect(workingDayDeadline(new Date('2026-12-04T02:00:00Z'), 5)).toEqual(new Date('2026-12-11T16:00:00Z'));
    // Friday 23:30 CST is still Friday; Saturday counts from the weekend and ends the same Friday.
    expect(workingDayDeadline(new Date('2026-12-04T15:30:00Z'), 5)).toEqual(new Date('2026-12-11T16:00:00Z'));
    expect(workingDayDeadline(new Date('2026-12-05T02:00:00Z'), 5)).toEqual(new Date('2026-12-11T16:00:00Z'));
    // Friday 00:30 CST is Thursday 16:30 UTC: its CST day is Friday, whatever the server's zone.
    expect(workingDayDeadline(new Date('2026-12-03T16:30:00Z'), 1)).toEqual(new Date('2026-12-07T16:00:00Z'));
    // Wednesday 30 September: 1–7 October off, 8, 9, Saturday 10 (调休), 12, 13 → due 13 October 24:00 CST.
    expect(workingDayDeadline(new Date('2026-09-30T02:00:00Z'), 5)).toEqual(new Date('2026-10-13T16:00:00Z'));
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => workingDayDeadline(new Date(), 0)).toThrow(RangeError);
    expect(() => workingDayDeadline(new Date(), 1.5)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

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

import { describe, expect, it } from 'vitest';
import { parseDashboardView, viewQuery } from './dashboard-params';

describe('dashboard view parameters', () => {
  it('falls back to this month, everything, for unknown or missing values', () => {
    expect(parseDashboardView({ kind: 'YEAR', day: '2026-02-30', filter: 'WORST' }, '2026-11-18')).toEqual({
      kind: 'MONTH',
      day: '2026-11-18',
      to: null,
      department: null,
      item: null,
      filter: 'ALL',
    });
  });

  it('keeps a custom range only when it ends on or after its start', () => {
    expect(parseDashboardView({ kind: 'CUSTOM', day: '2026-11-10', to: '2026-11-01' }).to).toBe('2026-11-10');
    expect(parseDashboardView({ kind: 'CUSTOM', day: '2026-11-01', to: '2026-11-10' }).to).toBe('2026-11-10');
  });

  it('round-trips a view through its address', () => {
    const view = parseDashboardView(
      { kind: 'WEEK', day: '2026-11-18', department: 'RGVwYXJ0bWVudDox', filter: 'BAD' },
      '2026-12-01',
    );
    expect(parseDashboardView(Object.fromEntries(new URLSearchParams(viewQuery(view))))).toEqual(view);
  });
});

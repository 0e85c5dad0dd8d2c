import type { CaseSource } from '../generated/prisma/client.ts';
import { rate } from '../evaluation/index.ts';

export const CASE_SOURCES: readonly CaseSource[] = ['ONLINE', 'INTERCONNECTED', 'WINDOW'];

/** A summed case_rollups row (the period, department and item already chosen). */
export interface CaseRollupRow {
  event: string;
  source: CaseSource;
  workingDays: number;
  pastPromise: boolean;
  count: number;
}

export interface CaseFiguresModel {
  applied: number;
  completed: number;
  appliedBySource: { source: CaseSource; count: number }[];
  completedPastPromise: number;
  onTimeCompletionRate: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
}

/** Nearest-rank percentile over a histogram of working days. */
function percentile(histogram: Map<number, number>, total: number, p: number): number | null {
  if (total === 0) return null;
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (const days of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(days)!;
    if (seen >= rank) return days;
  }
  return null;
}

/** 办件 figures of a set of rollup rows: counts, 来源, 承诺时限 and 办件时效 (median, p90). */
export function caseFigures(rows: readonly CaseRollupRow[]): CaseFiguresModel {
  const bySource = new Map<CaseSource, number>(CASE_SOURCES.map((source) => [source, 0]));
  const histogram = new Map<number, number>();
  let applied = 0;
  let completed = 0;
  let pastPromise = 0;
  for (const row of rows) {
    if (row.event === 'APPLIED') {
      applied += row.count;
      bySource.set(row.source, bySource.get(row.source)! + row.count);
    } else {
      completed += row.count;
      if (row.pastPromise) pastPromise += row.count;
      histogram.set(row.workingDays, (histogram.get(row.workingDays) ?? 0) + row.count);
    }
  }
  return {
    applied,
    completed,
    appliedBySource: CASE_SOURCES.map((source) => ({ source, count: bySource.get(source)! })),
    completedPastPromise: pastPromise,
    onTimeCompletionRate: rate(completed - pastPromise, completed),
    medianWorkingDays: percentile(histogram, completed, 0.5),
    p90WorkingDays: percentile(histogram, completed, 0.9),
  };
}

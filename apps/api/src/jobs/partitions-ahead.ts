import type { Db } from '../db/prisma.ts';
import { cstFields, HALL_TIME_ZONE } from '../lib/natural-days.ts';
import type { JobModule, ScheduledJob } from './job-module.ts';

/**
 * Tables range-partitioned by the Beijing year of `occurred_at` (migration 20261204214000_yearly_partitions):
 * one partition per year, `<table>_y<year>`, and `<table>_default` for a row whose year has none.
 */
export const YEAR_PARTITIONED_TABLES = ['case_events', 'audit_logs'] as const;
export type YearPartitionedTable = (typeof YEAR_PARTITIONED_TABLES)[number];

/** How many years ahead of the current one a partition must exist (the next year's, made months early). */
export const PARTITION_YEARS_AHEAD = 1;

/** `refused`: the function keeps no partition for that year (out of its range): the rows stay in the default. */
export type PartitionOutcome = 'created' | 'exists' | 'moved' | 'refused';

/** SQLSTATE invalid_parameter_value: ensure_year_partition refusing a table or a year. */
const REFUSED = '22023';

export interface PartitionResult {
  table: YearPartitionedTable;
  year: number;
  outcome: PartitionOutcome;
}

/** The Beijing (CST) year of an instant: the year whose partition holds a row of that time. */
export function beijingYear(at: Date): number {
  return cstFields(at).year;
}

/**
 * Makes sure this year's and the next year's partitions exist, and a partition for every year that has rows
 * waiting in the DEFAULT partition (`moved`: the year is created and its rows moved into it in one
 * transaction). Through the owner's `ensure_year_partition` (SECURITY DEFINER: the worker connects as the
 * API's role, which may not run DDL).
 */
export async function ensureYearPartitions(db: Db, now: Date): Promise<PartitionResult[]> {
  const first = beijingYear(now);
  const results: PartitionResult[] = [];
  for (const table of YEAR_PARTITIONED_TABLES) {
    const waiting = await db.$queryRawUnsafe<{ year: number }[]>(
      `SELECT DISTINCT extract(year FROM occurred_at AT TIME ZONE $1)::int AS year
         FROM ${table}_default ORDER BY 1`,
      HALL_TIME_ZONE,
    );
    const years = new Set([first, first + PARTITION_YEARS_AHEAD, ...waiting.map((row) => row.year)]);
    for (const year of [...years].sort((a, b) => a - b)) {
      results.push({ table, year, outcome: await ensureYear(db, table, year) });
    }
  }
  return results;
}

async function ensureYear(db: Db, table: YearPartitionedTable, year: number): Promise<PartitionOutcome> {
  try {
    const [row] = await db.$queryRaw<{ outcome: PartitionOutcome }[]>`
      SELECT ensure_year_partition(${table}, ${year}::int) AS outcome`;
    return row!.outcome;
  } catch (error) {
    const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta
      ?.driverAdapterError?.cause;
    if (cause?.originalCode === REFUSED) return 'refused';
    throw error;
  }
}

/** Daily at 03:40 (CST): a missed run or two changes nothing, the next year's partition exists a year early. */
export const PARTITIONS_AHEAD_QUEUE = 'partitions-ahead';

export const partitionsAhead: ScheduledJob = {
  queue: PARTITIONS_AHEAD_QUEUE,
  cron: '40 3 * * *',
  async run({ db, clock, logger }) {
    const results = await ensureYearPartitions(db, clock.now());
    const made = results.filter((result) => result.outcome !== 'exists');
    logger.info({ made }, 'year partitions ensured');
    return results;
  },
};

export const partitionJobs: JobModule = { name: 'partitions', scheduled: [partitionsAhead] };

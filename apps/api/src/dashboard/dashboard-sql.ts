import { Prisma } from '../generated/prisma/client.ts';
import { countsOf, withRates, type FigureCounts, type FigureRowModel } from '../evaluation/index.ts';

/**
 * The 好差评 counts summed over evaluation_rollups rows, with the definitions of compute-evaluation-figures.ts:
 * overdue = replied late + unanswered bad reviews whose deadline (the row's reply_due_at) has passed at asOf.
 */
export const evaluationSums = (asOf: Date) => Prisma.sql`
  COALESCE(sum("total"), 0)::int AS "total", COALESCE(sum("active"), 0)::int AS "active",
  COALESCE(sum("defaults"), 0)::int AS "defaults", COALESCE(sum("very_satisfied"), 0)::int AS "verySatisfied",
  COALESCE(sum("satisfied"), 0)::int AS "satisfied", COALESCE(sum("basic"), 0)::int AS "basic",
  COALESCE(sum("dissatisfied"), 0)::int AS "dissatisfied",
  COALESCE(sum("very_dissatisfied"), 0)::int AS "veryDissatisfied", COALESCE(sum("bad"), 0)::int AS "bad",
  COALESCE(sum("replied"), 0)::int AS "replied", COALESCE(sum("replied_on_time"), 0)::int AS "repliedOnTime",
  (COALESCE(sum("replied_late"), 0)
    + COALESCE(sum("bad" - "replied") FILTER (WHERE "reply_due_at" <= ${asOf.toISOString()}::timestamptz), 0))::int AS "overdue",
  COALESCE(sum("excluded_by_appeal"), 0)::int AS "excludedByAppeal"`;

export type SumsRow = Omit<FigureCounts, 'departmentId'>;

/** A rollup sum row's figures, rates by the same function as compute-evaluation-figures.ts. */
export const figureRow = (departmentId: string | null, sums: SumsRow | undefined): FigureRowModel =>
  withRates({ departmentId, ...(sums ?? countsOf({})) });

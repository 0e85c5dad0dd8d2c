import type { Context } from '../context.ts';
import type { Db } from '../db/prisma.ts';
import { requireUser } from '../auth/require.ts';
import { evaluationPolicy } from './evaluation-policy.ts';
import { naturalDayDeadline, parseCst } from '../lib/natural-days.ts';

/** One row of the national figures (overall when departmentId is null). */
export interface FigureRowModel {
  departmentId: string | null;
  total: number;
  active: number;
  defaults: number;
  verySatisfied: number;
  satisfied: number;
  basic: number;
  dissatisfied: number;
  veryDissatisfied: number;
  goodRate: number | null;
  badRate: number | null;
  bad: number;
  replied: number;
  repliedOnTime: number;
  replyRate: number | null;
  onTimeReplyRate: number | null;
  overdue: number;
  excludedByAppeal: number;
}

export type FigureCounts = Omit<FigureRowModel, 'goodRate' | 'badRate' | 'replyRate' | 'onTimeReplyRate'>;
type Counts = FigureCounts;

/** The counts every figure is computed from (here from raw rows, on the dashboards from rollup rows). */
export const FIGURE_COUNT_KEYS = [
  'total',
  'active',
  'defaults',
  'verySatisfied',
  'satisfied',
  'basic',
  'dissatisfied',
  'veryDissatisfied',
  'bad',
  'replied',
  'repliedOnTime',
  'overdue',
  'excludedByAppeal',
] as const satisfies readonly (keyof Counts)[];

/** The counts of a query row (bigint, numeric or missing columns read as numbers; missing is 0). */
export const countsOf = (row: Record<string, unknown>): Omit<Counts, 'departmentId'> =>
  Object.fromEntries(FIGURE_COUNT_KEYS.map((key) => [key, Number(row[key] ?? 0)])) as Omit<
    Counts,
    'departmentId'
  >;

export const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The rates of a row, from its counts (the dashboards' rollups use the same definitions). */
export const withRates = (counts: FigureCounts): FigureRowModel => ({
  ...counts,
  goodRate: rate(counts.verySatisfied + counts.satisfied, counts.total),
  badRate: rate(counts.dissatisfied + counts.veryDissatisfied, counts.total),
  replyRate: rate(counts.replied, counts.bad),
  onTimeReplyRate: rate(counts.repliedOnTime, counts.bad),
});

/**
 * The one place the 好差评 figures are computed (the dashboards reuse it): 评价总量, 主动评价量, 好评率 =
 * (非常满意 + 满意) / counted, 差评率, 回复率, 按时回复率 and overdue replies, overall and per department, over
 * evaluations submitted in [from, to). An evaluation with an upheld appeal counts only in excludedByAppeal.
 * One set-based query: the database aggregates, Node only divides.
 */
export async function evaluationFigures(
  db: Db,
  period: { from: Date | null; to: Date | null },
  asOf: Date,
): Promise<{ overall: FigureRowModel; byDepartment: FigureRowModel[] }> {
  const rows = await db.$queryRaw<
    (Record<keyof Counts, bigint> & { department_id: string | null; is_total: number })[]
  >`
    WITH ev AS (
      SELECT e."level", e."is_default", e."reply_due_at", c."department_id", r."created_at" AS replied_at,
             (a."status" IS NOT DISTINCT FROM 'UPHELD') AS excluded
        FROM "evaluations" e
        JOIN "cases" c ON c."id" = e."case_id"
        LEFT JOIN "evaluation_replies" r ON r."evaluation_id" = e."id" AND r."kind" = 'REPLY'
        LEFT JOIN "evaluation_appeals" a ON a."evaluation_id" = e."id"
       WHERE (${period.from?.toISOString() ?? null}::timestamptz IS NULL OR e."submitted_at" >= ${period.from?.toISOString() ?? null}::timestamptz)
         AND (${period.to?.toISOString() ?? null}::timestamptz IS NULL OR e."submitted_at" < ${period.to?.toISOString() ?? null}::timestamptz)
    )
    SELECT "department_id", GROUPING("department_id") AS is_total,
      count(*) FILTER (WHERE NOT excluded) AS "total",
      count(*) FILTER (WHERE NOT excluded AND NOT "is_default") AS "active",
      count(*) FILTER (WHERE NOT excluded AND "is_default") AS "defaults",
      count(*) FILTER (WHERE NOT excluded AND "level" = 'VERY_SATISFIED') AS "verySatisfied",
      count(*) FILTER (WHERE NOT excluded AND "level" = 'SATISFIED') AS "satisfied",
      count(*) FILTER (WHERE NOT excluded AND "level" = 'BASIC') AS "basic",
      count(*) FILTER (WHERE NOT excluded AND "level" = 'DISSATISFIED') AS "dissatisfied",
      count(*) FILTER (WHERE NOT excluded AND "level" = 'VERY_DISSATISFIED') AS "veryDissatisfied",
      count(*) FILTER (WHERE NOT excluded AND "reply_due_at" IS NOT NULL) AS "bad",
      count(*) FILTER (WHERE NOT excluded AND "reply_due_at" IS NOT NULL AND replied_at IS NOT NULL) AS "replied",
      count(*) FILTER (WHERE NOT excluded AND replied_at < "reply_due_at") AS "repliedOnTime",
      count(*) FILTER (WHERE NOT excluded AND (replied_at >= "reply_due_at"
        OR (replied_at IS NULL AND "reply_due_at" <= ${asOf.toISOString()}::timestamptz))) AS "overdue",
      count(*) FILTER (WHERE excluded) AS "excludedByAppeal"
    FROM ev
    GROUP BY GROUPING SETS (("department_id"), ())`;

  const all = rows.map((row) =>
    withRates({ departmentId: row.is_total ? null : row.department_id, ...countsOf(row) }),
  );
  const empty = withRates({ departmentId: null, ...countsOf({}) });
  return {
    overall: all.find((row) => row.departmentId === null) ?? empty,
    byDepartment: all.filter((row) => row.departmentId !== null),
  };
}

/** evaluationFigures(from, to): CST calendar days, inclusive; SUPERVISOR or ADMIN. */
export async function computeEvaluationFigures(
  ctx: Context,
  input: { from?: string | null; to?: string | null },
) {
  requireUser(ctx.principal);
  // A partner token is not signed in as anyone (UNAUTHENTICATED), a person without the grant is FORBIDDEN.
  evaluationPolicy.requireUser(ctx.principal, 'evaluation.readFigures');
  const asOf = ctx.clock.now();
  const from = input.from ? parseCst(`${input.from} 00:00:00`) : null;
  const to = input.to ? naturalDayDeadline(parseCst(`${input.to} 00:00:00`), 0) : null;
  return {
    from: input.from ?? null,
    to: input.to ?? null,
    asOf,
    ...(await evaluationFigures(ctx.db, { from, to }, asOf)),
  };
}

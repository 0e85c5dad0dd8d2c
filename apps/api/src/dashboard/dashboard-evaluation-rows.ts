import type { Db } from '../db/prisma.ts';
import { HALL_TIME_ZONE } from '../lib/natural-days.ts';
import { Prisma, type EvaluationLevel } from '../generated/prisma/client.ts';
import type { DashboardEvaluationFilter } from '../generated/graphql.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../lib/keyset-cursor.ts';
import { departmentFilter } from './dashboard-policy.ts';

/** The evaluations behind a number: the same period (CST days from..to) and filters as the figure. */
export interface EvaluationRowsQuery {
  from: string;
  to: string;
  departmentId: string | null;
  itemId: string | null;
  filter: DashboardEvaluationFilter;
  asOf: Date;
}

export interface DashboardEvaluationRow {
  id: string;
  submittedAt: Date;
  businessNumber: string;
  departmentName: string;
  itemName: string;
  level: EvaluationLevel;
  isDefault: boolean;
  replyDueAt: Date | null;
  repliedAt: Date | null;
  excluded: boolean;
}

/** Each filter as the predicate compute-evaluation-figures.ts counts with ("x" = excluded by an upheld appeal). */
const FILTERS = (asOf: Date): Record<DashboardEvaluationFilter, Prisma.Sql> => ({
  ALL: Prisma.sql`NOT "x"`,
  GOOD: Prisma.sql`NOT "x" AND "level" IN ('VERY_SATISFIED', 'SATISFIED')`,
  BAD: Prisma.sql`NOT "x" AND "reply_due_at" IS NOT NULL`,
  DEFAULT: Prisma.sql`NOT "x" AND "is_default"`,
  OVERDUE: Prisma.sql`NOT "x" AND ("replied_at" >= "reply_due_at"
    OR ("replied_at" IS NULL AND "reply_due_at" <= ${asOf.toISOString()}::timestamptz))`,
  EXCLUDED_BY_APPEAL: Prisma.sql`"x"`,
});

/** One page in (submitted_at, id) descending order, keyset after the cursor. */
export async function dashboardEvaluationRows(
  db: Db,
  query: EvaluationRowsQuery,
  page: { after: string | null; limit: number },
): Promise<DashboardEvaluationRow[]> {
  const after = page.after ? decodeTimeIdCursor(page.after) : null;
  return db.$queryRaw<DashboardEvaluationRow[]>`
    SELECT * FROM (${base(query)}) ev
     WHERE ${FILTERS(query.asOf)[query.filter]}
       ${after ? Prisma.sql`AND ("submittedAt", "id") < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
     ORDER BY "submittedAt" DESC, "id" DESC
     LIMIT ${page.limit}`;
}

export async function countDashboardEvaluations(db: Db, query: EvaluationRowsQuery): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM (${base(query)}) ev WHERE ${FILTERS(query.asOf)[query.filter]}`;
  return row!.count;
}

const base = (query: EvaluationRowsQuery) => Prisma.sql`
  SELECT e."id", e."submitted_at" AS "submittedAt", c."business_number" AS "businessNumber",
         d."name" AS "departmentName", i."name" AS "itemName", e."level", e."is_default" AS "isDefault",
         e."reply_due_at", e."reply_due_at" AS "replyDueAt", r."created_at" AS "replied_at", r."created_at" AS "repliedAt",
         (a."status" IS NOT DISTINCT FROM 'UPHELD') AS "x", (a."status" IS NOT DISTINCT FROM 'UPHELD') AS "excluded"
    FROM "evaluations" e
    JOIN "cases" c ON c."id" = e."case_id"
    JOIN "departments" d ON d."id" = c."department_id"
    JOIN "service_items" i ON i."id" = c."item_id"
    LEFT JOIN "evaluation_replies" r ON r."evaluation_id" = e."id" AND r."kind" = 'REPLY'
    LEFT JOIN "evaluation_appeals" a ON a."evaluation_id" = e."id"
   WHERE e."submitted_at" >= (${query.from}::date::timestamp AT TIME ZONE ${HALL_TIME_ZONE}::text)
     AND e."submitted_at" < ((${query.to}::date + 1)::timestamp AT TIME ZONE ${HALL_TIME_ZONE}::text)
     ${departmentFilter(Prisma.sql`c."department_id"`, query.departmentId)}
     ${query.itemId === null ? Prisma.empty : Prisma.sql`AND c."item_id" = ${query.itemId}::uuid`}`;

export const cursorOfRow = (row: Pick<DashboardEvaluationRow, 'submittedAt' | 'id'>) =>
  encodeTimeIdCursor({ at: row.submittedAt, id: row.id });

/** A drill-down connection from one page of edges (`more`: a row beyond the page was fetched). */
export function keysetPage<E extends { cursor: string; node: unknown }>(
  edges: E[],
  more: boolean,
  after: string | null | undefined,
  totalCount: number,
) {
  return {
    edges,
    nodes: edges.map((edge) => edge.node as E['node']),
    totalCount,
    pageInfo: {
      hasNextPage: more,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

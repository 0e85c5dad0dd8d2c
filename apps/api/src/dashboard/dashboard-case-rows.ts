import type { Db } from '../db/prisma.ts';
import { HALL_TIME_ZONE } from '../lib/natural-days.ts';
import { Prisma, type CaseSource, type CaseStatus } from '../generated/prisma/client.ts';
import type { DashboardCaseFilter } from '../generated/graphql.ts';
import { departmentFilter } from './dashboard-policy.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../lib/keyset-cursor.ts';

/** The cases behind a 办件 number: the same period (CST days from..to) and filters as the figure. */
export interface CaseRowsQuery {
  from: string;
  to: string;
  departmentId: string | null;
  itemId: string | null;
  source: CaseSource | null;
  filter: DashboardCaseFilter;
  /** IN_STATUS only */
  status: CaseStatus | null;
}

export interface DashboardCaseRow {
  id: string;
  at: Date;
  workingDays: number | null;
  pastPromise: boolean | null;
}

/**
 * The rows, from the same rule the rollups are kept with: `case_rollup_keys(case)` (the migration's function)
 * says on which CST day a case counts as applied or completed, its working days and whether it passed its
 * promise. The time column only narrows the scan to the period first.
 */
const base = (query: CaseRowsQuery) => {
  const scope = Prisma.sql`
    ${departmentFilter(Prisma.sql`c."department_id"`, query.departmentId)}
    ${query.itemId === null ? Prisma.empty : Prisma.sql`AND c."item_id" = ${query.itemId}::uuid`}
    ${query.source === null ? Prisma.empty : Prisma.sql`AND c."source" = ${query.source}::"CaseSource"`}`;
  if (query.filter === 'IN_STATUS') {
    return Prisma.sql`
      SELECT c."id", c."status_changed_at" AS "at", NULL::int AS "workingDays", NULL::boolean AS "pastPromise"
        FROM "cases" c WHERE c."status" = ${query.status}::"CaseStatus" ${scope}`;
  }
  const applied = query.filter === 'APPLIED';
  const column = applied ? Prisma.sql`c."applied_at"` : Prisma.sql`c."completed_at"`;
  return Prisma.sql`
    SELECT c."id", ${column} AS "at",
           CASE WHEN k."event" = 'COMPLETED' THEN k."working_days" END AS "workingDays",
           CASE WHEN k."event" = 'COMPLETED' THEN k."past_promise" END AS "pastPromise"
      FROM "cases" c CROSS JOIN LATERAL "case_rollup_keys"(c) k
     WHERE ${column} >= (${query.from}::date::timestamp AT TIME ZONE ${HALL_TIME_ZONE}::text)
       AND ${column} < ((${query.to}::date + 1)::timestamp AT TIME ZONE ${HALL_TIME_ZONE}::text)
       AND k."event" = ${applied ? 'APPLIED' : 'COMPLETED'}
       AND k."day" BETWEEN ${query.from}::date AND ${query.to}::date
       ${query.filter === 'PAST_PROMISE' ? Prisma.sql`AND k."past_promise"` : Prisma.empty}
       ${scope}`;
};

const pageOf = (query: CaseRowsQuery, page: { after: string | null; limit: number }) => {
  const after = page.after ? decodeTimeIdCursor(page.after) : null;
  return Prisma.sql`
    SELECT * FROM (${base(query)}) rows
     ${after ? Prisma.sql`WHERE ("at", "id") < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
     ORDER BY "at" DESC, "id" DESC
     LIMIT ${page.limit}`;
};

/** One page in (time, id) descending order, keyset after the cursor. */
export async function dashboardCaseRows(
  db: Db,
  query: CaseRowsQuery,
  page: { after: string | null; limit: number },
): Promise<DashboardCaseRow[]> {
  return db.$queryRaw<DashboardCaseRow[]>(pageOf(query, page));
}

/** A row of the 办件明细 export: the page row with the columns the list shows. */
export interface DashboardCaseExportRow extends DashboardCaseRow {
  businessNumber: string;
  itemName: string;
  departmentName: string;
  source: CaseSource;
  status: CaseStatus;
  appliedAt: Date | null;
  completedAt: Date | null;
}

/** The same page with each case's number, item, department, source, status and times (the export's rows). */
export async function dashboardCaseExportRows(
  db: Db,
  query: CaseRowsQuery,
  page: { after: string | null; limit: number },
): Promise<DashboardCaseExportRow[]> {
  return db.$queryRaw<DashboardCaseExportRow[]>`
    SELECT p.*, c."business_number" AS "businessNumber", i."name" AS "itemName", d."name" AS "departmentName",
           c."source", c."status", c."applied_at" AS "appliedAt", c."completed_at" AS "completedAt"
      FROM (${pageOf(query, page)}) p
      JOIN "cases" c ON c."id" = p."id"
      JOIN "departments" d ON d."id" = c."department_id"
      JOIN "service_items" i ON i."id" = c."item_id"
     ORDER BY p."at" DESC, p."id" DESC`;
}

export const caseCursorOfRow = (row: Pick<DashboardCaseRow, 'at' | 'id'>) =>
  encodeTimeIdCursor({ at: row.at, id: row.id });

export async function countDashboardCases(db: Db, query: CaseRowsQuery): Promise<number> {
  const [row] = await db.$queryRaw<
    { count: number }[]
  >`SELECT count(*)::int AS "count" FROM (${base(query)}) rows`;
  return row!.count;
}

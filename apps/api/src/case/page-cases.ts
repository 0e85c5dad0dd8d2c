import type { Db } from '../db/prisma.ts';
import type { Case, CaseStatus, Prisma } from '../generated/prisma/client.ts';
import { decodeCursor, encodeCursor } from '../lib/global-id.ts';
import { invalidCursor, pageSize, toPage, type Page } from '../lib/connection.ts';
import type { CaseList } from '../generated/graphql.ts';
import { CASE_LISTS, LIST_OF_STATUS } from './case-lists.ts';

/**
 * One page of cases: drafts (not yet applied) first, then newest application first. Keyset paging on
 * (appliedAt DESC NULLS FIRST, id DESC) — PostgreSQL's own order for a DESC index, so the
 * (applicant_id, applied_at DESC, id DESC) index serves every page without sorting.
 */
export async function pageCases(
  db: Db,
  where: Prisma.CaseWhereInput,
  args: { first?: number | null; after?: string | null },
): Promise<Page<Case>> {
  const size = pageSize(args.first);
  const cursorWhere = args.after ? afterCursor(args.after) : {};
  const rows = await db.case.findMany({
    where: { AND: [where, cursorWhere] },
    orderBy: [{ appliedAt: { sort: 'desc', nulls: 'first' } }, { id: 'desc' }],
    take: size + 1,
  });
  return toPage(rows, size, Boolean(args.after), cursorOf);
}

export interface CaseCounts {
  /** cases matching the filters in each list of 我的办件 */
  listCounts: { list: CaseList; count: number }[];
  /** cases matching the filters and, if given, one of `statuses` (the page's own total) */
  totalCount: number;
}

/**
 * One GROUP BY status gives both the list counts and the page's total, so no separate COUNT runs.
 * `where` holds the filters without the status; `statuses` is the status filter of the page, if any.
 */
export async function countCases(
  db: Db,
  where: Prisma.CaseWhereInput,
  statuses: readonly CaseStatus[] | null,
): Promise<CaseCounts> {
  const byStatus = await db.case.groupBy({ by: ['status'], where, _count: { _all: true } });
  const counts = new Map<CaseList, number>(CASE_LISTS.map((list) => [list, 0]));
  let totalCount = 0;
  for (const row of byStatus) {
    const list = LIST_OF_STATUS[row.status];
    counts.set(list, (counts.get(list) ?? 0) + row._count._all);
    if (!statuses || statuses.includes(row.status)) totalCount += row._count._all;
  }
  return { listCounts: CASE_LISTS.map((list) => ({ list, count: counts.get(list) ?? 0 })), totalCount };
}

/** Business number exactly, or part of the item's name. */
export function keywordFilter(keyword: string | null | undefined): Prisma.CaseWhereInput {
  const trimmed = keyword?.trim();
  if (!trimmed) return {};
  return {
    OR: [{ businessNumber: trimmed }, { item: { name: { contains: trimmed, mode: 'insensitive' } } }],
  };
}

function cursorOf(row: Case): string {
  return encodeCursor([row.appliedAt ? row.appliedAt.toISOString() : '', row.id]);
}

function afterCursor(cursor: string): Prisma.CaseWhereInput {
  const [appliedAt, id] = decodeCursor(cursor) ?? [];
  if (typeof appliedAt !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id))
    throw invalidCursor();
  if (appliedAt === '') return { OR: [{ appliedAt: null, id: { lt: id } }, { appliedAt: { not: null } }] };
  const at = new Date(appliedAt);
  if (Number.isNaN(at.getTime())) throw invalidCursor();
  // `lte` repeats what the OR implies so that PostgreSQL starts the index scan at the cursor instead of
  // filtering every row before it (a deep page would otherwise read all earlier rows from the heap).
  return { appliedAt: { lte: at }, OR: [{ appliedAt: { lt: at } }, { appliedAt: at, id: { lt: id } }] };
}

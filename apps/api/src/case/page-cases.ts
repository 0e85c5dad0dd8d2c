import type { Db } from '../db/prisma.ts';
import type { Case, Prisma } from '../generated/prisma/client.ts';
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
): Promise<Page<Case> & { totalCount: number }> {
  const size = pageSize(args.first);
  const cursorWhere = args.after ? afterCursor(args.after) : {};
  const [rows, totalCount] = await Promise.all([
    db.case.findMany({
      where: { AND: [where, cursorWhere] },
      orderBy: [{ appliedAt: { sort: 'desc', nulls: 'first' } }, { id: 'desc' }],
      take: size + 1,
    }),
    db.case.count({ where }),
  ]);
  return { ...toPage(rows, size, Boolean(args.after), cursorOf), totalCount };
}

/** How many cases matching `where` fall in each list of 我的办件. */
export async function countByList(
  db: Db,
  where: Prisma.CaseWhereInput,
): Promise<{ list: CaseList; count: number }[]> {
  const byStatus = await db.case.groupBy({ by: ['status'], where, _count: { _all: true } });
  const counts = new Map<CaseList, number>(CASE_LISTS.map((list) => [list, 0]));
  for (const row of byStatus) {
    const list = LIST_OF_STATUS[row.status];
    counts.set(list, (counts.get(list) ?? 0) + row._count._all);
  }
  return CASE_LISTS.map((list) => ({ list, count: counts.get(list) ?? 0 }));
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
  return { OR: [{ appliedAt: { lt: at } }, { appliedAt: at, id: { lt: id } }] };
}

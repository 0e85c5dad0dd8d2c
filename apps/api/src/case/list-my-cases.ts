import type { Context } from '../context.ts';
import type { CaseList, CaseSource } from '../generated/graphql.ts';
import type { Case, Prisma } from '../generated/prisma/client.ts';
import { unauthenticated } from '../lib/errors.ts';
import { decodeCursor, encodeCursor } from '../lib/global-id.ts';
import { invalidCursor, pageSize, toPage, type Page } from '../lib/connection.ts';
import { parseCst } from '../lib/natural-days.ts';
import { CASE_LISTS, LIST_OF_STATUS, statusesOfList } from './case-lists.ts';

export interface ListMyCasesInput {
  list?: CaseList | null;
  source?: CaseSource | null;
  /** CST calendar days, inclusive */
  appliedFrom?: string | null;
  appliedTo?: string | null;
  keyword?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface CaseConnectionData extends Page<Case> {
  totalCount: number;
  listCounts: { list: CaseList; count: number }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** 我的办件: the caller's own cases, newest application first (drafts last), with counts for every list. */
export async function listMyCases(ctx: Context, input: ListMyCasesInput): Promise<CaseConnectionData> {
  if (ctx.principal.kind !== 'user') throw unauthenticated();
  const size = pageSize(input.first);
  const cursorWhere = input.after ? afterCursor(input.after) : {};

  const base: Prisma.CaseWhereInput = { applicantId: ctx.principal.user.id, ...filters(input) };
  const inList: Prisma.CaseWhereInput = input.list ? { status: { in: statusesOfList(input.list) } } : {};
  const where: Prisma.CaseWhereInput = { AND: [base, inList] };

  const [rows, totalCount, byStatus] = await Promise.all([
    ctx.db.case.findMany({
      where: { AND: [where, cursorWhere] },
      orderBy: [{ appliedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      take: size + 1,
    }),
    ctx.db.case.count({ where }),
    ctx.db.case.groupBy({ by: ['status'], where: base, _count: { _all: true } }),
  ]);

  const counts = new Map<CaseList, number>(CASE_LISTS.map((list) => [list, 0]));
  for (const row of byStatus) {
    const list = LIST_OF_STATUS[row.status];
    counts.set(list, (counts.get(list) ?? 0) + row._count._all);
  }

  return {
    ...toPage(rows, size, Boolean(input.after), cursorOf),
    totalCount,
    listCounts: CASE_LISTS.map((list) => ({ list, count: counts.get(list) ?? 0 })),
  };
}

function filters(input: ListMyCasesInput): Prisma.CaseWhereInput {
  const where: Prisma.CaseWhereInput[] = [];
  if (input.source) where.push({ source: input.source });
  if (input.appliedFrom) where.push({ appliedAt: { gte: startOfCstDay(input.appliedFrom) } });
  if (input.appliedTo)
    where.push({ appliedAt: { lt: new Date(startOfCstDay(input.appliedTo).getTime() + DAY_MS) } });
  const keyword = input.keyword?.trim();
  if (keyword) {
    where.push({
      OR: [{ businessNumber: keyword }, { item: { name: { contains: keyword, mode: 'insensitive' } } }],
    });
  }
  return { AND: where };
}

function startOfCstDay(day: string): Date {
  return parseCst(`${day} 00:00:00`);
}

// Keyset paging on (appliedAt DESC NULLS LAST, id DESC): stable however many cases arrive meanwhile.
function cursorOf(row: Case): string {
  return encodeCursor([row.appliedAt ? row.appliedAt.toISOString() : '', row.id]);
}

function afterCursor(cursor: string): Prisma.CaseWhereInput {
  const parts = decodeCursor(cursor);
  const [appliedAt, id] = parts ?? [];
  if (typeof appliedAt !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id))
    throw invalidCursor();
  if (appliedAt === '') return { appliedAt: null, id: { lt: id } };
  const at = new Date(appliedAt);
  if (Number.isNaN(at.getTime())) throw invalidCursor();
  return { OR: [{ appliedAt: { lt: at } }, { appliedAt: at, id: { lt: id } }, { appliedAt: null }] };
}

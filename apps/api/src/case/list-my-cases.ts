import type { Context } from '../context.ts';
import type { CaseList, CaseSource } from '../generated/graphql.ts';
import type { Case, Prisma } from '../generated/prisma/client.ts';
import { requireUser } from '../auth/require.ts';
import type { Page } from '../lib/connection.ts';
import { parseCst } from '../lib/natural-days.ts';
import { statusesOfList } from './case-lists.ts';
import { countCases, keywordFilter, pageCases, type CaseCounts } from './page-cases.ts';

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

export type CaseConnectionData = Page<Case> & CaseCounts;

const DAY_MS = 24 * 60 * 60 * 1000;

/** 我的办件: the caller's own cases, with counts for every list under the same filters. */
export async function listMyCases(ctx: Context, input: ListMyCasesInput): Promise<CaseConnectionData> {
  const { user } = requireUser(ctx.principal);
  const base: Prisma.CaseWhereInput = { AND: [{ applicantId: user.id }, ...filters(input)] };
  const statuses = input.list ? statusesOfList(input.list) : null;
  const inList: Prisma.CaseWhereInput = statuses ? { status: { in: statuses } } : {};

  const [page, counts] = await Promise.all([
    pageCases(ctx.db, { AND: [base, inList] }, input),
    countCases(ctx.db, base, statuses),
  ]);
  return { ...page, ...counts };
}

function filters(input: ListMyCasesInput): Prisma.CaseWhereInput[] {
  const where: Prisma.CaseWhereInput[] = [keywordFilter(input.keyword)];
  if (input.source) where.push({ source: input.source });
  if (input.appliedFrom) where.push({ appliedAt: { gte: startOfCstDay(input.appliedFrom) } });
  if (input.appliedTo)
    where.push({ appliedAt: { lt: new Date(startOfCstDay(input.appliedTo).getTime() + DAY_MS) } });
  return where;
}

function startOfCstDay(day: string): Date {
  return parseCst(`${day} 00:00:00`);
}

import type { Context } from '../context.ts';
import type { CaseList, CaseSource } from '../generated/graphql.ts';
import type { Case } from '../generated/prisma/client.ts';
import { requireUser } from '../auth/require.ts';
import type { Page } from '../lib/connection.ts';
import { parseCst } from '../lib/natural-days.ts';
import { statusesOfList } from './case-lists.ts';
import { countCases, pageCases, type CaseCounts, type CaseFilter } from './page-cases.ts';

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
  const filter: CaseFilter = {
    owner: { applicantId: user.id },
    source: input.source,
    keyword: input.keyword,
    appliedFrom: input.appliedFrom ? startOfCstDay(input.appliedFrom) : null,
    appliedBefore: input.appliedTo ? new Date(startOfCstDay(input.appliedTo).getTime() + DAY_MS) : null,
  };
  const statuses = input.list ? statusesOfList(input.list) : null;
  const [page, counts] = await Promise.all([
    pageCases(ctx.db, filter, statuses, input, { withEvaluations: true }),
    countCases(ctx.db, filter, statuses),
  ]);
  // The page's evaluations came with its rows: Case.evaluation and canEvaluate read them without a query.
  for (const kase of page.nodes) ctx.loaders.evaluationByCaseId.prime(kase.id, kase.evaluation ?? null);
  return { ...page, ...counts };
}

function startOfCstDay(day: string): Date {
  return parseCst(`${day} 00:00:00`);
}

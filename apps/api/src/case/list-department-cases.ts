import type { Context } from '../context.ts';
import type { CaseStatus } from '../generated/prisma/client.ts';
import { casePolicy } from './case-policy.ts';
import type { CaseConnectionData } from './list-my-cases.ts';
import { countCases, pageCases, type CaseFilter } from './page-cases.ts';

/** The department workbench: cases of the clerk's own department only; drafts are the applicant's own. */
export async function listDepartmentCases(
  ctx: Context,
  input: {
    status?: CaseStatus | null;
    itemId?: string | null;
    keyword?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<CaseConnectionData> {
  casePolicy.requireUser(ctx.principal, 'case.listDepartment');
  const filter: CaseFilter = {
    owner: { reader: ctx.principal, permission: 'case.listDepartment' },
    excludeDrafts: true,
    itemId: input.itemId,
    keyword: input.keyword,
  };
  const statuses = input.status ? [input.status] : null;
  const [page, counts] = await Promise.all([
    pageCases(ctx.db, filter, statuses, input),
    countCases(ctx.db, filter, statuses),
  ]);
  return { ...page, ...counts };
}

import type { Context } from '../context.ts';
import type { CaseStatus } from '../generated/prisma/client.ts';
import { requireRole } from '../auth/require.ts';
import type { CaseConnectionData } from './list-my-cases.ts';
import { countCases, keywordFilter, pageCases } from './page-cases.ts';

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
  const { user } = requireRole(ctx.principal, 'DEPARTMENT_STAFF');
  const department = { departmentId: user.departmentId!, status: { not: 'DRAFT' as const } };
  const filters = [input.itemId ? { itemId: input.itemId } : {}, keywordFilter(input.keyword)];
  const [page, counts] = await Promise.all([
    pageCases(ctx.db, { AND: [department, ...filters, input.status ? { status: input.status } : {}] }, input),
    countCases(ctx.db, { AND: [department, ...filters] }, input.status ? [input.status] : null),
  ]);
  return { ...page, ...counts };
}

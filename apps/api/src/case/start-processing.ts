import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { requireRole } from '../auth/require.ts';
import type { Result } from '../lib/errors.ts';
import { transitionCase } from './transition-case.ts';

/** 部门办理中: the department starts handling an accepted case. */
export async function startProcessing(
  ctx: Context,
  input: { caseId: string; expectedVersion?: number | null },
): Promise<Result<Case>> {
  const staff = requireRole(ctx.principal, 'DEPARTMENT_STAFF');
  return transitionCase(ctx, staff, {
    caseId: input.caseId,
    to: 'IN_PROGRESS',
    expectedVersion: input.expectedVersion,
  });
}

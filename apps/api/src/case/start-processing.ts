import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import type { Result } from '../lib/errors.ts';
import { transitionCase } from './transition-case.ts';
import { casePolicy } from './case-policy.ts';

/** 部门办理中: the department starts handling an accepted case. */
export async function startProcessing(
  ctx: Context,
  input: { caseId: string; expectedVersion?: number | null },
): Promise<Result<Case>> {
  const staff = casePolicy.requireUser(ctx.principal, 'case.startProcessing');
  return transitionCase(ctx, staff, 'case.startProcessing', {
    caseId: input.caseId,
    to: 'IN_PROGRESS',
    expectedVersion: input.expectedVersion,
  });
}

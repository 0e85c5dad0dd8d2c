import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { refused, userError, type Result } from '../lib/errors.ts';
import { transitionCase } from './transition-case.ts';
import { casePolicy } from './case-policy.ts';

const MAX_REASON = 500;

/** 不予受理: the department refuses the application and must say why. */
export async function rejectCase(
  ctx: Context,
  input: { caseId: string; reason: string; expectedVersion?: number | null },
): Promise<Result<Case>> {
  const staff = casePolicy.requireUser(ctx.principal, 'case.reject');
  const reason = input.reason.trim();
  if (!reason) return refused(userError('REQUIRED', '请填写不予受理的理由。', ['input', 'reason']));
  if (reason.length > MAX_REASON) {
    return refused(userError('INVALID', `理由不能超过 ${MAX_REASON} 字。`, ['input', 'reason']));
  }
  return transitionCase(ctx, staff, 'case.reject', {
    caseId: input.caseId,
    to: 'REJECTED',
    reason,
    expectedVersion: input.expectedVersion,
  });
}

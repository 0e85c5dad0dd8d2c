import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { requireUser } from '../auth/require.ts';
import type { Result } from '../lib/errors.ts';
import { transitionCase } from './transition-case.ts';

/** The applicant submits their own 暂存件; it becomes 已接件 and joins 在办件, applied for now. */
export async function submitDraft(ctx: Context, input: { caseId: string }): Promise<Result<Case>> {
  const applicant = requireUser(ctx.principal);
  return transitionCase(
    ctx,
    applicant,
    { caseId: input.caseId, to: 'RECEIVED', patch: { appliedAt: ctx.clock.now() } },
    (actor, kase) => kase.applicantId === actor.user.id,
  );
}

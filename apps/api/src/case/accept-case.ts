import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { refused, userError, type Result } from '../lib/errors.ts';
import { cstDayOf, naturalDayDeadline, parseCst } from '../lib/natural-days.ts';
import { transitionCase } from './transition-case.ts';
import { casePolicy } from './case-policy.ts';

export interface AcceptCaseInput {
  caseId: string;
  /** CST day by which the applicant promised the missing materials (承诺补正) */
  commitmentDueDate?: string | null;
  note?: string | null;
  expectedVersion?: number | null;
}

/** 受理: department staff accept a received case, optionally on the applicant's written promise (承诺补正). */
export async function acceptCase(ctx: Context, input: AcceptCaseInput): Promise<Result<Case>> {
  const staff = casePolicy.requireUser(ctx.principal, 'case.accept');
  const now = ctx.clock.now();
  if (input.commitmentDueDate == null) {
    return transitionCase(ctx, staff, 'case.accept', {
      caseId: input.caseId,
      to: 'ACCEPTED',
      reason: input.note,
      patch: { acceptedAt: now },
      expectedVersion: input.expectedVersion,
    });
  }
  if (input.commitmentDueDate <= cstDayOf(now)) {
    return refused(userError('INVALID', '承诺补正期限须晚于今天。', ['input', 'commitmentDueDate']));
  }
  // The promise holds until 24:00 CST of the promised day.
  const commitmentDueAt = naturalDayDeadline(parseCst(`${input.commitmentDueDate} 00:00:00`), 0);
  return transitionCase(ctx, staff, 'case.accept', {
    caseId: input.caseId,
    to: 'ACCEPTED_ON_COMMITMENT',
    reason: input.note,
    details: { commitmentDueDate: input.commitmentDueDate },
    patch: { acceptedAt: now, commitmentDueAt },
    expectedVersion: input.expectedVersion,
  });
}

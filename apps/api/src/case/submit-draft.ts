import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { requireUser } from '../auth/require.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { lockCase } from '../application/editable-case.ts';
import { validateApplication } from '../application/validate-application.ts';
import {
  BUSINESS_NUMBER_ATTEMPTS,
  cryptoRandomDigits,
  onlineBusinessNumber,
  type RandomDigits,
} from '../application/business-number.ts';
import { isUniqueViolation } from '../application/unique-violation.ts';
import { STATUS_LABEL } from './case-transitions.ts';
import { recordCaseStatusChange } from './case-outbox.ts';

/**
 * The applicant submits their own 暂存件: the whole application is checked, then in one transaction it
 * becomes 已接件 (网上申报, applied for now) with the business number of this instant, routed to the item's
 * department, with its event on the timeline. A drawn business number that is taken is drawn again.
 */
export async function submitDraft(
  ctx: Context,
  input: { caseId: string },
  random: RandomDigits = cryptoRandomDigits,
): Promise<Result<Case>> {
  const applicant = requireUser(ctx.principal);
  for (let attempt = 1; ; attempt++) {
    try {
      return await submitOnce(ctx, applicant.user.id, input.caseId, random);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= BUSINESS_NUMBER_ATTEMPTS) throw error;
    }
  }
}

function submitOnce(
  ctx: Context,
  applicantId: string,
  caseId: string,
  random: RandomDigits,
): Promise<Result<Case>> {
  return ctx.db.$transaction(async (tx) => {
    const kase = await lockCase(tx, caseId);
    if (!kase || kase.applicantId !== applicantId) {
      return refused<Case>(userError('NOT_FOUND', '未找到该办件。', ['input', 'caseId']));
    }
    if (kase.status !== 'DRAFT') {
      return refused<Case>(
        userError('INVALID_TRANSITION', `办件当前状态为「${STATUS_LABEL[kase.status]}」，不能提交。`, [
          'input',
          'caseId',
        ]),
      );
    }
    const errors = await validateApplication(tx, kase);
    if (errors.length > 0) return refused<Case>(...errors);

    const now = ctx.clock.now();
    const item = await tx.serviceItem.findUniqueOrThrow({ where: { id: kase.itemId } });
    const submitted = await tx.case.update({
      where: { id: kase.id },
      data: {
        status: 'RECEIVED',
        source: 'ONLINE',
        originSystem: 'hall',
        businessNumber: onlineBusinessNumber(now, random),
        departmentId: item.departmentId,
        appliedAt: now,
        statusChangedAt: now,
        version: { increment: 1 },
      },
    });
    await tx.caseEvent.create({
      data: {
        caseId: kase.id,
        fromStatus: 'DRAFT',
        toStatus: 'RECEIVED',
        actorUserId: applicantId,
        details: { draftBusinessNumber: kase.businessNumber },
        occurredAt: now,
      },
    });
    await recordCaseStatusChange(tx, { caseId: kase.id, from: 'DRAFT', to: 'RECEIVED', occurredAt: now });
    return ok(submitted);
  });
}

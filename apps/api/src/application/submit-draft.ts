import type { Context } from '../context.ts';
import { itemLevelProblem } from '../account/index.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import type { UserPrincipal } from '../auth/principal.ts';
import type { Case } from '../generated/prisma/client.ts';
import { refused, userError, type Result } from '../lib/errors.ts';
import { lockCase } from './editable-case.ts';
import { validateApplication } from './validate-application.ts';
import {
  BUSINESS_NUMBER_ATTEMPTS,
  cryptoRandomDigits,
  onlineBusinessNumber,
  type RandomDigits,
} from './business-number.ts';
import { isEditable, STATUS_LABEL } from '../case/index.ts';
import { casePolicy, caseTarget } from '../case/case-policy.ts';
import { recordTransition } from '../case/index.ts';

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
  const applicant = casePolicy.requireUser(ctx.principal, 'case.draft');
  for (let attempt = 1; ; attempt++) {
    try {
      return await submitOnce(ctx, applicant, input.caseId, random);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= BUSINESS_NUMBER_ATTEMPTS) throw error;
    }
  }
}

function submitOnce(
  ctx: Context,
  applicant: UserPrincipal,
  caseId: string,
  random: RandomDigits,
): Promise<Result<Case>> {
  return ctx.db.$transaction(async (tx) => {
    const kase = await lockCase(tx, caseId);
    if (!kase || !casePolicy.allows(applicant, 'case.draft', caseTarget(kase))) {
      return refused<Case>(userError('NOT_FOUND', '未找到该办件。', ['input', 'caseId']));
    }
    if (!isEditable(kase.status)) {
      return refused<Case>(
        userError('INVALID_TRANSITION', `办件当前状态为「${STATUS_LABEL[kase.status]}」，不能提交。`, [
          'input',
          'caseId',
        ]),
      );
    }
    const item = await tx.serviceItem.findUniqueOrThrow({ where: { id: kase.itemId } });
    const levelProblem = itemLevelProblem(applicant.user, item, ['input', 'caseId']);
    if (levelProblem) return refused<Case>(levelProblem);
    const errors = await validateApplication(tx, kase);
    if (errors.length > 0) return refused<Case>(...errors);

    const at = ctx.clock.now();
    return recordTransition(tx, kase, {
      to: 'RECEIVED',
      actorUserId: applicant.user.id,
      at,
      details: { draftBusinessNumber: kase.businessNumber },
      patch: {
        source: 'ONLINE',
        originSystem: 'hall',
        businessNumber: onlineBusinessNumber(at, random),
        departmentId: item.departmentId,
        appliedAt: at,
      },
    });
  });
}

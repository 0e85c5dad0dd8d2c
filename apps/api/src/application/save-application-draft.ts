import type { Context } from '../context.ts';
import { itemLevelProblem } from '../account/index.ts';
import type { Case, Prisma } from '../generated/prisma/client.ts';
import { applicationPolicy, reachesDraft } from './application-policy.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import {
  APPLICATION_DATA_VERSION,
  FORM_OF_ITEM,
  normaliseForeignInvestmentProject,
  type ApplicationData,
  type ForeignInvestmentProjectInput,
} from './application-form.ts';
import {
  BUSINESS_NUMBER_ATTEMPTS,
  cryptoRandomDigits,
  onlineBusinessNumber,
  type RandomDigits,
} from './business-number.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { recordCaseCreated } from '../case/index.ts';

export interface SaveApplicationDraftInput {
  caseId: string | null;
  itemId: string;
  foreignInvestmentProject?: ForeignInvestmentProjectInput | null;
}

/**
 * Creates or updates the caller's own 暂存件. The form is saved as sent (it replaces the saved one), partial
 * or not; only malformed values are refused. A new draft gets a provisional business number of the online
 * shape, which submission replaces with the number of the submission instant.
 */
export async function saveApplicationDraft(
  ctx: Context,
  input: SaveApplicationDraftInput,
  random: RandomDigits = cryptoRandomDigits,
): Promise<Result<Case>> {
  const applicant = applicationPolicy.requireUser(ctx.principal, 'application.editDraft');
  const item = await ctx.db.serviceItem.findUnique({ where: { id: input.itemId } });
  if (!item) return refused(userError('NOT_FOUND', '未找到该事项。', ['input', 'itemId']));
  if (!item.onlineApplicable) {
    return refused(userError('INVALID', '该事项不能网上申报。', ['input', 'itemId']));
  }
  const levelProblem = itemLevelProblem(applicant.user, item, ['input', 'itemId']);
  if (levelProblem) return refused(levelProblem);
  const form = FORM_OF_ITEM[item.code] ?? null;
  if (input.foreignInvestmentProject && form !== 'FOREIGN_INVESTMENT_PROJECT') {
    return refused(userError('INVALID', '该事项没有此申请表。', ['input', 'foreignInvestmentProject']));
  }
  let data: ApplicationData = { version: APPLICATION_DATA_VERSION, foreignInvestmentProject: null };
  if (form === 'FOREIGN_INVESTMENT_PROJECT' && input.foreignInvestmentProject) {
    const { value, errors } = normaliseForeignInvestmentProject(input.foreignInvestmentProject, [
      'input',
      'foreignInvestmentProject',
    ]);
    if (errors.length > 0) return refused(...errors);
    data = { ...data, foreignInvestmentProject: value };
  }
  const json = data as unknown as Prisma.InputJsonValue;
  const now = ctx.clock.now();

  if (input.caseId) {
    const kase = await ctx.db.case.findUnique({ where: { id: input.caseId } });
    if (!kase || !reachesDraft(applicant, kase)) {
      return refused(userError('NOT_FOUND', '未找到该暂存件。', ['input', 'caseId']));
    }
    if (kase.itemId !== item.id) {
      return refused(userError('INVALID', '暂存件的事项不能更改。', ['input', 'itemId']));
    }
    const updated = await ctx.db.case.updateMany({
      where: { id: kase.id, status: 'DRAFT' },
      data: { applicationData: json },
    });
    if (updated.count !== 1) {
      return refused(userError('INVALID_TRANSITION', '该办件已提交，不能再修改。', ['input', 'caseId']));
    }
    return ok(await ctx.db.case.findUniqueOrThrow({ where: { id: kase.id } }));
  }

  for (let attempt = 1; ; attempt++) {
    try {
      return ok(
        await ctx.db.$transaction(async (tx) => {
          const created = await tx.case.create({
            data: {
              businessNumber: onlineBusinessNumber(now, random),
              source: 'ONLINE',
              originSystem: 'hall',
              applicantId: applicant.user.id,
              itemId: item.id,
              departmentId: item.departmentId,
              status: 'DRAFT',
              statusChangedAt: now,
              applicationData: json,
              events: { create: { toStatus: 'DRAFT', actorUserId: applicant.user.id, occurredAt: now } },
            },
          });
          await recordCaseCreated(tx, created, now);
          return created;
        }),
      );
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= BUSINESS_NUMBER_ATTEMPTS) throw error;
    }
  }
}

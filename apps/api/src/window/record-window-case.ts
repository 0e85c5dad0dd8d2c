import type { Context } from '../context.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import type { Case } from '../generated/prisma/client.ts';
import { windowPolicy } from './window-policy.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { recordCaseCreated } from '../case/index.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { lookUpCitizen } from './look-up-citizen.ts';

const BUSINESS_NUMBER = /^[0-9A-Za-z_-]{1,64}$/;
const CLOCK_SKEW_MS = 5 * 60_000;

export interface RecordWindowCaseInput {
  applicantIdNumber: string;
  itemId: string | null;
  businessNumber: string;
  appliedAt: Date;
}

/** 窗口申报: window staff record a case the citizen applied for in person; it joins their 我的办件. */
export async function recordWindowCase(ctx: Context, input: RecordWindowCaseInput): Promise<Result<Case>> {
  const staff = windowPolicy.requireUser(ctx.principal, 'window.recordCase');
  const errors: UserError[] = [];
  const businessNumber = input.businessNumber.trim();
  if (!BUSINESS_NUMBER.test(businessNumber)) {
    errors.push(userError('INVALID', '业务编号只能包含数字和字母。', ['input', 'businessNumber']));
  }
  const now = ctx.clock.now();
  if (input.appliedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    errors.push(userError('INVALID', '申请时间不能晚于当前时间。', ['input', 'appliedAt']));
  }
  const item = input.itemId ? await ctx.db.serviceItem.findUnique({ where: { id: input.itemId } }) : null;
  if (!item) errors.push(userError('NOT_FOUND', '请选择审批事项。', ['input', 'itemId']));
  if (errors.length || !item) return refused(...errors);

  const citizen = await lookUpCitizen(ctx, input.applicantIdNumber, ['input', 'applicantIdNumber']);
  if (!citizen.ok) return citizen;

  try {
    const created = await ctx.db.$transaction(async (tx) => {
      const kase = await tx.case.create({
        data: {
          businessNumber,
          source: 'WINDOW',
          originSystem: 'window',
          applicantId: citizen.value.id,
          itemId: item.id,
          departmentId: item.departmentId,
          status: 'RECEIVED',
          appliedAt: input.appliedAt,
          statusChangedAt: input.appliedAt,
          recordedById: staff.user.id,
          events: {
            create: {
              toStatus: 'RECEIVED',
              actorUserId: staff.user.id,
              occurredAt: input.appliedAt,
              reason: '窗口收件',
            },
          },
        },
      });
      await recordCaseCreated(tx, kase, input.appliedAt);
      await writeAuditLog(
        tx,
        { principal: staff, ip: ctx.ip },
        {
          action: 'case.record_window',
          subjectType: 'Case',
          subjectId: kase.id,
          details: { businessNumber },
        },
      );
      return kase;
    });
    return ok(created);
  } catch (error) {
    if (isUniqueViolation(error)) {
      return refused(userError('TAKEN', '该业务编号已登记过。', ['input', 'businessNumber']));
    }
    throw error;
  }
}

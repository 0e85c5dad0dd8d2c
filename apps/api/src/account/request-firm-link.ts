import type { Context } from '../context.ts';
import type { FirmLink } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { validateCreditCode } from '../lib/credit-code.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { accountPolicy } from './account-policy.ts';
import { findFirm, isLegalRepresentative } from './find-firm.ts';
import { linkUserToFirm } from './link-user-to-firm.ts';
import { levelRequired, meetsLevel } from './real-name-level.ts';

const CODE = ['input', 'creditCode'];

/**
 * 法人: asks to act for the firm with this 统一社会信用代码. The firm's legal representative confirms it
 * (decideFirmLink); a legal representative asking for their own firm is linked at once. Needs 实名认证; one
 * pending request per user and firm, and one firm per user (both also unique indexes).
 */
export async function requestFirmLink(
  ctx: Context,
  input: { creditCode: string },
): Promise<Result<FirmLink>> {
  const { user } = accountPolicy.requireUser(ctx.principal, 'account.requestFirmLink');
  if (!meetsLevel(user.realNameLevel, 'REAL_NAME')) return refused(levelRequired('REAL_NAME', '关联企业'));
  const valid = validateCreditCode(input.creditCode);
  if (!valid.ok) {
    const message =
      valid.reason === 'CHECK_DIGIT'
        ? '统一社会信用代码校验位不正确，请核对'
        : '统一社会信用代码应为 18 位数字或大写字母';
    return refused(userError('INVALID', message, CODE));
  }
  const firm = await findFirm(ctx.db, valid.value);
  if (!firm) return refused(userError('NOT_FOUND', '未找到该统一社会信用代码的存续企业', CODE));
  const linked = await ctx.db.firmLink.findFirst({ where: { userId: user.id, status: 'APPROVED' } });
  if (linked) {
    return refused(userError('INVALID_TRANSITION', `您已关联企业「${linked.firmName}」`, CODE));
  }
  const now = ctx.clock.now();
  const own = isLegalRepresentative(user, firm);
  try {
    const link = await ctx.db.$transaction(async (tx) => {
      const created = await tx.firmLink.create({
        data: {
          userId: user.id,
          creditCode: firm.creditCode,
          firmName: firm.name,
          requestedAt: now,
          ...(own ? { status: 'APPROVED' as const, decidedAt: now, decidedById: user.id } : {}),
        },
      });
      if (own) await linkUserToFirm(tx, user.id, firm);
      await writeAuditLog(tx, ctx, {
        action: own ? 'firm_link.approve' : 'firm_link.request',
        subjectType: 'FirmLink',
        subjectId: created.id,
        details: { creditCode: firm.creditCode },
      });
      return created;
    });
    return ok(link);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return refused(userError('TAKEN', '您已提交过该企业的关联申请，请等待法定代表人确认', CODE));
  }
}

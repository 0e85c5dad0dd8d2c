import type { Context } from '../context.ts';
import type { FirmLink } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { accountPolicy } from './account-policy.ts';
import { findFirm, isLegalRepresentative } from './find-firm.ts';
import { linkUserToFirm } from './link-user-to-firm.ts';

/**
 * The firm's legal representative (signed in, 实名) approves or rejects a pending request. Anyone else gets
 * NOT_FOUND, as for a request that does not exist. Approving links the requester (linkUserToFirm); the
 * status changes only from PENDING (a conditional update, so two decisions cannot both land).
 */
export async function decideFirmLink(
  ctx: Context,
  input: { linkId: string; approve: boolean },
): Promise<Result<FirmLink>> {
  const { user } = accountPolicy.requireUser(ctx.principal, 'account.decideFirmLink');
  const field = ['input', 'linkId'];
  const link = await ctx.db.firmLink.findUnique({ where: { id: input.linkId } });
  const firm = link ? await findFirm(ctx.db, link.creditCode) : null;
  if (!link || !firm || !isLegalRepresentative(user, firm)) {
    return refused(notFound(field, '未找到待您确认的关联申请。'));
  }
  const now = ctx.clock.now();
  const status = input.approve ? ('APPROVED' as const) : ('REJECTED' as const);
  try {
    const decided = await ctx.db.$transaction(async (tx) => {
      const { count } = await tx.firmLink.updateMany({
        where: { id: link.id, status: 'PENDING' },
        data: { status, decidedAt: now, decidedById: user.id },
      });
      if (count === 0) return null;
      if (input.approve) await linkUserToFirm(tx, link.userId, firm);
      await writeAuditLog(tx, ctx, {
        action: input.approve ? 'firm_link.approve' : 'firm_link.reject',
        subjectType: 'FirmLink',
        subjectId: link.id,
        details: { creditCode: link.creditCode },
      });
      return tx.firmLink.findUniqueOrThrow({ where: { id: link.id } });
    });
    if (!decided) return refused(userError('INVALID_TRANSITION', '该申请已处理', field));
    return ok(decided);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return refused(userError('INVALID_TRANSITION', '申请人已关联其他企业', field));
  }
}

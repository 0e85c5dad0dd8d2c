import type { Context } from '../context.ts';
import type { Case, CaseDeliveryAddress } from '../generated/prisma/client.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { caseTarget } from '../case/case-policy.ts';
import { deliveryPolicy } from './delivery-policy.ts';

/**
 * Where a case's result is posted: for its applicant and the handling department only (null for anyone
 * else). A read by anyone but the applicant is written to the audit log (the address is personal data).
 */
export async function readCaseDeliveryAddress(ctx: Context, kase: Case): Promise<CaseDeliveryAddress | null> {
  if (!deliveryPolicy.allows(ctx.principal, 'delivery.readCaseAddress', caseTarget(kase))) return null;
  const address = await ctx.db.caseDeliveryAddress.findUnique({ where: { caseId: kase.id } });
  if (address && !(ctx.principal.kind === 'user' && ctx.principal.user.id === kase.applicantId)) {
    await writeAuditLog(
      ctx.db,
      { principal: ctx.principal, ip: ctx.ip },
      { action: 'case.delivery_address_read', subjectType: 'Case', subjectId: kase.id, details: {} },
    );
  }
  return address;
}

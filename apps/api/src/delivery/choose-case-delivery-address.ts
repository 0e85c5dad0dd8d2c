import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { deliveryPolicy } from './delivery-policy.ts';
import { ADDRESS_CHOOSABLE_STATUSES } from './delivery-rules.ts';

/**
 * 选择收件地址: the applicant chooses where their case's result is posted, from their address book, until the
 * case is completed or rejected. The address is copied onto the case (choosing again replaces the copy).
 */
export async function chooseCaseDeliveryAddress(
  ctx: Context,
  input: { caseId: string; addressId: string },
): Promise<Result<Case>> {
  const principal = deliveryPolicy.requireUser(ctx.principal, 'delivery.chooseForCase');
  const kase = await ctx.db.case.findUnique({ where: { id: input.caseId } });
  if (!kase || !deliveryPolicy.allows(principal, 'delivery.chooseForCase', { ownerId: kase.applicantId })) {
    return refused(userError('NOT_FOUND', '未找到该办件。', ['input', 'caseId']));
  }
  if (!ADDRESS_CHOOSABLE_STATUSES.includes(kase.status)) {
    return refused(userError('INVALID_TRANSITION', '办件已办结，不能再更改收件地址。', ['input', 'caseId']));
  }
  const address = await ctx.db.deliveryAddress.findFirst({
    where: { id: input.addressId, userId: principal.user.id },
  });
  if (!address) return refused(userError('NOT_FOUND', '未找到该地址。', ['input', 'addressId']));
  const copy = {
    recipientName: address.recipientName,
    phoneCipher: address.phoneCipher,
    phoneMasked: address.phoneMasked,
    address: address.address,
    postcode: address.postcode,
    chosenAt: ctx.clock.now(),
  };
  await ctx.db.$transaction(async (tx) => {
    await tx.caseDeliveryAddress.upsert({
      where: { caseId: kase.id },
      create: { caseId: kase.id, ...copy },
      update: copy,
    });
    await writeAuditLog(
      tx,
      { principal, ip: ctx.ip },
      { action: 'case.choose_delivery_address', subjectType: 'Case', subjectId: kase.id, details: {} },
    );
  });
  return ok(kase);
}

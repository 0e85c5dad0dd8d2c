import type { Context } from '../context.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { deliveryPolicy } from './delivery-policy.ts';

/**
 * 删除地址: removes one of the caller's addresses (a default one leaves no default: the foreign key sets it
 * null). Cases already addressed keep their own copy.
 */
export async function deleteDeliveryAddress(
  ctx: Context,
  input: { addressId: string },
): Promise<Result<{ addressId: string }>> {
  const { user } = deliveryPolicy.requireUser(ctx.principal, 'delivery.manageAddresses');
  const removed = await ctx.db.deliveryAddress.deleteMany({
    where: { id: input.addressId, userId: user.id },
  });
  if (removed.count === 0) return refused(userError('NOT_FOUND', '未找到该地址。', ['input', 'addressId']));
  return ok({ addressId: input.addressId });
}

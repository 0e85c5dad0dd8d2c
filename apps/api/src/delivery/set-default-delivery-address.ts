import type { Context } from '../context.ts';
import type { DeliveryAddress } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { deliveryPolicy } from './delivery-policy.ts';

/** 设为默认: makes one of the caller's addresses the default (a trigger refuses anyone else's). */
export async function setDefaultDeliveryAddress(
  ctx: Context,
  input: { addressId: string },
): Promise<Result<DeliveryAddress>> {
  const { user } = deliveryPolicy.requireUser(ctx.principal, 'delivery.manageAddresses');
  const address = await ctx.db.deliveryAddress.findFirst({ where: { id: input.addressId, userId: user.id } });
  if (!address) return refused(userError('NOT_FOUND', '未找到该地址。', ['input', 'addressId']));
  await ctx.db.user.update({ where: { id: user.id }, data: { defaultDeliveryAddressId: address.id } });
  return ok(address);
}

import type { Context } from '../context.ts';
import type { DeliveryAddress } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { encryptPii, maskPhone } from '../lib/pii.ts';
import { deliveryPolicy } from './delivery-policy.ts';
import { checkAddressFields, type AddressFields } from './delivery-rules.ts';

/** 编辑地址: changes one of the caller's addresses; a phone left out keeps the stored one. */
export async function updateDeliveryAddress(
  ctx: Context,
  input: { addressId: string; fields: AddressFields },
): Promise<Result<DeliveryAddress>> {
  const { user } = deliveryPolicy.requireUser(ctx.principal, 'delivery.manageAddresses');
  const { value, errors } = checkAddressFields(input.fields, true);
  if (errors.length) return refused(...errors);
  const phone = value.phone
    ? { phoneCipher: encryptPii(value.phone), phoneMasked: maskPhone(value.phone) }
    : {};
  const address = await ctx.db.$transaction(async (tx) => {
    const changed = await tx.deliveryAddress.updateMany({
      where: { id: input.addressId, userId: user.id },
      data: {
        recipientName: value.recipientName,
        address: value.address,
        postcode: value.postcode,
        updatedAt: ctx.clock.now(),
        ...phone,
      },
    });
    if (changed.count === 0) return null;
    if (value.isDefault) {
      await tx.user.update({ where: { id: user.id }, data: { defaultDeliveryAddressId: input.addressId } });
    }
    return tx.deliveryAddress.findUniqueOrThrow({ where: { id: input.addressId } });
  });
  if (!address) return refused(userError('NOT_FOUND', '未找到该地址。', ['input', 'addressId']));
  return ok(address);
}

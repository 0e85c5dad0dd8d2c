import type { Context } from '../context.ts';
import type { DeliveryAddress } from '../generated/prisma/client.ts';
import { ok, refused, type Result } from '../lib/errors.ts';
import { encryptPii, maskPhone } from '../lib/pii.ts';
import { deliveryPolicy } from './delivery-policy.ts';
import { checkAddressFields, type AddressFields } from './delivery-rules.ts';

/** 新增地址: adds an address to the caller's book; the first one, or one marked so, becomes the default. */
export async function addDeliveryAddress(
  ctx: Context,
  input: { fields: AddressFields },
): Promise<Result<DeliveryAddress>> {
  const { user } = deliveryPolicy.requireUser(ctx.principal, 'delivery.manageAddresses');
  const { value, errors } = checkAddressFields(input.fields, false);
  if (errors.length) return refused(...errors);
  const now = ctx.clock.now();
  const address = await ctx.db.$transaction(async (tx) => {
    const created = await tx.deliveryAddress.create({
      data: {
        userId: user.id,
        recipientName: value.recipientName,
        phoneCipher: encryptPii(value.phone!),
        phoneMasked: maskPhone(value.phone!),
        address: value.address,
        postcode: value.postcode,
        createdAt: now,
        updatedAt: now,
      },
    });
    // The first address is the default; so is one the person marked (on the user row: one default at most).
    await tx.user.updateMany({
      where: value.isDefault ? { id: user.id } : { id: user.id, defaultDeliveryAddressId: null },
      data: { defaultDeliveryAddressId: created.id },
    });
    return created;
  });
  return ok(address);
}

import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { findCase } from '../case/index.ts';
import { addDeliveryAddress } from './add-delivery-address.ts';
import { updateDeliveryAddress } from './update-delivery-address.ts';
import { deleteDeliveryAddress } from './delete-delivery-address.ts';
import { setDefaultDeliveryAddress } from './set-default-delivery-address.ts';
import { chooseCaseDeliveryAddress } from './choose-case-delivery-address.ts';
import { listPostalDeliveries } from './list-postal-deliveries.ts';
import { readCaseDeliveryAddress } from './read-case-delivery-address.ts';
import { deliveryPolicy } from './delivery-policy.ts';
import { ADDRESS_CHOOSABLE_STATUSES } from './delivery-rules.ts';

export const deliveryResolvers: Resolvers = {
  Mutation: {
    addDeliveryAddress: async (_parent, { input }, ctx) =>
      toPayload('address', await addDeliveryAddress(ctx, input)),
    updateDeliveryAddress: async (_parent, { input }, ctx) =>
      toPayload(
        'address',
        await updateDeliveryAddress(ctx, {
          ...input,
          addressId: inputId(input.addressId, 'DeliveryAddress'),
        }),
      ),
    deleteDeliveryAddress: async (_parent, { input }, ctx) => {
      const result = await deleteDeliveryAddress(ctx, {
        addressId: inputId(input.addressId, 'DeliveryAddress'),
      });
      return result.ok
        ? { deletedAddressId: toGlobalId('DeliveryAddress', result.value.addressId), userErrors: [] }
        : { deletedAddressId: null, userErrors: result.errors };
    },
    setDefaultDeliveryAddress: async (_parent, { input }, ctx) =>
      toPayload(
        'address',
        await setDefaultDeliveryAddress(ctx, { addressId: inputId(input.addressId, 'DeliveryAddress') }),
      ),
    chooseCaseDeliveryAddress: async (_parent, { input }, ctx) =>
      toPayload(
        'case',
        await chooseCaseDeliveryAddress(ctx, {
          caseId: inputId(input.caseId, 'Case'),
          addressId: inputId(input.addressId, 'DeliveryAddress'),
        }),
      ),
  },
  User: {
    deliveryAddresses: async (user, _args, ctx) => {
      if (!deliveryPolicy.allows(ctx.principal, 'delivery.manageAddresses', { ownerId: user.id })) return [];
      const addresses = await ctx.db.deliveryAddress.findMany({
        where: { userId: user.id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      const owner = await ctx.db.user.findUnique({
        where: { id: user.id },
        select: { defaultDeliveryAddressId: true },
      });
      const isDefault = (id: string) => id === owner?.defaultDeliveryAddressId;
      return [...addresses.filter((a) => isDefault(a.id)), ...addresses.filter((a) => !isDefault(a.id))];
    },
    postalDeliveries: (user, args, ctx) => listPostalDeliveries(ctx, user, args),
  },
  Case: {
    deliveryAddress: (kase, _args, ctx) => readCaseDeliveryAddress(ctx, kase),
    canChooseDeliveryAddress: (kase, _args, ctx) =>
      deliveryPolicy.allows(ctx.principal, 'delivery.chooseForCase', { ownerId: kase.applicantId }) &&
      ADDRESS_CHOOSABLE_STATUSES.includes(kase.status),
  },
  DeliveryAddress: {
    id: (address) => toGlobalId('DeliveryAddress', address.id),
    maskedPhone: (address) => address.phoneMasked,
    isDefault: async (address, _args, ctx) =>
      (
        await ctx.db.user.findUnique({
          where: { id: address.userId },
          select: { defaultDeliveryAddressId: true },
        })
      )?.defaultDeliveryAddressId === address.id,
  },
  CaseDeliveryAddress: {
    maskedPhone: (address) => address.phoneMasked,
  },
  PostalDelivery: {
    case: async (row, _args, ctx) => (await findCase(ctx, row.id))!,
    status: (row) => (row.status === 'COMPLETED' && row.deliveryMethod === 'EMS' ? 'POSTED' : 'AWAITING'),
    trackingNumber: (row) => row.trackingNumber,
    address: (row) => row.deliveryAddress,
  },
};

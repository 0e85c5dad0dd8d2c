import { nodeType, type HallModule } from '../node/node-types.ts';
import { deliveryResolvers } from './resolvers.ts';
import { deliveryPolicy } from './delivery-policy.ts';

export const deliveryModule: HallModule = {
  name: 'delivery',
  resolvers: deliveryResolvers,
  nodeTypes: {
    DeliveryAddress: nodeType({
      load: (ctx, id) => ctx.db.deliveryAddress.findUnique({ where: { id } }),
      check: (ctx, address) =>
        deliveryPolicy.allows(ctx.principal, 'delivery.manageAddresses', { ownerId: address.userId }),
    }),
  },
};

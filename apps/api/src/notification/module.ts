import { nodeType, type HallModule } from '../node/node-types.ts';
import { notificationResolvers } from './resolvers.ts';
import { notificationPolicy } from './notification-policy.ts';

export const notificationModule: HallModule = {
  name: 'notification',
  resolvers: notificationResolvers,
  nodeTypes: {
    Notification: nodeType({
      load: (ctx, id) => ctx.db.notification.findUnique({ where: { id } }),
      check: (ctx, notification) =>
        notificationPolicy.allows(ctx.principal, 'notification.read', { ownerId: notification.userId }),
    }),
  },
};

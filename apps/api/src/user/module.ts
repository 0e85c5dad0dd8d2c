import { nodeType, type HallModule } from '../node/node-types.ts';
import { userResolvers } from './resolvers.ts';
import { canReadSession, canReadUser } from './user-policy.ts';

export const userModule: HallModule = {
  name: 'user',
  resolvers: userResolvers,
  nodeTypes: {
    User: nodeType({
      // Only the caller's own row is ever loaded: staff look-ups of people go through audited paths.
      load: async (ctx, id) =>
        ctx.principal.kind === 'user' && ctx.principal.user.id === id ? ctx.principal.user : null,
      check: (ctx, user) => canReadUser(ctx.principal, user),
    }),
    UserSession: nodeType({
      load: (ctx, id) => ctx.db.session.findUnique({ where: { id } }),
      check: (ctx, session) => canReadSession(ctx.principal, session),
    }),
  },
};

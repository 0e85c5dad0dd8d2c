import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { changePassword } from '../auth/change-password.ts';

export const userResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => (ctx.principal.kind === 'user' ? ctx.principal.user : null),
  },
  Mutation: {
    changePassword: async (_parent, { input }, ctx) => {
      const { result, lockedUntil } = await changePassword(ctx, input);
      return result.ok
        ? { revokedSessions: result.value.revokedSessions, lockedUntil: null, userErrors: [] }
        : { revokedSessions: null, lockedUntil, userErrors: result.errors };
    },
  },
  User: {
    id: (user) => toGlobalId('User', user.id),
    maskedIdNumber: (user) => user.idNumberMasked,
    maskedPhone: (user) => user.phoneMasked,
    department: (user, _args, ctx) =>
      user.departmentId ? ctx.loaders.departmentById.load(user.departmentId) : null,
  },
};

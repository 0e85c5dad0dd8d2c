import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';

export const userResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => (ctx.principal.kind === 'user' ? ctx.principal.user : null),
  },
  User: {
    id: (user) => toGlobalId('User', user.id),
    maskedIdNumber: (user) => user.idNumberMasked,
    maskedPhone: (user) => user.phoneMasked,
    department: (user, _args, ctx) =>
      user.departmentId ? ctx.loaders.departmentById.load(user.departmentId) : null,
  },
};

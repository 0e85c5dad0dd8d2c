import type { Resolvers } from '../generated/graphql.ts';

export const limitsResolvers: Resolvers = {
  Query: {
    rateLimit: (_parent, _args, ctx) => {
      if (!ctx.rateLimit) throw new Error('rateLimit read before the request was charged');
      return ctx.rateLimit;
    },
  },
};

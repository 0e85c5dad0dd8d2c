import type { Resolvers } from '../generated/graphql.ts';
import { canReadCase } from '../case/case-policy.ts';
import { listMyFiles } from './list-my-files.ts';

export const fileResolvers: Resolvers = {
  User: {
    files: (user, args, ctx) => listMyFiles(ctx, user, args),
  },
  CaseMaterial: {
    case: async (material, _args, ctx) => {
      const kase = await ctx.db.case.findUnique({ where: { id: material.caseId } });
      return kase && canReadCase(ctx.principal, kase) ? kase : null;
    },
  },
};

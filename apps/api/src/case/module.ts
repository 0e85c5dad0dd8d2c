import { nodeType, type HallModule } from '../node/node-types.ts';
import { canReadCase } from './case-policy.ts';
import { caseResolvers } from './resolvers.ts';

export const caseModule: HallModule = {
  name: 'case',
  resolvers: caseResolvers,
  nodeTypes: {
    Case: nodeType({
      load: (ctx, id) => ctx.db.case.findUnique({ where: { id } }),
      check: (ctx, kase) => canReadCase(ctx.principal, kase),
    }),
  },
};

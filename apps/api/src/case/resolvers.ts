import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { LIST_OF_STATUS } from './case-lists.ts';
import { listMyCases } from './list-my-cases.ts';

export const caseResolvers: Resolvers = {
  Query: {
    myCases: (_parent, args, ctx) => listMyCases(ctx, args),
  },
  Case: {
    id: (kase) => toGlobalId('Case', kase.id),
    list: (kase) => LIST_OF_STATUS[kase.status],
    item: async (kase, _args, ctx) => (await ctx.loaders.serviceItemById.load(kase.itemId))!,
    department: async (kase, _args, ctx) => (await ctx.loaders.departmentById.load(kase.departmentId))!,
    applicantName: async (kase, _args, ctx) =>
      (await ctx.loaders.userById.load(kase.applicantId))?.name ?? '',
    timeline: (kase, _args, ctx) =>
      ctx.db.caseEvent.findMany({
        where: { caseId: kase.id },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
        include: { actorUser: { select: { name: true } }, actorClient: { select: { name: true } } },
      }),
  },
  CaseEvent: {
    actorName: (event) => {
      const withActors = event as typeof event & {
        actorUser?: { name: string } | null;
        actorClient?: { name: string } | null;
      };
      return withActors.actorUser?.name ?? withActors.actorClient?.name ?? null;
    },
    missingMaterials: (event) => {
      const details = event.details as { missingMaterials?: unknown } | null;
      return Array.isArray(details?.missingMaterials) ? details.missingMaterials.map(String) : [];
    },
  },
};

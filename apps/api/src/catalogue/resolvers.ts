import type { Resolvers } from '../generated/graphql.ts';
import { meetsLevel } from '../account/index.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { parseGlobalId } from '../lib/payload.ts';
import { listCatalogueItems } from './list-catalogue-items.ts';

// The catalogue is public: anyone may read departments and service items.
export const catalogueResolvers: Resolvers = {
  Query: {
    departments: (_parent, _args, ctx) => ctx.db.department.findMany({ orderBy: { code: 'asc' } }),
    serviceItems: (_parent, args, ctx) => {
      const departmentId = args.departmentId ? parseGlobalId(args.departmentId, 'Department') : null;
      if (args.departmentId && !departmentId) return [];
      return ctx.db.serviceItem.findMany({
        where: departmentId ? { departmentId } : {},
        orderBy: { code: 'asc' },
      });
    },
    catalogueItems: (_parent, args, ctx) => listCatalogueItems(ctx, args),
  },
  Department: {
    id: (department) => toGlobalId('Department', department.id),
  },
  ServiceItem: {
    id: (item) => toGlobalId('ServiceItem', item.id),
    department: async (item, _args, ctx) => (await ctx.loaders.departmentById.load(item.departmentId))!,
    missingLevel: (item, _args, ctx) =>
      ctx.principal.kind === 'user' && !meetsLevel(ctx.principal.user.realNameLevel, item.requiredLevel)
        ? item.requiredLevel
        : null,
    materials: (item, _args, ctx) =>
      ctx.db.serviceItemMaterial.findMany({ where: { itemId: item.id }, orderBy: { sortOrder: 'asc' } }),
  },
  ServiceItemMaterial: {
    id: (material) => toGlobalId('ServiceItemMaterial', material.id),
  },
};

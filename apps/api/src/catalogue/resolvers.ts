import type { Resolvers } from '../generated/graphql.ts';
import { fromGlobalId, toGlobalId } from '../lib/global-id.ts';
import { listCatalogueItems } from './list-catalogue-items.ts';

// The catalogue is public: anyone may read departments and service items.
export const catalogueResolvers: Resolvers = {
  Query: {
    departments: (_parent, _args, ctx) => ctx.db.department.findMany({ orderBy: { code: 'asc' } }),
    serviceItems: (_parent, args, ctx) => {
      const department = args.departmentId ? fromGlobalId(args.departmentId) : null;
      if (args.departmentId && department?.type !== 'Department') return [];
      return ctx.db.serviceItem.findMany({
        where: department ? { departmentId: department.id } : {},
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
    materials: (item, _args, ctx) =>
      ctx.db.serviceItemMaterial.findMany({ where: { itemId: item.id }, orderBy: { sortOrder: 'asc' } }),
  },
  ServiceItemMaterial: {
    id: (material) => toGlobalId('ServiceItemMaterial', material.id),
  },
};

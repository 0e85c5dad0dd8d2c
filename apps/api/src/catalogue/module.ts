import { nodeType, type HallModule } from '../node/node-types.ts';
import { catalogueResolvers } from './resolvers.ts';

/** The public catalogue: departments and service items are everyone's to read. */
export const catalogueModule: HallModule = {
  name: 'catalogue',
  resolvers: catalogueResolvers,
  nodeTypes: {
    Department: nodeType({ load: (ctx, id) => ctx.loaders.departmentById.load(id), check: () => true }),
    ServiceItem: nodeType({ load: (ctx, id) => ctx.loaders.serviceItemById.load(id), check: () => true }),
  },
};

import { nodeType, type HallModule } from '../node/node-types.ts';
import { portalResolvers } from './resolvers.ts';
import { canReadNotice } from './list-notices.ts';

/** The portal (首页): search, categories, popular items, notices and the 关怀模式 setting. */
export const portalModule: HallModule = {
  name: 'portal',
  resolvers: portalResolvers,
  nodeTypes: {
    ServiceCategory: nodeType({
      load: (ctx, id) => ctx.db.serviceCategory.findUnique({ where: { id } }),
      check: () => true,
    }),
    Notice: nodeType({
      load: (ctx, id) => ctx.db.notice.findUnique({ where: { id } }),
      check: (ctx, notice) => canReadNotice(ctx, notice),
    }),
  },
};

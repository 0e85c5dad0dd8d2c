import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { portalPolicy } from './portal-policy.ts';
import { searchServiceItems } from './search-service-items.ts';
import { listPopularItems } from './list-popular-items.ts';
import { listAllNotices, listPublishedNotices } from './list-notices.ts';
import { createNotice } from './create-notice.ts';
import { setNoticePublished } from './set-notice-published.ts';
import { updateDisplaySettings } from './update-display-settings.ts';

export const portalResolvers: Resolvers = {
  Query: {
    searchServiceItems: async (_parent, args, ctx) => {
      const { page, totalCount } = await searchServiceItems(ctx, args);
      return { ...page, totalCount };
    },
    serviceCategories: (_parent, args, ctx) =>
      ctx.db.serviceCategory.findMany({
        where: args.audience ? { audience: args.audience } : {},
        orderBy: [{ audience: 'asc' }, { kind: 'asc' }, { sortOrder: 'asc' }, { code: 'asc' }],
      }),
    popularServiceItems: (_parent, args, ctx) => listPopularItems(ctx, args.first),
    notices: (_parent, args, ctx) => listPublishedNotices(ctx, args),
    allNotices: (_parent, args, ctx) => listAllNotices(ctx, args),
  },
  Mutation: {
    createNotice: async (_parent, { input }, ctx) => toPayload('notice', await createNotice(ctx, input)),
    setNoticePublished: async (_parent, { input }, ctx) =>
      toPayload(
        'notice',
        await setNoticePublished(ctx, {
          noticeId: inputId(input.noticeId, 'Notice'),
          published: input.published,
        }),
      ),
    updateDisplaySettings: async (_parent, { input }, ctx) =>
      toPayload('user', await updateDisplaySettings(ctx, input)),
  },
  ServiceCategory: {
    id: (category) => toGlobalId('ServiceCategory', category.id),
    items: (category, _args, ctx) =>
      ctx.db.serviceItem.findMany({
        where: { categories: { some: { categoryId: category.id } } },
        orderBy: [{ name: 'asc' }],
      }),
  },
  ServiceItem: {
    categories: (item, _args, ctx) =>
      ctx.db.serviceCategory.findMany({
        where: { items: { some: { itemId: item.id } } },
        orderBy: [{ audience: 'asc' }, { kind: 'asc' }, { sortOrder: 'asc' }],
      }),
  },
  Notice: {
    id: (notice) => toGlobalId('Notice', notice.id),
  },
  User: {
    careMode: async (user, _args, ctx) => {
      if (!portalPolicy.allows(ctx.principal, 'portal.updateDisplaySettings', { ownerId: user.id }))
        return false;
      const row = await ctx.db.user.findUnique({ where: { id: user.id }, select: { careMode: true } });
      return row?.careMode ?? false;
    },
  },
};

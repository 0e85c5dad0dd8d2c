import type { Resolvers } from '../generated/graphql.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { addFavouriteItem } from './add-favourite-item.ts';
import { removeFavouriteItem } from './remove-favourite-item.ts';
import { favouriteOwnerFor, listFavouriteItems } from './list-favourite-items.ts';

export const favouriteResolvers: Resolvers = {
  Mutation: {
    addFavouriteItem: async (_parent, { input }, ctx) =>
      toPayload('favourite', await addFavouriteItem(ctx, { itemId: inputId(input.itemId, 'ServiceItem') })),
    removeFavouriteItem: async (_parent, { input }, ctx) => {
      const result = await removeFavouriteItem(ctx, { itemId: inputId(input.itemId, 'ServiceItem') });
      if (!result.ok) return { item: null, userErrors: result.errors };
      return { item: (await ctx.loaders.serviceItemById.load(result.value.itemId))!, userErrors: [] };
    },
  },
  User: {
    favouriteItems: (user, args, ctx) => listFavouriteItems(ctx, user, args),
  },
  ServiceItem: {
    isFavourite: async (item, _args, ctx) => {
      if (ctx.principal.kind !== 'user') return false;
      const ids = await ctx.loaders.favouriteItemIds.load(favouriteOwnerFor(ctx, ctx.principal.user.id));
      return ids.has(item.id);
    },
  },
  FavouriteItem: {
    item: async (favourite, _args, ctx) => (await ctx.loaders.serviceItemById.load(favourite.itemId))!,
  },
};

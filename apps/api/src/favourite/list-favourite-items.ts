import type { Context } from '../context.ts';
import type { FavouriteItem } from '../generated/prisma/client.ts';
import type { PrincipalUser } from '../auth/principal.ts';
import { keysetWhere, pageOf } from '../lib/keyset-cursor.ts';
import { NO_ROW_ID } from '../lib/payload.ts';
import { favouritePolicy } from './favourite-policy.ts';

/** Whose favourites the caller may read when asking through `user`: their own (with CITIZEN), or nobody's. */
export const favouriteOwnerFor = (ctx: Context, userId: string) =>
  favouritePolicy.allows(ctx.principal, 'favourite.manage', { ownerId: userId }) ? userId : NO_ROW_ID;

/** 我的收藏: the user's starred items, newest first, cursor-paged (at most 100 a page). */
export function listFavouriteItems(
  ctx: Context,
  user: PrincipalUser,
  args: { first?: number | null; after?: string | null },
) {
  const where = { userId: favouriteOwnerFor(ctx, user.id) };
  return pageOf<FavouriteItem>(
    args,
    (row) => row.createdAt,
    (take) =>
      ctx.db.favouriteItem.findMany({
        where: { ...where, ...keysetWhere(args.after, 'createdAt') },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    () => ctx.db.favouriteItem.count({ where }),
  );
}

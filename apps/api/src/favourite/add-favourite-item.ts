import type { Context } from '../context.ts';
import type { FavouriteItem } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { favouritePolicy } from './favourite-policy.ts';

/**
 * 收藏: stars a service item for the caller. Starring it again answers the same favourite (a double click or
 * two tabs): the unique (user, item) index keeps one row, and the insert that loses the race reads it.
 */
export async function addFavouriteItem(
  ctx: Context,
  input: { itemId: string },
): Promise<Result<FavouriteItem>> {
  const { user } = favouritePolicy.requireUser(ctx.principal, 'favourite.manage');
  const item = await ctx.db.serviceItem.findUnique({ where: { id: input.itemId }, select: { id: true } });
  if (!item) return refused(userError('NOT_FOUND', '未找到该事项。', ['input', 'itemId']));
  const key = { userId: user.id, itemId: item.id };
  const now = ctx.clock.now();
  const [inserted] = await ctx.db.$queryRaw<{ id: string }[]>`
    INSERT INTO "favourite_items" ("id", "user_id", "item_id", "created_at")
    VALUES (uuid_v7(${now}::timestamptz), ${user.id}::uuid, ${item.id}::uuid, ${now})
    ON CONFLICT ("user_id", "item_id") DO NOTHING
    RETURNING "id"::text`;
  const favourite = await ctx.db.favouriteItem.findUniqueOrThrow({
    where: inserted ? { id: inserted.id } : { userId_itemId: key },
  });
  return ok(favourite);
}

import type { Context } from '../context.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { favouritePolicy } from './favourite-policy.ts';

/** 取消收藏: removes the caller's star from an item; an item the caller has not starred is NOT_FOUND. */
export async function removeFavouriteItem(
  ctx: Context,
  input: { itemId: string },
): Promise<Result<{ itemId: string }>> {
  const { user } = favouritePolicy.requireUser(ctx.principal, 'favourite.manage');
  const removed = await ctx.db.favouriteItem.deleteMany({ where: { userId: user.id, itemId: input.itemId } });
  if (removed.count === 0) return refused(userError('NOT_FOUND', '未收藏该事项。', ['input', 'itemId']));
  return ok({ itemId: input.itemId });
}

import type { Context } from '../context.ts';
import { MAX_PAGE_SIZE } from '../lib/connection.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { notificationPolicy } from './notification-policy.ts';

const IDS = ['input', 'notificationIds'];

/**
 * 已读 / 全部已读: marks the caller's notifications read. An ID that is not one of the caller's own is NOT_FOUND
 * and nothing is marked; already read ones keep their first read time.
 */
export async function markNotificationsRead(
  ctx: Context,
  input: { notificationIds: string[] | null; all: boolean },
): Promise<Result<{ markedCount: number; unreadCount: number }>> {
  const { user } = notificationPolicy.requireUser(ctx.principal, 'notification.markRead');
  const now = ctx.clock.now();
  const ids = [...new Set(input.notificationIds ?? [])];
  if (!input.all) {
    if (ids.length === 0) return refused(userError('REQUIRED', '请选择要标为已读的消息。', IDS));
    if (ids.length > MAX_PAGE_SIZE) {
      return refused(userError('INVALID', `一次最多标记 ${MAX_PAGE_SIZE} 条消息。`, IDS));
    }
    const own = await ctx.db.notification.count({ where: { id: { in: ids }, userId: user.id } });
    if (own !== ids.length) return refused(notFound(IDS, '未找到该消息。'));
  }
  const { count } = await ctx.db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(input.all ? {} : { id: { in: ids } }) },
    data: { readAt: now },
  });
  const unreadCount = await ctx.db.notification.count({ where: { userId: user.id, readAt: null } });
  return ok({ markedCount: count, unreadCount });
}

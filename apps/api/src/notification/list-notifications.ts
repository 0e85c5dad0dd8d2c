import type { Context } from '../context.ts';
import type { Notification } from '../generated/prisma/client.ts';
import type { PrincipalUser } from '../auth/principal.ts';
import { keysetWhere, pageOf } from '../lib/keyset-cursor.ts';
import { NO_ROW_ID } from '../lib/payload.ts';
import { notificationPolicy } from './notification-policy.ts';

/** Whose notifications the caller may read when asking through `user`: theirs, or nobody's. */
const ownerFor = (ctx: Context, user: PrincipalUser) =>
  notificationPolicy.allows(ctx.principal, 'notification.read', { ownerId: user.id }) ? user.id : NO_ROW_ID;

/** 消息通知: the user's notifications, newest first (only unread ones with `unreadOnly`). */
export function listNotifications(
  ctx: Context,
  user: PrincipalUser,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
) {
  const where = { userId: ownerFor(ctx, user), ...(args.unreadOnly ? { readAt: null } : {}) };
  return pageOf<Notification>(
    args,
    (notification) => notification.createdAt,
    (take) =>
      ctx.db.notification.findMany({
        where: { ...where, ...keysetWhere(args.after, 'createdAt') },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    () => ctx.db.notification.count({ where }),
  );
}

/** The header's count: the user's unread notifications. */
export function unreadNotificationCount(ctx: Context, user: PrincipalUser): Promise<number> {
  return ctx.db.notification.count({ where: { userId: ownerFor(ctx, user), readAt: null } });
}

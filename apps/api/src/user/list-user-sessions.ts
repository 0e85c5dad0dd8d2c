import type { Context } from '../context.ts';
import type { Session } from '../generated/prisma/client.ts';
import type { PrincipalUser } from '../auth/principal.ts';
import { liveSessionWhere } from '../auth/session-policy.ts';
import { keysetWhere, pageOf } from '../lib/keyset-cursor.ts';
import { NO_ROW_ID } from '../lib/payload.ts';
import { canReadUser } from './user-policy.ts';

/**
 * A user's sign-ins, newest first (登录记录), or only those still signed in (在线设备). Empty for anyone but the
 * user themself: the User node is only ever the caller's own row, and this checks it again.
 */
export async function listUserSessions(
  ctx: Context,
  user: PrincipalUser,
  args: { first?: number | null; after?: string | null; activeOnly?: boolean | null },
) {
  const where = {
    userId: canReadUser(ctx.principal, user) ? user.id : NO_ROW_ID,
    ...(args.activeOnly ? liveSessionWhere(ctx.sessionPolicy, user, ctx.clock.now()) : {}),
  };
  return pageOf<Session>(
    args,
    (session) => session.createdAt,
    (take) =>
      ctx.db.session.findMany({
        where: { ...where, ...keysetWhere(args.after, 'createdAt') },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    () => ctx.db.session.count({ where }),
  );
}

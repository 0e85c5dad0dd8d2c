import type { Db } from '../db/prisma.ts';
import type { Clock } from '../lib/clock.ts';

/** Ends one session at once (退出). Revoking twice keeps the first time. Returns whether it was live. */
export async function revokeSession(
  deps: { db: Pick<Db, 'session'>; clock: Clock },
  input: { sessionId: string; userId: string },
): Promise<boolean> {
  const { count } = await deps.db.session.updateMany({
    where: { id: input.sessionId, userId: input.userId, revokedAt: null },
    data: { revokedAt: deps.clock.now() },
  });
  return count > 0;
}

/** Ends every live session of a user but `exceptSessionId` (password change, account disabled). */
export async function revokeUserSessions(
  deps: { db: Pick<Db, 'session'>; clock: Clock },
  input: { userId: string; exceptSessionId?: string | null },
): Promise<number> {
  const { count } = await deps.db.session.updateMany({
    where: {
      userId: input.userId,
      revokedAt: null,
      ...(input.exceptSessionId ? { id: { not: input.exceptSessionId } } : {}),
    },
    data: { revokedAt: deps.clock.now() },
  });
  return count;
}

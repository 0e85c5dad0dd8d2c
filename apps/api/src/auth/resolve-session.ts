import type { Db } from '../db/prisma.ts';
import { PRINCIPAL_USER_COLUMNS, type PrincipalUser } from './principal.ts';
import type { Clock } from '../lib/clock.ts';
import { idleTimeoutFor, type SessionPolicy } from './session-policy.ts';

/**
 * The user of a live session, or null when the session is unknown, belongs to someone else, was revoked
 * (signed out, password changed), has been idle too long, has passed its absolute lifetime, or its user is
 * disabled. Records activity at most once per `touchEveryMs`, with a conditional update so concurrent
 * requests of one session write once.
 */
export async function resolveSession(
  deps: { db: Db; clock: Clock; sessionPolicy: SessionPolicy },
  input: { sessionId: string; userId: string },
): Promise<PrincipalUser | null> {
  if (!UUID.test(input.sessionId)) return null;
  const session = await deps.db.session.findUnique({
    where: { id: input.sessionId },
    include: { user: { select: PRINCIPAL_USER_COLUMNS } },
  });
  if (!session || session.userId !== input.userId || session.revokedAt) return null;
  const now = deps.clock.now();
  if (now >= session.expiresAt || !session.user.isActive) return null;
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  if (idleFor >= idleTimeoutFor(deps.sessionPolicy, session.user)) return null;
  if (idleFor >= deps.sessionPolicy.touchEveryMs) {
    await deps.db.session.updateMany({
      where: { id: session.id, lastSeenAt: session.lastSeenAt },
      data: { lastSeenAt: now },
    });
  }
  return session.user;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

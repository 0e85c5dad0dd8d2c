import type { Db } from '../db/prisma.ts';
import type { Session } from '../generated/prisma/client.ts';
import type { Clock } from '../lib/clock.ts';
import type { SessionPolicy } from './session-policy.ts';

/** Opens a server-side session at sign-in; its id goes into the next-auth token as `sid`. */
export function createSession(
  deps: { db: Db; clock: Clock; sessionPolicy: SessionPolicy },
  input: { userId: string; ip?: string | null; userAgent?: string | null },
): Promise<Session> {
  const now = deps.clock.now();
  return deps.db.session.create({
    data: {
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + deps.sessionPolicy.absoluteMs),
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
    },
  });
}

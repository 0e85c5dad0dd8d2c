import type { User } from '../generated/prisma/client.ts';

/** How long a web session lives. Staff sessions go idle sooner: they open other people's data. */
export interface SessionPolicy {
  idleMs: number;
  staffIdleMs: number;
  absoluteMs: number;
  /** `last_seen_at` is written at most this often per session, so most requests only read */
  touchEveryMs: number;
}

export const defaultSessionPolicy: SessionPolicy = {
  idleMs: 30 * 60_000,
  staffIdleMs: 15 * 60_000,
  absoluteMs: 8 * 60 * 60_000,
  touchEveryMs: 60_000,
};

export function idleTimeoutFor(policy: SessionPolicy, user: Pick<User, 'roles'>): number {
  const isStaff = user.roles.some((role) => role !== 'CITIZEN');
  return isStaff ? policy.staffIdleMs : policy.idleMs;
}

/** Whether a session still signs its user in: not ended (退出, password change), not past its lifetime, not idle. */
export function isSessionLive(
  policy: SessionPolicy,
  session: { lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null },
  user: Pick<User, 'roles'>,
  now: Date,
): boolean {
  if (session.revokedAt || now >= session.expiresAt) return false;
  return now.getTime() - session.lastSeenAt.getTime() < idleTimeoutFor(policy, user);
}

/** `isSessionLive` as a Prisma condition on the sessions of one user, for lists of live sessions. */
export function liveSessionWhere(policy: SessionPolicy, user: Pick<User, 'roles'>, now: Date) {
  return {
    revokedAt: null,
    expiresAt: { gt: now },
    lastSeenAt: { gt: new Date(now.getTime() - idleTimeoutFor(policy, user)) },
  };
}

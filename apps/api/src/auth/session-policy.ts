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

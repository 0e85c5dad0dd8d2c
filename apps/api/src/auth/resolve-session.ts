import { hotQuery, type Db } from '../db/prisma.ts';
import { PRINCIPAL_USER_COLUMNS, type PrincipalUser } from './principal.ts';
import type { Clock } from '../lib/clock.ts';
import { isSessionLive, type SessionPolicy } from './session-policy.ts';

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
  // One statement for the session and its user: this runs on every request (an ORM `include` would be two).
  const rows = await hotQuery<SessionWithUser>(
    deps.db,
    `SELECT s.id AS "sessionId", s.user_id AS "userId", s.last_seen_at AS "lastSeenAt",
           s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt",
           u.id, u.kind::text AS kind, u.name, u.id_number_hash AS "idNumberHash",
           u.id_number_masked AS "idNumberMasked", u.phone_hash AS "phoneHash", u.phone_masked AS "phoneMasked",
           u.real_name_level::text AS "realNameLevel", u.roles::text[] AS roles,
           u.company_credit_code AS "companyCreditCode", u.company_name AS "companyName",
           u.department_id AS "departmentId", u.is_active AS "isActive", u.created_at AS "createdAt",
           u.updated_at AS "updatedAt"
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = $1::uuid`,
    [input.sessionId],
  );
  const row = rows[0];
  const session = row && {
    id: row.sessionId,
    userId: row.userId,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    user: principalUserOf(row),
  };
  if (!session || session.userId !== input.userId || !session.user.isActive) return null;
  const now = deps.clock.now();
  if (!isSessionLive(deps.sessionPolicy, session, session.user, now)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= deps.sessionPolicy.touchEveryMs) {
    await deps.db.session.updateMany({
      where: { id: session.id, lastSeenAt: session.lastSeenAt },
      data: { lastSeenAt: now },
    });
  }
  return session.user;
}

type SessionWithUser = PrincipalUser & {
  sessionId: string;
  userId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
};

/** The user's columns of the joined row: exactly PRINCIPAL_USER_COLUMNS (tested against the ORM's select). */
function principalUserOf(row: SessionWithUser): PrincipalUser {
  const user = {} as Record<string, unknown>;
  for (const column of Object.keys(PRINCIPAL_USER_COLUMNS)) user[column] = row[column as keyof PrincipalUser];
  return user as PrincipalUser;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

import type { Db } from '../db/prisma.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Principal } from '../auth/principal.ts';

export interface AuditEntry {
  /** dotted verb, e.g. 'citizen.lookup_by_id_number' */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Prisma.InputJsonValue;
}

type Tx = Pick<Db, 'auditLog'>;

/** Appends to the audit log (append-only in the database). Never store a full ID number in `details`. */
export async function writeAuditLog(
  db: Tx,
  actor: { principal: Principal; ip: string | null },
  entry: AuditEntry,
): Promise<void> {
  await db.auditLog.create({
    data: {
      actorUserId: actor.principal.kind === 'user' ? actor.principal.user.id : null,
      actorClientId: actor.principal.kind === 'client' ? actor.principal.client.id : null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      details: entry.details,
      ip: actor.ip,
    },
  });
}

import type { Context } from '../context.ts';
import type { Case, CaseStatus, Prisma } from '../generated/prisma/client.ts';
import type { UserPrincipal } from '../auth/principal.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { canTransition, STATUS_LABEL } from './case-transitions.ts';
import { casePolicy, caseTarget, type CasePermission } from './case-policy.ts';
import { recordCaseStatusChange } from './case-outbox.ts';

export interface TransitionRequest {
  caseId: string;
  to: CaseStatus;
  reason?: string | null;
  details?: Prisma.InputJsonValue;
  /** further columns to set together with the status */
  patch?: Prisma.CaseUncheckedUpdateManyInput;
  expectedVersion?: number | null;
}

const staleCase = (field: string) => userError('STALE', '办件已被他人更新，请刷新后重试。', ['input', field]);

/** The refusal of a change the transition table does not allow, or null when it does. */
export function transitionRefusal(from: CaseStatus, to: CaseStatus): UserError | null {
  if (canTransition(from, to)) return null;
  return userError(
    'INVALID_TRANSITION',
    `办件当前状态为「${STATUS_LABEL[from]}」，不能变更为「${STATUS_LABEL[to]}」。`,
    ['input', 'caseId'],
  );
}

/**
 * The one gate every change of a case's status passes, inside the caller's transaction: the transition
 * table, the version the change was based on, and the timeline event written with it.
 */
export async function recordTransition(
  tx: Prisma.TransactionClient,
  kase: Case,
  change: Omit<TransitionRequest, 'caseId' | 'expectedVersion'> & { actorUserId: string; at: Date },
): Promise<Result<Case>> {
  const refusal = transitionRefusal(kase.status, change.to);
  if (refusal) return refused(refusal);
  // The version check makes two clerks acting at once safe: the second update matches no row.
  const updated = await tx.case.updateMany({
    where: { id: kase.id, version: kase.version, status: kase.status },
    data: { ...change.patch, status: change.to, statusChangedAt: change.at, version: { increment: 1 } },
  });
  if (updated.count !== 1) return refused(staleCase('caseId'));
  await tx.caseEvent.create({
    data: {
      caseId: kase.id,
      fromStatus: kase.status,
      toStatus: change.to,
      actorUserId: change.actorUserId,
      reason: change.reason ?? null,
      details: change.details,
      occurredAt: change.at,
    },
  });
  await recordCaseStatusChange(tx, {
    caseId: kase.id,
    from: kase.status,
    to: change.to,
    occurredAt: change.at,
  });
  return ok(await tx.case.findUniqueOrThrow({ where: { id: kase.id } }));
}

/**
 * A department action: moves a case to a new status and writes the timeline event, atomically. A case the
 * actor's `permission` does not reach is reported as not found (its existence is not disclosed); an illegal
 * or concurrent change is refused and leaves the case untouched.
 */
export async function transitionCase(
  ctx: Pick<Context, 'db' | 'clock'>,
  actor: UserPrincipal,
  permission: CasePermission,
  request: TransitionRequest,
): Promise<Result<Case>> {
  const kase = await ctx.db.case.findUnique({ where: { id: request.caseId } });
  if (!kase || !casePolicy.allows(actor, permission, caseTarget(kase))) {
    return refused(userError('NOT_FOUND', '未找到该办件。', ['input', 'caseId']));
  }
  if (request.expectedVersion != null && request.expectedVersion !== kase.version) {
    return refused(staleCase('expectedVersion'));
  }
  const refusal = transitionRefusal(kase.status, request.to);
  if (refusal) return refused(refusal);
  const at = ctx.clock.now();
  return ctx.db.$transaction((tx) =>
    recordTransition(tx, kase, { ...request, actorUserId: actor.user.id, at }),
  );
}

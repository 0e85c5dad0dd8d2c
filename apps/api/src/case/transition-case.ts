import type { Context } from '../context.ts';
import type { Case, CaseStatus, Prisma } from '../generated/prisma/client.ts';
import type { UserPrincipal } from '../auth/principal.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { canTransition, STATUS_LABEL } from './case-transitions.ts';
import { recordCaseStatusChange } from './case-outbox.ts';

export interface TransitionRequest {
  caseId: string;
  to: CaseStatus;
  reason?: string | null;
  details?: Prisma.InputJsonValue;
  /** further columns to set together with the status */
  patch?: Prisma.CaseUpdateManyMutationInput;
  expectedVersion?: number | null;
}

/** Who may move a case: by default the staff of its own department. */
export const departmentOfCase = (actor: UserPrincipal, kase: Case) =>
  kase.departmentId === actor.user.departmentId;

/**
 * Moves a case to a new status and writes the timeline event, atomically. A case the actor may not act on
 * is reported as not found (its existence is not disclosed); an illegal or concurrent change is refused and
 * leaves the case untouched.
 */
export async function transitionCase(
  ctx: Pick<Context, 'db' | 'clock'>,
  actor: UserPrincipal,
  request: TransitionRequest,
  mayAct: (actor: UserPrincipal, kase: Case) => boolean = departmentOfCase,
): Promise<Result<Case>> {
  const kase = await ctx.db.case.findUnique({ where: { id: request.caseId } });
  if (!kase || !mayAct(actor, kase)) {
    return refused(userError('NOT_FOUND', '未找到该办件。', ['input', 'caseId']));
  }
  if (request.expectedVersion != null && request.expectedVersion !== kase.version) {
    return refused(userError('STALE', '办件已被他人更新，请刷新后重试。', ['input', 'expectedVersion']));
  }
  if (!canTransition(kase.status, request.to)) {
    return refused(
      userError(
        'INVALID_TRANSITION',
        `办件当前状态为「${STATUS_LABEL[kase.status]}」，不能变更为「${STATUS_LABEL[request.to]}」。`,
        ['input', 'caseId'],
      ),
    );
  }

  const now = ctx.clock.now();
  return ctx.db.$transaction(async (tx) => {
    // The version check makes two clerks acting at once safe: the second update matches no row.
    const updated = await tx.case.updateMany({
      where: { id: kase.id, version: kase.version, status: kase.status },
      data: { ...request.patch, status: request.to, statusChangedAt: now, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      return refused<Case>(userError('STALE', '办件已被他人更新，请刷新后重试。', ['input', 'caseId']));
    }
    await tx.caseEvent.create({
      data: {
        caseId: kase.id,
        fromStatus: kase.status,
        toStatus: request.to,
        actorUserId: actor.user.id,
        reason: request.reason ?? null,
        details: request.details,
        occurredAt: now,
      },
    });
    await recordCaseStatusChange(tx, { caseId: kase.id, from: kase.status, to: request.to, occurredAt: now });
    return ok(await tx.case.findUniqueOrThrow({ where: { id: kase.id } }));
  });
}

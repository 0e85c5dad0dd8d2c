import type { Context } from '../context.ts';
import type { EvaluationAppeal } from '../generated/prisma/client.ts';
import type { EvaluationAppealDecision } from '../generated/graphql.ts';
import { evaluationPolicy } from './evaluation-policy.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { REASON_MAX } from './evaluation-rules.ts';
import { recordAppealDecided } from './evaluation-outbox.ts';

/**
 * The supervisor (好差评管理员) decides a pending appeal once. Upholding deletes nothing: the review stays,
 * marked, and the figures leave it out. The update matches only a PENDING row, so two decisions at once
 * cannot both win (and a trigger refuses any later change).
 */
export async function decideEvaluationAppeal(
  ctx: Context,
  input: { appealId: string; decision: EvaluationAppealDecision; note?: string | null },
): Promise<Result<EvaluationAppeal>> {
  const supervisor = evaluationPolicy.requireUser(ctx.principal, 'evaluation.decideAppeal');
  const note = input.note?.trim() || null;
  if (note && note.length > REASON_MAX) {
    return refused(userError('INVALID', `复核意见不能超过${REASON_MAX}字。`, ['input', 'note']));
  }
  const decided = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.evaluationAppeal.updateMany({
      where: { id: input.appealId, status: 'PENDING' },
      data: {
        status: input.decision === 'UPHOLD' ? 'UPHELD' : 'DISMISSED',
        decidedById: supervisor.user.id,
        decidedAt: ctx.clock.now(),
        decisionNote: note,
      },
    });
    if (updated.count === 1) {
      const appeal = await tx.evaluationAppeal.findUniqueOrThrow({
        where: { id: input.appealId },
        include: { evaluation: { select: { caseId: true } } },
      });
      await recordAppealDecided(tx, appeal.evaluation.caseId, appeal);
    }
    return updated;
  });
  const appeal = await ctx.db.evaluationAppeal.findUnique({ where: { id: input.appealId } });
  if (!appeal) return refused(userError('NOT_FOUND', '未找到该申诉。', ['input', 'appealId']));
  if (decided.count !== 1)
    return refused(userError('TAKEN', '该申诉已复核，不能再次决定。', ['input', 'appealId']));
  return ok(appeal);
}

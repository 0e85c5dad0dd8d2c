import type { Context } from '../context.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import type { Evaluation } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { FOLLOW_UP_MAX } from './evaluation-rules.ts';
import { evaluationPolicy, reachesEvaluation } from './evaluation-policy.ts';
import { findEvaluation } from './find-evaluation.ts';
import { recordEvaluationNote } from './evaluation-outbox.ts';
import type { EvaluationNoteInput } from './reply-to-evaluation.ts';

/** 追评: the applicant adds one follow-up after the department's reply; immutable. */
export async function addEvaluationFollowUp(
  ctx: Context,
  input: EvaluationNoteInput,
): Promise<Result<Evaluation>> {
  const { user } = evaluationPolicy.requireUser(ctx.principal, 'evaluation.addFollowUp');
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (!evaluation || !reachesEvaluation(ctx.principal, 'evaluation.addFollowUp', evaluation.case)) {
    return refused(userError('NOT_FOUND', '未找到该评价。', ['input', 'evaluationId']));
  }
  const notes = await ctx.db.evaluationReply.findMany({
    where: { evaluationId: evaluation.id, kind: { in: ['REPLY', 'FOLLOW_UP'] } },
  });
  if (!notes.some((note) => note.kind === 'REPLY')) {
    return refused(userError('INVALID_TRANSITION', '部门回复后才能追评。', ['input', 'evaluationId']));
  }
  const taken = () => userError('TAKEN', '每条评价只能追评一次。', ['input', 'evaluationId']);
  if (notes.some((note) => note.kind === 'FOLLOW_UP')) return refused(taken());
  const body = input.body.trim();
  if (!body) return refused(userError('REQUIRED', '请填写追评内容。', ['input', 'body']));
  if (body.length > FOLLOW_UP_MAX) {
    return refused(userError('INVALID', `追评不能超过${FOLLOW_UP_MAX}字。`, ['input', 'body']));
  }
  try {
    await ctx.db.$transaction(async (tx) => {
      const note = await tx.evaluationReply.create({
        data: {
          evaluationId: evaluation.id,
          kind: 'FOLLOW_UP',
          authorId: user.id,
          body,
          createdAt: ctx.clock.now(),
        },
      });
      await recordEvaluationNote(tx, evaluation.caseId, note);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused(taken());
    throw error;
  }
  const { case: _case, ...row } = evaluation;
  return ok(row);
}

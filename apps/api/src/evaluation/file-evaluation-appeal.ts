import type { Context } from '../context.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import type { EvaluationAppeal } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { isBadLevel, REASON_MAX } from './evaluation-rules.ts';
import { evaluationPolicy, reachesEvaluation } from './evaluation-policy.ts';
import { findEvaluation } from './find-evaluation.ts';

/** 申诉: the case's department asks the supervisor to exclude a bad review it believes malicious or mistaken. Once. */
export async function fileEvaluationAppeal(
  ctx: Context,
  input: { evaluationId: string; reason: string },
): Promise<Result<EvaluationAppeal>> {
  const staff = evaluationPolicy.requireUser(ctx.principal, 'evaluation.appeal');
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (!evaluation || !reachesEvaluation(staff, 'evaluation.appeal', evaluation.case)) {
    return refused(userError('NOT_FOUND', '未找到该评价。', ['input', 'evaluationId']));
  }
  if (!isBadLevel(evaluation.level)) {
    return refused(userError('INVALID', '只能对差评申诉。', ['input', 'evaluationId']));
  }
  const reason = input.reason.trim();
  if (!reason) return refused(userError('REQUIRED', '请填写申诉理由。', ['input', 'reason']));
  if (reason.length > REASON_MAX) {
    return refused(userError('INVALID', `申诉理由不能超过${REASON_MAX}字。`, ['input', 'reason']));
  }
  const taken = () => userError('TAKEN', '该评价已申诉过。', ['input', 'evaluationId']);
  if (await ctx.db.evaluationAppeal.findUnique({ where: { evaluationId: evaluation.id } }))
    return refused(taken());
  try {
    return ok(
      await ctx.db.evaluationAppeal.create({
        data: {
          evaluationId: evaluation.id,
          departmentId: evaluation.case.departmentId,
          filedById: staff.user.id,
          reason,
          createdAt: ctx.clock.now(),
        },
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return refused(taken());
    throw error;
  }
}

import type { Context } from '../context.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import type { Evaluation, EvaluationChannel, EvaluationLevel } from '../generated/prisma/client.ts';
import type { EvaluationDimension } from '../generated/graphql.ts';
import { evaluationPolicy, reachesEvaluation } from './evaluation-policy.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import {
  COMMENT_MAX,
  dimensionsFor,
  evaluationClosesAt,
  isBadLevel,
  replyDueAtFor,
} from './evaluation-rules.ts';
import { recordEvaluationSubmitted } from './evaluation-outbox.ts';

export interface SubmitEvaluationInput {
  caseId: string;
  level: EvaluationLevel;
  dimensionScores?: { dimension: EvaluationDimension; score: number }[] | null;
  comment?: string | null;
  channel?: EvaluationChannel | null;
}

const taken = () => userError('TAKEN', '该办件已评价，评价提交后不可修改。', ['input', 'caseId']);

/**
 * 评价: the applicant evaluates their own completed case, once, until 24:00 CST of D+7 (D = day of completion).
 * Two submissions at once: the unique index on case_id lets exactly one in; the other is answered TAKEN.
 */
export async function submitEvaluation(
  ctx: Context,
  input: SubmitEvaluationInput,
): Promise<Result<Evaluation>> {
  const { user } = evaluationPolicy.requireUser(ctx.principal, 'evaluation.submit');
  const now = ctx.clock.now();
  const kase = await ctx.db.case.findUnique({ where: { id: input.caseId } });
  if (!kase || !reachesEvaluation(ctx.principal, 'evaluation.submit', kase)) {
    return refused(userError('NOT_FOUND', '未找到该办件。', ['input', 'caseId']));
  }
  if (kase.status !== 'COMPLETED' || !kase.completedAt) {
    return refused(userError('INVALID_TRANSITION', '办件办结后才能评价。', ['input', 'caseId']));
  }
  if (await ctx.db.evaluation.findUnique({ where: { caseId: kase.id }, select: { id: true } })) {
    return refused(taken());
  }
  if (now.getTime() >= evaluationClosesAt(kase.completedAt, ctx.evaluationWindowDays).getTime()) {
    return refused(
      userError(
        'EXPIRED',
        `评价期限（办结后${ctx.evaluationWindowDays}个自然日）已过，系统已记为默认评价。`,
        ['input', 'caseId'],
      ),
    );
  }

  const errors: UserError[] = [];
  const comment = input.comment?.trim() || null;
  if (isBadLevel(input.level) && !comment) {
    errors.push(
      userError('REQUIRED', '选择“不满意”或“非常不满意”时必须填写评价内容。', ['input', 'comment']),
    );
  }
  if (comment && comment.length > COMMENT_MAX) {
    errors.push(userError('INVALID', `评价内容不能超过${COMMENT_MAX}字。`, ['input', 'comment']));
  }
  const channel = input.channel ?? 'PC';
  if (channel !== 'PC' && channel !== 'MOBILE') {
    errors.push(userError('INVALID', '网上评价的渠道只能是电脑端或移动端。', ['input', 'channel']));
  }
  const allowed = dimensionsFor(kase.source);
  const scores: Record<string, number> = {};
  for (const { dimension, score } of input.dimensionScores ?? []) {
    if (!allowed.includes(dimension) || dimension in scores) {
      errors.push(userError('INVALID', '评价维度不适用于该办件或重复。', ['input', 'dimensionScores']));
      break;
    }
    if (!Number.isInteger(score) || score < 1 || score > 5) {
      errors.push(userError('INVALID', '维度评分须为1至5的整数。', ['input', 'dimensionScores']));
      break;
    }
    scores[dimension] = score;
  }
  if (errors.length) return refused(...errors);

  try {
    const evaluation = await ctx.db.$transaction(async (tx) => {
      const created = await tx.evaluation.create({
        data: {
          caseId: kase.id,
          evaluatorId: user.id,
          level: input.level,
          comment,
          channel,
          dimensionScores: Object.keys(scores).length ? scores : undefined,
          submittedAt: now,
          replyDueAt: isBadLevel(input.level) ? replyDueAtFor(now) : null,
        },
      });
      await recordEvaluationSubmitted(tx, created);
      return created;
    });
    return ok(evaluation);
  } catch (error) {
    if (isUniqueViolation(error)) return refused(taken());
    throw error;
  }
}

import type { Context } from '../context.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import type { Evaluation, EvaluationReplyKind } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { isBadLevel, NOTE_MAX } from './evaluation-rules.ts';
import { evaluationPolicy, reachesEvaluation, type EvaluationPermission } from './evaluation-policy.ts';
import { findEvaluation } from './find-evaluation.ts';
import { recordEvaluationNote } from './evaluation-outbox.ts';

export interface EvaluationNoteInput {
  evaluationId: string;
  body: string;
}

type DepartmentNoteKind = Extract<EvaluationReplyKind, 'REPLY' | 'CALLBACK' | 'RECTIFICATION'>;
const PERMISSION_OF: Record<DepartmentNoteKind, EvaluationPermission> = {
  REPLY: 'evaluation.reply',
  CALLBACK: 'evaluation.recordCallback',
  RECTIFICATION: 'evaluation.recordRectification',
};

/**
 * The case's department answers a bad review: the reply (回复, once, shown to the citizen; a late one is
 * accepted and stays overdue), and any number of call-back (回访) and rectification (整改) notes.
 */
async function writeDepartmentNote(
  ctx: Context,
  kind: DepartmentNoteKind,
  input: EvaluationNoteInput,
): Promise<Result<Evaluation>> {
  const permission = PERMISSION_OF[kind];
  const staff = evaluationPolicy.requireUser(ctx.principal, permission);
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (!evaluation || !reachesEvaluation(staff, permission, evaluation.case)) {
    return refused(userError('NOT_FOUND', '未找到该评价。', ['input', 'evaluationId']));
  }
  if (!isBadLevel(evaluation.level)) {
    return refused(userError('INVALID', '只有差评需要回复、回访和整改。', ['input', 'evaluationId']));
  }
  const body = input.body.trim();
  if (!body) return refused(userError('REQUIRED', '请填写内容。', ['input', 'body']));
  if (body.length > NOTE_MAX)
    return refused(userError('INVALID', `内容不能超过${NOTE_MAX}字。`, ['input', 'body']));
  const alreadyReplied = () =>
    userError('TAKEN', '该差评已回复，回复发出后不可修改。', ['input', 'evaluationId']);
  if (
    kind === 'REPLY' &&
    (await ctx.db.evaluationReply.findFirst({ where: { evaluationId: evaluation.id, kind } }))
  ) {
    return refused(alreadyReplied());
  }
  try {
    await ctx.db.$transaction(async (tx) => {
      const note = await tx.evaluationReply.create({
        data: {
          evaluationId: evaluation.id,
          kind,
          authorId: staff.user.id,
          body,
          createdAt: ctx.clock.now(),
        },
      });
      await recordEvaluationNote(tx, evaluation.caseId, note);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused(alreadyReplied());
    throw error;
  }
  const { case: _case, ...row } = evaluation;
  return ok(row);
}

export const replyToEvaluation = (ctx: Context, input: EvaluationNoteInput) =>
  writeDepartmentNote(ctx, 'REPLY', input);
export const recordEvaluationCallback = (ctx: Context, input: EvaluationNoteInput) =>
  writeDepartmentNote(ctx, 'CALLBACK', input);
export const recordEvaluationRectification = (ctx: Context, input: EvaluationNoteInput) =>
  writeDepartmentNote(ctx, 'RECTIFICATION', input);

import type { Context } from '../context.ts';
import type { Question, QuestionKind } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { questionPolicy } from './question-policy.ts';
import { answerDueAtFor, QUESTION_BODY_MAX, textProblem } from './question-rules.ts';

const WHAT: Record<QuestionKind, string> = { CONSULTATION: '咨询内容', COMPLAINT: '投诉内容' };

/**
 * 咨询 / 投诉: the caller asks the department of a service item, which answers by the stated deadline
 * (ANSWER_WORKING_DAYS working days). Refused: an empty or too long text, an unknown item.
 */
export async function askQuestion(
  ctx: Context,
  input: { itemId: string; kind: QuestionKind; body: string },
): Promise<Result<Question>> {
  const { user } = questionPolicy.requireUser(ctx.principal, 'question.ask');
  const body = input.body.trim();
  const problem = textProblem(body, QUESTION_BODY_MAX, WHAT[input.kind]);
  if (problem) return refused(userError(problem.code, problem.message, ['input', 'body']));
  const item = await ctx.db.serviceItem.findUnique({
    where: { id: input.itemId },
    select: { id: true, departmentId: true },
  });
  if (!item) return refused(userError('NOT_FOUND', '未找到该事项。', ['input', 'itemId']));
  const now = ctx.clock.now();
  const question = await ctx.db.question.create({
    data: {
      kind: input.kind,
      userId: user.id,
      itemId: item.id,
      departmentId: item.departmentId,
      body,
      createdAt: now,
      answerDueAt: answerDueAtFor(now),
    },
  });
  return ok(question);
}

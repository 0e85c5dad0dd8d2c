import type { Context } from '../context.ts';
import type { Question } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { questionPolicy } from './question-policy.ts';
import { recordQuestionAnswered } from './question-outbox.ts';
import { ANSWER_MAX, textProblem } from './question-rules.ts';

const NOT_FOUND = userError('NOT_FOUND', '未找到该咨询或投诉。', ['input', 'questionId']);

/**
 * 答复: staff of the question's department answer it, once. The answer and its outbox event (which notifies
 * the asker: inbox and SMS) commit together; a second answer (another tab, a colleague) is refused, and the
 * row lock makes two at once answer once. A late answer is accepted: the deadline is shown, not enforced.
 */
export async function answerQuestion(
  ctx: Context,
  input: { questionId: string; answer: string },
): Promise<Result<Question>> {
  const { user } = questionPolicy.requireUser(ctx.principal, 'question.answer');
  const answer = input.answer.trim();
  const problem = textProblem(answer, ANSWER_MAX, '答复内容');
  if (problem) return refused(userError(problem.code, problem.message, ['input', 'answer']));
  const now = ctx.clock.now();
  return ctx.db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id"::text FROM "questions" WHERE "id" = ${input.questionId}::uuid FOR UPDATE`;
    const question = locked ? await tx.question.findUniqueOrThrow({ where: { id: locked.id } }) : null;
    if (!question) return refused(NOT_FOUND);
    const target = { departmentId: question.departmentId };
    if (!questionPolicy.allows(ctx.principal, 'question.answer', target)) return refused(NOT_FOUND);
    if (question.answeredAt) {
      return refused(userError('INVALID_TRANSITION', '该咨询或投诉已答复。', ['input', 'questionId']));
    }
    const answered = await tx.question.update({
      where: { id: question.id },
      data: { answer, answeredAt: now, answeredById: user.id },
    });
    await recordQuestionAnswered(tx, answered, now);
    return ok(answered);
  });
}

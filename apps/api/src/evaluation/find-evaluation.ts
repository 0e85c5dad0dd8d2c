import type { Context } from '../context.ts';
import type { Case, Evaluation } from '../generated/prisma/client.ts';
import { canReadEvaluation } from './evaluation-policy.ts';

export type EvaluationWithCase = Evaluation & { case: Case };

/** An evaluation the caller may see (whoever may see its case), with its case; null otherwise. */
export async function findEvaluation(
  ctx: Pick<Context, 'db' | 'principal'>,
  id: string,
): Promise<EvaluationWithCase | null> {
  const evaluation = await ctx.db.evaluation.findUnique({ where: { id }, include: { case: true } });
  return evaluation && canReadEvaluation(ctx.principal, evaluation.case) ? evaluation : null;
}

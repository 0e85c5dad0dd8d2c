import { nodeType, type HallModule } from '../node/node-types.ts';
import { canReadDepartmentSide, canReadEvaluation } from './evaluation-policy.ts';
import { evaluationResolvers } from './resolvers.ts';

export const evaluationModule: HallModule = {
  name: 'evaluation',
  resolvers: evaluationResolvers,
  nodeTypes: {
    /** visible to whoever may see the case */
    Evaluation: nodeType({
      load: (ctx, id) => ctx.db.evaluation.findUnique({ where: { id }, include: { case: true } }),
      check: (ctx, evaluation) => canReadEvaluation(ctx.principal, evaluation.case),
    }),
    /** the department's side and supervisors, never the citizen */
    EvaluationAppeal: nodeType({
      load: (ctx, id) =>
        ctx.db.evaluationAppeal.findUnique({
          where: { id },
          include: { evaluation: { include: { case: true } } },
        }),
      check: (ctx, appeal) => canReadDepartmentSide(ctx.principal, appeal.evaluation.case),
    }),
  },
};

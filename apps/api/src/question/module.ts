import { nodeType, type HallModule } from '../node/node-types.ts';
import { questionResolvers } from './resolvers.ts';
import { canReadQuestion } from './question-policy.ts';

export const questionModule: HallModule = {
  name: 'question',
  resolvers: questionResolvers,
  nodeTypes: {
    /** a 咨询 or 投诉: its asker, and staff of its department */
    Question: nodeType({
      load: (ctx, id) => ctx.db.question.findUnique({ where: { id } }),
      check: (ctx, question) => canReadQuestion(ctx.principal, question),
    }),
  },
};

import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { askQuestion } from './ask-question.ts';
import { answerQuestion } from './answer-question.ts';
import { listDepartmentQuestions, listMyQuestions } from './list-questions.ts';
import { ANSWER_MAX, ANSWER_WORKING_DAYS, QUESTION_BODY_MAX, questionStateAt } from './question-rules.ts';

export const questionResolvers: Resolvers = {
  Query: {
    questionRules: () => ({
      bodyMaxLength: QUESTION_BODY_MAX,
      answerMaxLength: ANSWER_MAX,
      answerWorkingDays: ANSWER_WORKING_DAYS,
    }),
    departmentQuestions: (_parent, args, ctx) =>
      listDepartmentQuestions(ctx, { state: args.state ?? 'PENDING', first: args.first, after: args.after }),
  },
  Mutation: {
    askQuestion: async (_parent, { input }, ctx) =>
      toPayload(
        'question',
        await askQuestion(ctx, { ...input, itemId: inputId(input.itemId, 'ServiceItem') }),
      ),
    answerQuestion: async (_parent, { input }, ctx) =>
      toPayload(
        'question',
        await answerQuestion(ctx, { ...input, questionId: inputId(input.questionId, 'Question') }),
      ),
  },
  User: {
    questions: (user, args, ctx) => listMyQuestions(ctx, user, args),
  },
  Question: {
    id: (question) => toGlobalId('Question', question.id),
    item: async (question, _args, ctx) => (await ctx.loaders.serviceItemById.load(question.itemId))!,
    department: async (question, _args, ctx) =>
      (await ctx.loaders.departmentById.load(question.departmentId))!,
    askedAt: (question) => question.createdAt,
    state: (question, _args, ctx) => questionStateAt(question, ctx.clock.now()),
    askerName: async (question, _args, ctx) => (await ctx.loaders.userById.load(question.userId))?.name ?? '',
  },
};

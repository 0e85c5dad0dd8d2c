import type { Resolvers } from '../generated/graphql.ts';
import type { CaseWithEvaluation } from '../case/index.ts';
import type { Context } from '../context.ts';
import type { Case, Evaluation, EvaluationReply } from '../generated/prisma/client.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import type { Result } from '../lib/errors.ts';
import {
  BAD_LEVELS,
  COMMENT_MAX,
  dimensionsFor,
  evaluationClosesAt,
  FOLLOW_UP_MAX,
  isBadLevel,
  NOTE_MAX,
  REASON_MAX,
  REPLY_WINDOW_DAYS,
  replyStateAt,
} from './evaluation-rules.ts';
import {
  canReadDepartmentSide,
  evaluationCapabilities as can,
  evaluationWindowOpen,
  type EvaluationFacts,
} from './evaluation-policy.ts';
import { submitEvaluation } from './submit-evaluation.ts';
import {
  recordEvaluationCallback,
  recordEvaluationRectification,
  replyToEvaluation,
} from './reply-to-evaluation.ts';
import { addEvaluationFollowUp } from './add-evaluation-follow-up.ts';
import { fileEvaluationAppeal } from './file-evaluation-appeal.ts';
import { decideEvaluationAppeal } from './decide-evaluation-appeal.ts';
import { listDepartmentEvaluationTasks } from './list-department-evaluation-tasks.ts';
import { listEvaluationAppeals } from './list-evaluation-appeals.ts';
import { computeEvaluationFigures } from './compute-evaluation-figures.ts';
import type { DimensionScore, EvaluationDimension } from '../generated/graphql.ts';
import { recordPartnerRead } from '../partner/index.ts';

const caseOf = async (ctx: Context, evaluation: Evaluation): Promise<Case> =>
  (await ctx.db.case.findUniqueOrThrow({ where: { id: evaluation.caseId } })) as Case;
/** A case's evaluation: at once when its page read it with the rows (我的办件: pageCases withEvaluations). */
const evaluationOfCase = (ctx: Context, kase: Case): Evaluation | null | Promise<Evaluation | null> => {
  const read = (kase as CaseWithEvaluation).evaluation;
  return read !== undefined ? read : ctx.loaders.evaluationByCaseId.load(kase.id);
};
const notesOf = (ctx: Context, evaluation: Evaluation) => ctx.loaders.notesByEvaluationId.load(evaluation.id);
const noteOf = async (ctx: Context, evaluation: Evaluation, kind: EvaluationReply['kind']) =>
  (await notesOf(ctx, evaluation)).find((note) => note.kind === kind) ?? null;
/** What the policy's per-object checks look at, through the request's loaders. */
const factsOf = async (ctx: Context, evaluation: Evaluation): Promise<EvaluationFacts> => {
  const [kase, notes, appeal] = await Promise.all([
    caseOf(ctx, evaluation),
    notesOf(ctx, evaluation),
    ctx.loaders.appealByEvaluationId.load(evaluation.id),
  ]);
  return {
    evaluation,
    kase,
    replied: notes.some((note) => note.kind === 'REPLY'),
    followedUp: notes.some((note) => note.kind === 'FOLLOW_UP'),
    appealed: Boolean(appeal),
  };
};

/** Evaluation mutations name it by global ID; the domain function answers NOT_FOUND for an unknown or foreign one. */
function withEvaluationId<R>(globalId: string, run: (evaluationId: string) => Promise<Result<R>>) {
  return run(inputId(globalId, 'Evaluation'));
}

export const evaluationResolvers: Resolvers = {
  Query: {
    evaluationRules: (_parent, _args, ctx) => ({
      windowDays: ctx.evaluationWindowDays,
      replyWindowDays: REPLY_WINDOW_DAYS,
      commentMaxLength: COMMENT_MAX,
      noteMaxLength: NOTE_MAX,
      followUpMaxLength: FOLLOW_UP_MAX,
      reasonMaxLength: REASON_MAX,
      badLevels: [...BAD_LEVELS],
    }),
    departmentEvaluationTasks: (_parent, args, ctx) => listDepartmentEvaluationTasks(ctx, args),
    evaluationAppeals: (_parent, args, ctx) => listEvaluationAppeals(ctx, args),
    evaluationFigures: (_parent, args, ctx) => computeEvaluationFigures(ctx, args),
  },
  Mutation: {
    submitEvaluation: async (_parent, { input }, ctx) =>
      toPayload(
        'evaluation',
        await submitEvaluation(ctx, { ...input, caseId: inputId(input.caseId, 'Case') }),
      ),
    replyToEvaluation: async (_parent, { input }, ctx) =>
      toPayload(
        'evaluation',
        await withEvaluationId(input.evaluationId, (evaluationId) =>
          replyToEvaluation(ctx, { ...input, evaluationId }),
        ),
      ),
    recordEvaluationCallback: async (_parent, { input }, ctx) =>
      toPayload(
        'evaluation',
        await withEvaluationId(input.evaluationId, (evaluationId) =>
          recordEvaluationCallback(ctx, { ...input, evaluationId }),
        ),
      ),
    recordEvaluationRectification: async (_parent, { input }, ctx) =>
      toPayload(
        'evaluation',
        await withEvaluationId(input.evaluationId, (evaluationId) =>
          recordEvaluationRectification(ctx, { ...input, evaluationId }),
        ),
      ),
    addEvaluationFollowUp: async (_parent, { input }, ctx) =>
      toPayload(
        'evaluation',
        await withEvaluationId(input.evaluationId, (evaluationId) =>
          addEvaluationFollowUp(ctx, { ...input, evaluationId }),
        ),
      ),
    fileEvaluationAppeal: async (_parent, { input }, ctx) =>
      toPayload(
        'appeal',
        await withEvaluationId(input.evaluationId, (evaluationId) =>
          fileEvaluationAppeal(ctx, { ...input, evaluationId }),
        ),
      ),
    decideEvaluationAppeal: async (_parent, { input }, ctx) =>
      toPayload(
        'appeal',
        await decideEvaluationAppeal(ctx, {
          ...input,
          appealId: inputId(input.appealId, 'EvaluationAppeal'),
        }),
      ),
  },
  Case: {
    evaluation: (kase, _args, ctx) => evaluationOfCase(ctx, kase),
    evaluationWindow: (kase, _args, ctx) => {
      if (kase.status !== 'COMPLETED' || !kase.completedAt) return null;
      const closesAt = evaluationClosesAt(kase.completedAt, ctx.evaluationWindowDays);
      return ctx.loaders.evaluationByCaseId.load(kase.id).then((evaluation) => ({
        closesAt,
        isOpen: evaluationWindowOpen(kase, Boolean(evaluation), ctx.clock.now(), ctx.evaluationWindowDays),
        dimensions: dimensionsFor(kase.source),
      }));
    },
    // Without a promise when the answer is known (a page of 20 cases resolves it 20 times).
    canEvaluate: (kase, _args, ctx) => {
      if (!can.evaluate(ctx.principal, kase, false, ctx.clock.now(), ctx.evaluationWindowDays)) return false;
      const evaluation = evaluationOfCase(ctx, kase);
      return evaluation instanceof Promise ? evaluation.then((found) => !found) : !evaluation;
    },
  },
  Evaluation: {
    id: (evaluation) => toGlobalId('Evaluation', evaluation.id),
    case: (evaluation, _args, ctx) => caseOf(ctx, evaluation),
    isBad: (evaluation) => isBadLevel(evaluation.level),
    dimensionScores: (evaluation) => {
      const scores = (evaluation.dimensionScores ?? {}) as Record<string, number>;
      return Object.entries(scores).map(([dimension, score]): DimensionScore => ({
        dimension: dimension as EvaluationDimension,
        score,
      }));
    },
    replyState: async (evaluation, _args, ctx) =>
      evaluation.replyDueAt
        ? replyStateAt(evaluation.replyDueAt, await noteOf(ctx, evaluation, 'REPLY'), ctx.clock.now())
        : null,
    reply: (evaluation, _args, ctx) => noteOf(ctx, evaluation, 'REPLY'),
    replyOverdue: async (evaluation, _args, ctx) => {
      const reply = await noteOf(ctx, evaluation, 'REPLY');
      return Boolean(
        reply && evaluation.replyDueAt && reply.createdAt.getTime() >= evaluation.replyDueAt.getTime(),
      );
    },
    callbacks: async (evaluation, _args, ctx) =>
      canReadDepartmentSide(ctx.principal, await caseOf(ctx, evaluation))
        ? (await notesOf(ctx, evaluation)).filter((note) => note.kind === 'CALLBACK')
        : [],
    rectifications: async (evaluation, _args, ctx) =>
      canReadDepartmentSide(ctx.principal, await caseOf(ctx, evaluation))
        ? (await notesOf(ctx, evaluation)).filter((note) => note.kind === 'RECTIFICATION')
        : [],
    followUp: async (evaluation, _args, ctx) => {
      const note = await noteOf(ctx, evaluation, 'FOLLOW_UP');
      if (note) await recordPartnerRead(ctx, 'Evaluation', evaluation.id);
      return note;
    },
    appeal: async (evaluation, _args, ctx) =>
      canReadDepartmentSide(ctx.principal, await caseOf(ctx, evaluation))
        ? ctx.loaders.appealByEvaluationId.load(evaluation.id)
        : null,
    excludedFromFigures: async (evaluation, _args, ctx) =>
      (await ctx.loaders.appealByEvaluationId.load(evaluation.id))?.status === 'UPHELD',
    canReply: async (evaluation, _args, ctx) => can.reply(ctx.principal, await factsOf(ctx, evaluation)),
    canRecordCallback: async (evaluation, _args, ctx) =>
      can.recordCallback(ctx.principal, await factsOf(ctx, evaluation)),
    canRecordRectification: async (evaluation, _args, ctx) =>
      can.recordRectification(ctx.principal, await factsOf(ctx, evaluation)),
    canAddFollowUp: async (evaluation, _args, ctx) =>
      can.addFollowUp(ctx.principal, await factsOf(ctx, evaluation)),
    canAppeal: async (evaluation, _args, ctx) => can.appeal(ctx.principal, await factsOf(ctx, evaluation)),
  },
  EvaluationNote: {
    author: async (note, _args, ctx) => {
      const author = await ctx.loaders.userById.load(note.authorId);
      if (note.kind === 'FOLLOW_UP' || !author?.departmentId) return author?.name ?? '';
      return (await ctx.loaders.departmentById.load(author.departmentId))?.name ?? '';
    },
  },
  EvaluationAppeal: {
    id: (appeal) => toGlobalId('EvaluationAppeal', appeal.id),
    evaluation: async (appeal, _args, ctx) =>
      ctx.db.evaluation.findUniqueOrThrow({ where: { id: appeal.evaluationId } }),
    department: async (appeal, _args, ctx) => (await ctx.loaders.departmentById.load(appeal.departmentId))!,
    filedAt: (appeal) => appeal.createdAt,
    filedByName: async (appeal, _args, ctx) =>
      (await ctx.loaders.userById.load(appeal.filedById))?.name ?? '',
    decidedByName: async (appeal, _args, ctx) =>
      appeal.decidedById ? ((await ctx.loaders.userById.load(appeal.decidedById))?.name ?? null) : null,
  },
  EvaluationFigureRow: {
    department: async (row, _args, ctx) =>
      row.departmentId ? ctx.loaders.departmentById.load(row.departmentId) : null,
  },
};

import { referenceDataOf } from '../catalogue/index.ts';
import type { CaseAction, Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { LIST_OF_STATUS } from './case-lists.ts';
import { listMyCases } from './list-my-cases.ts';
import { listDepartmentCases } from './list-department-cases.ts';
import { acceptCase } from './accept-case.ts';
import { rejectCase } from './reject-case.ts';
import { requestCorrection } from './request-correction.ts';
import { startProcessing } from './start-processing.ts';
import { completeCase } from './complete-case.ts';
import { departmentActions } from './case-transitions.ts';
import { correctionNoticeAmong, missingMaterialsOf } from './correction-notice.ts';
import { caseLoadersOf } from './case-loaders.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { ACTION_PERMISSION, casePolicy, caseTarget } from './case-policy.ts';
import type { Result } from '../lib/errors.ts';
import { recordPartnerRead } from '../partner/index.ts';

/** Resolves the case ID of a mutation input, then runs the domain function (which answers NOT_FOUND). */
function withCaseId<I extends { caseId: string }, R>(
  input: I,
  run: (input: I & { caseId: string }) => Promise<Result<R>>,
) {
  return run({ ...input, caseId: inputId(input.caseId, 'Case') }).then((result) => toPayload('case', result));
}

export const caseResolvers: Resolvers = {
  Query: {
    myCases: (_parent, args, ctx) => listMyCases(ctx, args),
    // A malformed item ID filters by an item that does not exist (no cases), after the role check.
    departmentCases: (_parent, args, ctx) =>
      listDepartmentCases(ctx, { ...args, itemId: args.itemId ? inputId(args.itemId, 'ServiceItem') : null }),
  },
  Mutation: {
    acceptCase: (_parent, { input }, ctx) => withCaseId(input, (i) => acceptCase(ctx, i)),
    rejectCase: (_parent, { input }, ctx) => withCaseId(input, (i) => rejectCase(ctx, i)),
    requestCorrection: (_parent, { input }, ctx) => withCaseId(input, (i) => requestCorrection(ctx, i)),
    startProcessing: (_parent, { input }, ctx) => withCaseId(input, (i) => startProcessing(ctx, i)),
    completeCase: (_parent, { input }, ctx) => withCaseId(input, (i) => completeCase(ctx, i)),
  },
  Case: {
    id: (kase) => toGlobalId('Case', kase.id),
    list: (kase) => LIST_OF_STATUS[kase.status],
    item: (kase, _args, ctx) =>
      referenceDataOf(ctx.db).serviceItems.peek(kase.itemId) ??
      ctx.loaders.serviceItemById.load(kase.itemId).then((item) => item!),
    department: (kase, _args, ctx) =>
      referenceDataOf(ctx.db).departments.peek(kase.departmentId) ??
      ctx.loaders.departmentById.load(kase.departmentId).then((department) => department!),
    applicantName: async (kase, _args, ctx) => {
      await recordPartnerRead(ctx, 'Case', kase.id);
      return (await ctx.loaders.userById.load(kase.applicantId))?.name ?? '';
    },
    timeline: (kase, _args, ctx) => caseLoadersOf(ctx).events.load(kase.id),
    materials: (kase, _args, ctx) => caseLoadersOf(ctx).materials.load(kase.id),
    availableActions: async (kase, _args, ctx) => {
      const mayDo = (action: CaseAction) =>
        casePolicy.allows(ctx.principal, ACTION_PERMISSION[action], caseTarget(kase));
      if (!departmentActions(kase.status, false).some(mayDo)) return [];
      const notice = correctionNoticeAmong(await caseLoadersOf(ctx).events.load(kase.id));
      return departmentActions(kase.status, Boolean(notice)).filter(mayDo);
    },
  },
  CaseMaterial: {
    trustLevel: (material) => material.trustLevel,
  },
  CaseEvent: {
    actorName: async (event, _args, ctx) => {
      if (event.actorUserId) return (await ctx.loaders.userById.load(event.actorUserId))?.name ?? null;
      return event.actorClientId ? caseLoadersOf(ctx).clientName.load(event.actorClientId) : null;
    },
    missingMaterials: (event) => missingMaterialsOf(event.details),
  },
};

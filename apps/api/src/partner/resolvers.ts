import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { NO_ROW_ID, inputId, parseGlobalId } from '../lib/payload.ts';
import { canReadDepartmentSide } from '../evaluation/evaluation-policy.ts';
import { syncCase } from './sync-case.ts';
import { listPartnerCases } from './list-partner-cases.ts';
import { listPartnerEvaluations } from './list-partner-evaluations.ts';
import { listPartnerReads } from './list-partner-reads.ts';
import { listApiClients } from './list-api-clients.ts';
import { adminCreateApiClient } from './admin-create-api-client.ts';
import { rotateApiClientSecret } from './rotate-api-client-secret.ts';
import { disableApiClient } from './disable-api-client.ts';
import { apiClientUsage } from './api-client-usage.ts';
import { recordPartnerRead } from './record-partner-read.ts';
import { partnerReadsEvaluationsOf } from './partner-policy.ts';

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

export const partnerResolvers: Resolvers = {
  Query: {
    // A malformed item ID filters by an item that does not exist (no cases), after the scope check.
    cases: (_parent, args, ctx) =>
      listPartnerCases(ctx, {
        ...args,
        itemId: args.itemId ? (parseGlobalId(args.itemId, 'ServiceItem') ?? NO_ROW_ID) : null,
        updatedSince: toDate(args.updatedSince),
        updatedBefore: toDate(args.updatedBefore),
      }),
    evaluations: (_parent, args, ctx) =>
      listPartnerEvaluations(ctx, {
        ...args,
        updatedSince: toDate(args.updatedSince),
        updatedBefore: toDate(args.updatedBefore),
      }),
    partnerReads: (_parent, args, ctx) => listPartnerReads(ctx, args),
    apiClients: (_parent, args, ctx) => listApiClients(ctx, args),
  },
  Mutation: {
    syncCase: async (_parent, { input }, ctx) => {
      const result = await syncCase(ctx, {
        ...input,
        statusChangedAt: new Date(input.statusChangedAt),
        appliedAt: new Date(input.appliedAt),
        acceptedAt: toDate(input.acceptedAt),
        completedAt: toDate(input.completedAt),
      });
      return result.ok
        ? { case: result.value.case, outcome: result.value.outcome, userErrors: [] }
        : { case: null, outcome: null, userErrors: result.errors };
    },
    createApiClient: async (_parent, { input }, ctx) => {
      const result = await adminCreateApiClient(ctx, {
        ...input,
        departmentId: inputId(input.departmentId, 'Department'),
      });
      return result.ok
        ? { apiClient: result.value.client, clientSecret: result.value.secret, userErrors: [] }
        : { apiClient: null, clientSecret: null, userErrors: result.errors };
    },
    rotateApiClientSecret: async (_parent, { input }, ctx) => {
      const result = await rotateApiClientSecret(ctx, {
        ...input,
        apiClientId: inputId(input.apiClientId, 'ApiClient'),
      });
      return result.ok
        ? { apiClient: result.value.client, clientSecret: result.value.secret, userErrors: [] }
        : { apiClient: null, clientSecret: null, userErrors: result.errors };
    },
    disableApiClient: async (_parent, { input }, ctx) => {
      const result = await disableApiClient(ctx, { apiClientId: inputId(input.apiClientId, 'ApiClient') });
      return result.ok
        ? { apiClient: result.value.client, revokedTokens: result.value.revokedTokens, userErrors: [] }
        : { apiClient: null, revokedTokens: null, userErrors: result.errors };
    },
  },
  Evaluation: {
    comment: async (evaluation, _args, ctx) => {
      await recordPartnerRead(ctx, 'Evaluation', evaluation.id);
      return evaluation.comment;
    },
    appealOutcome: async (evaluation, _args, ctx) => {
      const kase = await ctx.db.case.findUniqueOrThrow({ where: { id: evaluation.caseId } });
      if (!partnerReadsEvaluationsOf(ctx.principal, kase) && !canReadDepartmentSide(ctx.principal, kase))
        return null;
      return (await ctx.loaders.appealByEvaluationId.load(evaluation.id))?.status ?? null;
    },
  },
  ApiClient: {
    id: (client) => toGlobalId('ApiClient', client.id),
    department: async (client, _args, ctx) => (await ctx.loaders.departmentById.load(client.departmentId))!,
    previousSecretValidUntil: (client, _args, ctx) =>
      client.previousSecretExpiresAt && client.previousSecretExpiresAt > ctx.clock.now()
        ? client.previousSecretExpiresAt
        : null,
    usage: (client, _args, ctx) => apiClientUsage(ctx, client),
  },
  PartnerRead: {
    subjectId: (read) => toGlobalId(read.subjectType, read.subjectId),
  },
};

import type { Resolvers } from '../generated/graphql.ts';
import { syncCase } from './sync-case.ts';

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

export const partnerResolvers: Resolvers = {
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
  },
};

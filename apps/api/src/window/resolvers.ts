import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { parseGlobalId, toPayload } from '../lib/payload.ts';
import { lookUpCitizen } from './look-up-citizen.ts';
import { recordWindowCase } from './record-window-case.ts';

export const windowResolvers: Resolvers = {
  Mutation: {
    lookUpCitizen: async (_parent, args, ctx) => {
      const result = await lookUpCitizen(ctx, args.idNumber);
      const citizen = result.ok
        ? {
            id: toGlobalId('User', result.value.id),
            name: result.value.name,
            // found by its ID number, so the row has one
            maskedIdNumber: result.value.idNumberMasked ?? '',
          }
        : null;
      return { citizen, userErrors: result.ok ? [] : result.errors };
    },
    recordWindowCase: async (_parent, { input }, ctx) =>
      toPayload(
        'case',
        await recordWindowCase(ctx, {
          ...input,
          itemId: parseGlobalId(input.itemId, 'ServiceItem'),
          appliedAt: new Date(input.appliedAt),
        }),
      ),
  },
};

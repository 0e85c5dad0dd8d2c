import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { listNationalReports } from './list-national-reports.ts';
import { retryNationalReport } from './retry-national-report.ts';

export const nationalResolvers: Resolvers = {
  Query: {
    nationalReports: (_parent, args, ctx) => listNationalReports(ctx, args),
  },
  Mutation: {
    retryNationalReport: async (_parent, { input }, ctx) =>
      toPayload(
        'report',
        await retryNationalReport(ctx, { eventId: inputId(input.reportId, 'NationalReport') }),
      ),
  },
  NationalReport: {
    id: (row) => toGlobalId('NationalReport', row.eventId),
  },
};

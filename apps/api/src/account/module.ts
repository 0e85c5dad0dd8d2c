import { nodeType, type HallModule } from '../node/node-types.ts';
import { accountResolvers } from './resolvers.ts';
import { accountPolicy } from './account-policy.ts';
import { findFirm, isLegalRepresentative } from './find-firm.ts';

export const accountModule: HallModule = {
  name: 'account',
  resolvers: accountResolvers,
  nodeTypes: {
    /** a firm link request: its requester, and the firm's legal representative */
    FirmLink: nodeType({
      load: (ctx, id) => ctx.db.firmLink.findUnique({ where: { id } }),
      check: async (ctx, link) => {
        if (accountPolicy.allows(ctx.principal, 'account.requestFirmLink', { ownerId: link.userId }))
          return true;
        if (ctx.principal.kind !== 'user') return false;
        if (!accountPolicy.holds(ctx.principal, 'account.decideFirmLink')) return false;
        const firm = await findFirm(ctx.db, link.creditCode);
        return firm !== null && isLegalRepresentative(ctx.principal.user, firm);
      },
    }),
  },
};

import { nodeType, type HallModule } from '../node/node-types.ts';
import { allowsOnLicense } from './license-policy.ts';
import { licenseResolvers } from './resolvers.ts';

export const licenseModule: HallModule = {
  name: 'license',
  resolvers: licenseResolvers,
  nodeTypes: {
    /** its holder side and the market-regulation staff */
    License: nodeType({
      load: (ctx, id) => ctx.db.license.findUnique({ where: { id } }),
      check: (ctx, license) => allowsOnLicense(ctx, 'license.read', license),
    }),
    /** a verification code: the holder side only */
    LicenseGrant: nodeType({
      load: (ctx, id) => ctx.db.licenseGrant.findUnique({ where: { id }, include: { license: true } }),
      check: (ctx, grant) => allowsOnLicense(ctx, 'license.readHolderSide', grant.license),
    }),
  },
};

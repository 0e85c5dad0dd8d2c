import type { HallModule } from '../node/node-types.ts';
import { partnerResolvers } from './resolvers.ts';

export const partnerModule: HallModule = { name: 'partner', resolvers: partnerResolvers };

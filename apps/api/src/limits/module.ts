import type { HallModule } from '../node/node-types.ts';
import { limitsResolvers } from './resolvers.ts';

export const limitsModule: HallModule = { name: 'limits', resolvers: limitsResolvers };

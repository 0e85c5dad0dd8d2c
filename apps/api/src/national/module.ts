import type { HallModule } from '../node/node-types.ts';
import { nationalResolvers } from './resolvers.ts';

export const nationalModule: HallModule = { name: 'national', resolvers: nationalResolvers };

import type { HallModule } from '../node/node-types.ts';
import { favouriteResolvers } from './resolvers.ts';

export const favouriteModule: HallModule = { name: 'favourite', resolvers: favouriteResolvers };

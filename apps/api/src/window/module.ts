import type { HallModule } from '../node/node-types.ts';
import { windowResolvers } from './resolvers.ts';

export const windowModule: HallModule = { name: 'window', resolvers: windowResolvers };

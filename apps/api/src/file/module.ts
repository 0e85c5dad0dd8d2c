import type { HallModule } from '../node/node-types.ts';
import { fileResolvers } from './resolvers.ts';

export const fileModule: HallModule = { name: 'file', resolvers: fileResolvers };

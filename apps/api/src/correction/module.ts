import type { HallModule } from '../node/node-types.ts';
import { correctionResolvers } from './resolvers.ts';

export const correctionModule: HallModule = { name: 'correction', resolvers: correctionResolvers };

import type { HallModule } from '../node/node-types.ts';
import { applicationResolvers } from './resolvers.ts';

export const applicationModule: HallModule = { name: 'application', resolvers: applicationResolvers };

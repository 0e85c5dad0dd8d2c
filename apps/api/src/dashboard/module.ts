import type { HallModule } from '../node/node-types.ts';
import { dashboardResolvers } from './resolvers.ts';

export const dashboardModule: HallModule = { name: 'dashboard', resolvers: dashboardResolvers };

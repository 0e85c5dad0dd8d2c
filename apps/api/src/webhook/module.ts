import type { HallModule } from '../node/node-types.ts';
import { webhookResolvers } from './resolvers.ts';

export const webhookModule: HallModule = { name: 'webhook', resolvers: webhookResolvers };

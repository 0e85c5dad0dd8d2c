import type { JobModule } from '../jobs/job-module.ts';
import { webhookHandler } from './webhook-handler.ts';

/** Partner webhooks: one handler for every endpoint's subscriber (`webhook:<endpoint id>`). */
export const webhookJobs: JobModule = { name: 'webhook', outboxHandlers: [webhookHandler()] };

import type { JobModule } from '../jobs/job-module.ts';
import { nationalReportingFromEnv } from './national-config.ts';
import { nationalReportingHandler } from './national-reporting-handler.ts';

const config = nationalReportingFromEnv();

/**
 * The national reporting subscriber runs once NATIONAL_REPORT_URL is set; until then no delivery is made,
 * and when it is set the new subscription receives every evaluation event kept so far, in order.
 */
export const nationalJobs: JobModule = {
  name: 'national',
  outboxHandlers: config ? [nationalReportingHandler(config)] : [],
};

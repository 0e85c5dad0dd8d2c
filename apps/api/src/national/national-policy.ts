import { definePolicy } from '../auth/policy.ts';

/**
 * Reporting to the national 好差评 system: admins watch the reports and send a failed one again; the
 * reporting job reads the evaluations it reports (evaluation.read grants it `job:national-reporting`).
 */
export const nationalPolicy = definePolicy('national', {
  'national.readReports': { ADMIN: 'all' },
  'national.retryReport': { ADMIN: 'all' },
});

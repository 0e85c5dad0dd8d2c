import { readApiEnvVariable } from '../env-schema.ts';

/** Where and how the hall reports 好差评 events to the national evaluation system (README: Configuration). */
export interface NationalReportingConfig {
  /** the national endpoint that receives one POST per event */
  url: string;
  /** how long one POST may take before it counts as failed and is retried */
  timeoutMs: number;
  /** sent as `Authorization: Bearer <token>` when set */
  token: string | null;
}

/**
 * NATIONAL_REPORT_URL (unset: nothing is reported yet; events wait in the outbox and are all reported, in
 * order, once it is set), NATIONAL_REPORT_TIMEOUT_MS, NATIONAL_REPORT_TOKEN; validated by env-schema.ts.
 */
export function nationalReportingFromEnv(
  env: Record<string, string | undefined> = process.env,
): NationalReportingConfig | null {
  const url = readApiEnvVariable('NATIONAL_REPORT_URL', env);
  if (!url) return null;
  return {
    url,
    timeoutMs: readApiEnvVariable('NATIONAL_REPORT_TIMEOUT_MS', env),
    token: readApiEnvVariable('NATIONAL_REPORT_TOKEN', env) ?? null,
  };
}

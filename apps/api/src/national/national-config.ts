/** Where and how the hall reports 好差评 events to the national evaluation system (README: Configuration). */
export interface NationalReportingConfig {
  /** the national endpoint that receives one POST per event */
  url: string;
  /** how long one POST may take before it counts as failed and is retried */
  timeoutMs: number;
  /** sent as `Authorization: Bearer <token>` when set */
  token: string | null;
}

export const DEFAULT_NATIONAL_REPORT_TIMEOUT_MS = 10_000;

/**
 * NATIONAL_REPORT_URL (unset: nothing is reported yet; events wait in the outbox and are all reported, in
 * order, once it is set), NATIONAL_REPORT_TIMEOUT_MS, NATIONAL_REPORT_TOKEN.
 */
export function nationalReportingFromEnv(
  env: Record<string, string | undefined> = process.env,
): NationalReportingConfig | null {
  const url = env.NATIONAL_REPORT_URL?.trim();
  if (!url) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error('NATIONAL_REPORT_URL must be an http(s) URL.');
  }
  const timeout = env.NATIONAL_REPORT_TIMEOUT_MS?.trim();
  const timeoutMs = timeout ? Number(timeout) : DEFAULT_NATIONAL_REPORT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 120_000) {
    throw new Error('NATIONAL_REPORT_TIMEOUT_MS must be a whole number of milliseconds, 100–120000.');
  }
  return { url, timeoutMs, token: env.NATIONAL_REPORT_TOKEN?.trim() || null };
}

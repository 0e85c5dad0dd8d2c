import { cookies } from 'next/headers';
import { getRawSessionToken } from './session-token';
import { getViewer } from './viewer';

/** The browser's 关怀模式 choice: `1` on, `0` off; kept a year. */
export const CARE_COOKIE = 'hall-care';
export const CARE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/**
 * Whether the page is drawn in 关怀模式: the browser's cookie, or the signed-in person's saved setting (so it
 * follows them to a new device). Switching it (app/api/care-mode) sets both.
 */
export async function isCareMode(): Promise<boolean> {
  const cookie = (await cookies()).get(CARE_COOKIE)?.value;
  if (cookie === '1') return true;
  if (cookie === '0') return false;
  if (!(await getRawSessionToken())) return false; // signed out: no API call
  const viewer = await getViewer().catch(() => null);
  return viewer?.careMode ?? false;
}

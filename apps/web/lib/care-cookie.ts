/** The browser's 关怀模式 choice: `1` on, `0` off; kept a year. */
export const CARE_COOKIE = 'hall-care';
export const CARE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/**
 * Whether a page is drawn in 关怀模式: the browser's cookie, or else the signed-in person's saved setting (so it
 * follows them to a new device). Switching it (app/api/care-mode) sets both. `savedSetting` is asked only
 * when the cookie says nothing.
 */
export async function careModeOf(
  cookie: string | undefined,
  savedSetting: () => Promise<boolean>,
): Promise<boolean> {
  if (cookie === '1') return true;
  if (cookie === '0') return false;
  return savedSetting();
}

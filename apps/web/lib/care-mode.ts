import { cookies } from 'next/headers';
import { CARE_COOKIE, careModeOf } from './care-cookie';
import { getRawSessionToken } from './session-token';
import { getViewer } from './viewer';

export { CARE_COOKIE, CARE_COOKIE_MAX_AGE } from './care-cookie';

/** Whether this request's page is drawn in 关怀模式 (lib/care-cookie.ts). */
export async function isCareMode(): Promise<boolean> {
  return careModeOf((await cookies()).get(CARE_COOKIE)?.value, async () => {
    if (!(await getRawSessionToken())) return false; // signed out: no API call
    const viewer = await getViewer().catch(() => null);
    return viewer?.careMode ?? false;
  });
}

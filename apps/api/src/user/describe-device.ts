import Bowser from 'bowser';

/**
 * A person's words for the device a session signed in from (设备): browser and major version, then the system,
 * e.g. "Chrome 131 · Windows 10"; 未知设备 when the user agent says nothing recognisable.
 */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return UNKNOWN_DEVICE;
  const parsed = Bowser.parse(userAgent);
  const browser = [parsed.browser.name, parsed.browser.version?.split('.')[0]].filter(Boolean).join(' ');
  const system = [parsed.os.name, parsed.os.versionName ?? parsed.os.version].filter(Boolean).join(' ');
  const parts = [browser, system].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : UNKNOWN_DEVICE;
}

export const UNKNOWN_DEVICE = '未知设备';

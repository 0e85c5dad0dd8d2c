import { cstFields, naturalDayDeadline } from '../lib/natural-days.ts';

/** No SMS from 22:00 to 08:00 China Standard Time: a message due then waits until 08:00 (deferred, not dropped). */
export const SMS_QUIET_HOURS = { from: 22, until: 8 } as const;

const HOUR_MS = 60 * 60 * 1000;

/** The first instant at or after `at` outside quiet hours, on the CST wall clock whatever the server's zone. */
export function smsSendableAt(at: Date): Date {
  const { hour } = cstFields(at);
  if (hour >= SMS_QUIET_HOURS.until && hour < SMS_QUIET_HOURS.from) return at;
  // 00:00 CST of the next morning's day: today's if it is already past midnight, else tomorrow's.
  const morning = hour < SMS_QUIET_HOURS.until ? naturalDayDeadline(at, 0) : naturalDayDeadline(at, 1);
  return new Date(morning.getTime() - 24 * HOUR_MS + SMS_QUIET_HOURS.until * HOUR_MS);
}

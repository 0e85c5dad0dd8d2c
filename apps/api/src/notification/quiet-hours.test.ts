import { afterEach, describe, expect, it } from 'vitest';
import { smsSendableAt } from './quiet-hours.ts';

const utc = (iso: string) => new Date(iso);
const originalTz = process.env.TZ;

describe('smsSendableAt: no SMS 22:00–08:00 CST', () => {
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  for (const tz of ['UTC', 'Asia/Shanghai', 'America/New_York']) {
    it(`defers to 08:00 CST and never drops, whatever the server's time zone (${tz})`, () => {
      process.env.TZ = tz;
      // 21:59 CST is still daytime; 22:00 CST waits for 08:00 the next morning.
      expect(smsSendableAt(utc('2026-12-04T13:59:00Z'))).toEqual(utc('2026-12-04T13:59:00Z'));
      expect(smsSendableAt(utc('2026-12-04T14:00:00Z'))).toEqual(utc('2026-12-05T00:00:00Z'));
      // 23:30 CST and 03:00 CST (the next CST day, still the previous UTC day) both wait for the same 08:00.
      expect(smsSendableAt(utc('2026-12-04T15:30:00Z'))).toEqual(utc('2026-12-05T00:00:00Z'));
      expect(smsSendableAt(utc('2026-12-04T19:00:00Z'))).toEqual(utc('2026-12-05T00:00:00Z'));
      // 07:59:59.999 CST waits a millisecond; 08:00 CST goes at once.
      expect(smsSendableAt(utc('2026-12-04T23:59:59.999Z'))).toEqual(utc('2026-12-05T00:00:00Z'));
      expect(smsSendableAt(utc('2026-12-05T00:00:00Z'))).toEqual(utc('2026-12-05T00:00:00Z'));
      // Across a month and a year end.
      expect(smsSendableAt(utc('2026-12-31T15:00:00Z'))).toEqual(utc('2027-01-01T00:00:00Z'));
    });
  }
});

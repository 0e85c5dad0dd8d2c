import { pino } from 'pino';
import { loggingSmsProvider } from '../notification/sms-provider.ts';
import { standInIdentityService } from '../account/identity-service.ts';
import { defaultQueryLimits } from '../limits/query-limits.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createLoaders } from '../loaders.ts';
import type { Context } from '../context.ts';
import type { Clock } from '../lib/clock.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { submitDraft } from './submit-draft.ts';
import { cryptoRandomDigits, onlineBusinessNumber, type RandomDigits } from './business-number.ts';
import { type Data, caller, COMPLETE_FORM, itemIds, SUBMIT, WANG_GANG } from './application-fixtures.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { AbuseCounters } from '../abuse/abuse-counters.ts';
import { defaultSessionPolicy } from '../auth/session-policy.ts';
import { LoginThrottle } from '../auth/login-throttle.ts';
import { EVALUATION_WINDOW_DAYS } from '../evaluation/evaluation-rules.ts';
import { ReadReplicas } from '../db/read-replicas.ts';

describe('onlineBusinessNumber', () => {
  it('is yyyyMMddHHmmss in CST plus six random digits, whatever the server time zone', () => {
    const previous = process.env.TZ;
    for (const tz of ['UTC', 'America/New_York', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      // 2019-11-08 10:01:19 CST, the guide's example time; 23:59:59 CST crosses the UTC date
      expect(onlineBusinessNumber(new Date('2019-11-08T02:01:19Z'), () => '482913')).toBe(
        '20191108100119482913',
      );
      expect(onlineBusinessNumber(new Date('2019-12-31T15:59:59.999Z'), () => '000000')).toBe(
        '20191231235959000000',
      );
      expect(onlineBusinessNumber(new Date('2019-12-31T16:00:00Z'), () => '999999')).toBe(
        '20200101000000999999',
      );
    }
    process.env.TZ = previous;
    expect(() => onlineBusinessNumber(new Date(), () => '12345')).toThrow(
      new RangeError('random digits must be exactly six decimal digits'),
    );
    for (const digits of ['1234567', 'x123456', '123456x', '12345a']) {
      expect(() => onlineBusinessNumber(new Date(), () => digits), digits).toThrow(RangeError);
    }
    expect(onlineBusinessNumber(new Date())).toMatch(/^[0-9]{20}$/);
  });

  it('draws its digits from 000000 to 999999, a small draw padded with leading zeros', () => {
    const draws = Array.from({ length: 2000 }, () => cryptoRandomDigits());
    for (const digits of draws) expect(digits).toMatch(/^[0-9]{6}$/);
    // one draw in ten is under 100000: 2000 draws without one would happen with probability 0.9^2000
    expect(draws.some((digits) => digits.startsWith('0'))).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(1900);
  });
});

describe('business numbers stay unique when many drafts are submitted in the same second', () => {
  const instant = new Date('2026-11-28T04:30:15.250Z'); // 12:30:15 CST
  const clock: Clock = { now: () => instant };
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
  });
  afterAll(() => api?.close());

  /** A complete draft written straight to the database: form filled, every required material present. */
  async function completeDraft(number: number): Promise<string> {
    const { item, requiredSlots } = await itemIds(api);
    const applicant = await api.db.user.findUniqueOrThrow({
      where: { idNumberHash: piiLookupHash(WANG_GANG) },
    });
    const kase = await api.db.case.create({
      data: {
        businessNumber: `DRAFT${String(number).padStart(6, '0')}`,
        source: 'ONLINE',
        originSystem: 'hall',
        applicantId: applicant.id,
        itemId: item.id,
        departmentId: item.departmentId,
        status: 'DRAFT',
        statusChangedAt: instant,
        applicationData: { version: 1, foreignInvestmentProject: COMPLETE_FORM },
        materials: { create: requiredSlots.map((slot) => ({ itemMaterialId: slot.id, name: slot.name })) },
      },
    });
    return kase.id;
  }

  it('30 concurrent submits over HTTP in one second: 30 distinct numbers of that second', async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => completeDraft(i)));
    const wang = await caller(api, WANG_GANG);
    const results = await Promise.all(
      ids.map((id) => api.graphql<Data>(SUBMIT, { id: toGlobalId('Case', id) }, wang)),
    );
    const numbers = results.map((r) => {
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data.submitDraft.userErrors).toEqual([]);
      return r.data.submitDraft.case.businessNumber as string;
    });
    expect(new Set(numbers).size).toBe(30);
    for (const number of numbers) expect(number).toMatch(/^20261128123015[0-9]{6}$/);
  });

  it('draws again when the random digits collide, and gives up (changing nothing) after 8 draws', async () => {
    const [first, second, third] = [
      await completeDraft(100),
      await completeDraft(101),
      await completeDraft(102),
    ];
    const user = await api.db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(WANG_GANG) } });
    const ctx: Context = {
      principal: { kind: 'user', user },
      db: api.db,
      loaders: createLoaders(api.db),
      clock,
      logger: pino({ level: 'silent' }),
      ip: null,
      storage: api.storage,
      uploadLimits: { maxFileBytes: 1, maxCaseBytes: 1 },
      abuse: new AbuseCounters(api.db),
      passwordThrottle: new LoginThrottle(new AbuseCounters(api.db)),
      sessionPolicy: defaultSessionPolicy,
      queryLimits: defaultQueryLimits,
      evaluationWindowDays: EVALUATION_WINDOW_DAYS,
      replicas: new ReadReplicas(api.db, []),
      sms: loggingSmsProvider(api.db, pino({ level: 'silent' })),
      identity: standInIdentityService(),
    };
    const sequence = (...digits: string[]): RandomDigits & { calls: number } => {
      const random = Object.assign(() => digits[Math.min(random.calls++, digits.length - 1)]!, { calls: 0 });
      return random;
    };

    const a = await submitDraft(ctx, { caseId: first }, sequence('777777'));
    expect(a.ok && a.value.businessNumber).toBe('20261128123015777777');

    const colliding = sequence('777777', '777777', '123456');
    const b = await submitDraft(ctx, { caseId: second }, colliding);
    expect(b.ok && b.value.businessNumber).toBe('20261128123015123456');
    expect(colliding.calls).toBe(3);

    const before = await api.db.case.findUniqueOrThrow({ where: { id: third } });
    const always = sequence('777777');
    await expect(submitDraft(ctx, { caseId: third }, always)).rejects.toThrow();
    expect(always.calls).toBe(8);
    expect(await api.db.case.findUniqueOrThrow({ where: { id: third } })).toEqual(before);
    expect(await api.db.caseEvent.count({ where: { caseId: third } })).toBe(0);
  });
});

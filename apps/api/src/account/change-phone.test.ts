import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import type { Clock } from '../lib/clock.ts';
import { decryptPii, maskPhone, piiLookupHash } from '../lib/pii.ts';

/** 修改手机号 (graphql/account.graphql changePhone, sendPhoneCode with CHANGE_PHONE), over HTTP on PostgreSQL. */
function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

const SEND = `mutation($input: SendPhoneCodeInput!) { sendPhoneCode(input: $input) {
  expiresAt retryAt userErrors { field code message } } }`;
const CHANGE = `mutation($input: ChangePhoneInput!) { changePhone(input: $input) {
  user { maskedPhone } lockedUntil userErrors { field code message } } }`;

const LI_HUA = '11010519491231002X'; // phone 13800138000
const CHEN_JING_PHONE = '13900139000';
const SUPERVISOR = '120103199506300055';
const MINUTE = 60_000;

type Errors = { field: string[] | null; code: string; message: string }[];

describe('修改手机号: a new number confirmed by its code', () => {
  const clock = manualClock('2026-12-04T02:00:00Z');
  let api: TestApi;
  let serial = 0;
  const newPhone = () => `1360000${String(1000 + (serial += 1)).slice(-4)}`;
  /** A session opened at the clock's time (the tests move it past the idle timeout). */
  const liHua = async () => ({ sessionToken: await api.sessionFor(LI_HUA) });

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
  });
  afterAll(() => api?.close());

  async function send(phone: string, as?: { sessionToken: string } | null) {
    const result = await api.graphql<{ sendPhoneCode: { retryAt: string | null; userErrors: Errors } }>(
      SEND,
      { input: { phone, purpose: 'CHANGE_PHONE' } },
      as === undefined ? await liHua() : as,
    );
    return result;
  }
  async function change(phone: string, code: string) {
    const result = await api.graphql<{
      changePhone: { user: { maskedPhone: string } | null; lockedUntil: string | null; userErrors: Errors };
    }>(CHANGE, { input: { phone, code } }, await liHua());
    expect(result.errors).toBeUndefined();
    return result.data!.changePhone;
  }
  async function codeSentTo(phone: string): Promise<string> {
    const row = await api.db.smsLog.findFirstOrThrow({
      where: { phoneMasked: maskPhone(phone) },
      orderBy: { loggedAt: 'desc' },
    });
    return row.text.match(/修改手机号验证码为 (\d{6})/)![1]!;
  }
  const account = () =>
    api.db.user.findUniqueOrThrow({
      where: { idNumberHash: piiLookupHash(LI_HUA) },
      select: { id: true, phoneCipher: true, phoneHash: true, phoneMasked: true },
    });
  /** A refusal leaves the account's number, the codes and the audit log as they were. */
  async function refusedUnchanged(run: () => Promise<{ userErrors: Errors }>) {
    const before = [await account(), await api.db.phoneCode.findMany({ orderBy: { id: 'asc' } })];
    const audits = await api.db.auditLog.count({ where: { action: 'user.change_phone' } });
    const { userErrors } = await run();
    expect(userErrors.length).toBeGreaterThan(0);
    expect([await account(), await api.db.phoneCode.findMany({ orderBy: { id: 'asc' } })]).toEqual(before);
    expect(await api.db.auditLog.count({ where: { action: 'user.change_phone' } })).toBe(audits);
    return userErrors;
  }

  it('changes the number with the code sent to it, stored protected and masked, audited masked; the code is single use', async () => {
    const phone = newPhone();
    const sent = await send(phone);
    expect(sent.data!.sendPhoneCode.userErrors).toEqual([]);
    const code = await codeSentTo(phone);

    const changed = await change(phone, code);
    expect(changed).toEqual({ user: { maskedPhone: maskPhone(phone) }, lockedUntil: null, userErrors: [] });
    const row = await account();
    expect(row.phoneHash).toBe(piiLookupHash(phone));
    expect(row.phoneCipher).not.toContain(phone);
    expect(decryptPii(row.phoneCipher!)).toBe(phone);
    const audit = await api.db.auditLog.findFirstOrThrow({ where: { action: 'user.change_phone' } });
    expect(audit.details).toEqual({ from: maskPhone('13800138000'), to: maskPhone(phone) });
    expect(JSON.stringify(audit.details)).not.toContain(phone);

    // The new number signs in; the code cannot be used twice.
    const signIn = await fetch(`${api.url}/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: phone, password: 'Citizen#2019' }),
    });
    expect(signIn.status).toBe(200);
    clock.advance(MINUTE);
    const back = '13800138000';
    await send(back);
    const again = await change(back, code);
    expect(again.userErrors).toMatchObject([{ field: ['input', 'code'], code: 'INVALID' }]);
    expect((await change(back, await codeSentTo(back))).userErrors).toEqual([]);
  });

  it('refuses a wrong code and an expired code, changing nothing', async () => {
    const phone = newPhone();
    await send(phone);
    const code = await codeSentTo(phone);
    const wrong = code === '000000' ? '000001' : '000000';
    expect(await refusedUnchanged(() => change(phone, wrong))).toEqual([
      { field: ['input', 'code'], code: 'INVALID', message: '验证码错误或已失效。' },
    ]);
    clock.advance(5 * MINUTE); // the code's lifetime
    expect(await refusedUnchanged(() => change(phone, code))).toEqual([
      { field: ['input', 'code'], code: 'INVALID', message: '验证码错误或已失效。' },
    ]);
  });

  it("refuses another account's number and the account's own, when sending and when changing", async () => {
    clock.advance(MINUTE);
    const taken = await send(CHEN_JING_PHONE);
    expect(taken.data!.sendPhoneCode.userErrors).toEqual([
      { field: ['input', 'phone'], code: 'TAKEN', message: '该手机号已被其他账号使用' },
    ]);
    const own = await send('13800138000');
    expect(own.data!.sendPhoneCode.userErrors).toMatchObject([
      { field: ['input', 'phone'], code: 'INVALID' },
    ]);

    // A number registered by someone else after the code was sent: the unique hash refuses it, the code stays.
    const phone = newPhone();
    await send(phone);
    const code = await codeSentTo(phone);
    const other = await api.db.user.findFirstOrThrow({
      where: { phoneHash: piiLookupHash(CHEN_JING_PHONE) },
    });
    await api.db.user.update({ where: { id: other.id }, data: { phoneHash: piiLookupHash(phone) } });
    expect(await refusedUnchanged(() => change(phone, code))).toEqual([
      { field: ['input', 'phone'], code: 'TAKEN', message: '该手机号已被其他账号使用' },
    ]);
    const unused = await api.db.phoneCode.findFirstOrThrow({
      where: { phoneHash: piiLookupHash(phone), purpose: 'CHANGE_PHONE' },
    });
    expect(unused.usedAt).toBeNull();
    await api.db.user.update({
      where: { id: other.id },
      data: { phoneHash: piiLookupHash(CHEN_JING_PHONE) },
    });
  });

  it('throttles sending per number, and locks code entry after 5 wrong codes even for the right one', async () => {
    clock.advance(61 * MINUTE);
    const phone = newPhone();
    expect((await send(phone)).data!.sendPhoneCode.userErrors).toEqual([]);
    const codes = await api.db.phoneCode.count();
    const again = await send(phone);
    expect(again.data!.sendPhoneCode.userErrors).toMatchObject([
      { field: ['input', 'phone'], code: 'THROTTLED' },
    ]);
    expect(again.data!.sendPhoneCode.retryAt).not.toBeNull();
    expect(await api.db.phoneCode.count()).toBe(codes);

    const code = await codeSentTo(phone);
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i += 1) await change(phone, wrong);
    const locked = await refusedUnchanged(() => change(phone, code));
    expect(locked).toMatchObject([{ field: ['input', 'code'], code: 'THROTTLED' }]);
  });

  it('is for signed-in citizens only: a code for a new number needs one', async () => {
    const anonymous = await send(newPhone(), null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const staff = await send(newPhone(), { sessionToken: await api.sessionFor(SUPERVISOR) });
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

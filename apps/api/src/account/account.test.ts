import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type Caller, type TestApi } from '../testing/test-api.ts';
import type { Clock } from '../lib/clock.ts';
import { maskPhone, piiLookupHash } from '../lib/pii.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { CONSENT_DOCUMENTS } from './consent-documents.ts';
import { TEST_RESIDENTS } from './identity-service.ts';

/** A clock the test moves by hand (code expiry, throttle windows). */
function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

const SEND = `mutation($input: SendPhoneCodeInput!) { sendPhoneCode(input: $input) {
  expiresAt retryAt userErrors { field code message } } }`;
const REGISTER = `mutation($input: RegisterAccountInput!) { registerAccount(input: $input) {
  user { id name realNameLevel maskedIdNumber maskedPhone } lockedUntil userErrors { field code message } } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) {
  revokedSessions lockedUntil userErrors { field code message } } }`;
const REAL_NAME = `mutation($input: VerifyRealNameInput!) { verifyRealName(input: $input) {
  user { name realNameLevel maskedIdNumber } userErrors { field code message } } }`;
const REAL_PERSON = `mutation($input: VerifyRealPersonInput!) { verifyRealPerson(input: $input) {
  user { realNameLevel } userErrors { field code message } } }`;
const REQUEST_LINK = `mutation($input: RequestFirmLinkInput!) { requestFirmLink(input: $input) {
  firmLink { id status firmName } userErrors { field code message } } }`;
const DECIDE_LINK = `mutation($input: DecideFirmLinkInput!) { decideFirmLink(input: $input) {
  firmLink { id status } userErrors { field code message } } }`;
const SAVE_DRAFT = `mutation($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) {
  case { id } userErrors { field code message } } }`;

const LI_HUA = '11010519491231002X';
const CHEN_JING = '120104198503120018';
const WANG_GANG = '120105198208080072';
const CHEN_FIRM = '天津南开海河贸易有限公司';
const PASSWORD = 'Spring2026go';
const ZHANG_WEI = TEST_RESIDENTS[0]!;
const WANG_FANG = TEST_RESIDENTS[1]!;
const LIU_QIANG = TEST_RESIDENTS[2]!;

type Errors = { field: string[] | null; code: string; message: string }[];

describe('account: 注册, 认证等级, 法人, 找回密码 (over HTTP, on PostgreSQL)', () => {
  const clock = manualClock('2026-12-04T02:00:00Z');
  let api: TestApi;
  let phoneSerial = 0;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
  });
  afterAll(() => api?.close());

  /** A fresh mobile number per use, so the per-number throttles of one test do not touch another's. */
  const newPhone = () => `1370000${String(1000 + (phoneSerial += 1)).slice(-4)}`;

  /** Everything a refused request must leave as it was. */
  async function snapshot() {
    const [users, consents, codes, links, sessions] = await Promise.all([
      api.db.user.findMany({
        orderBy: { id: 'asc' },
        select: {
          id: true,
          name: true,
          kind: true,
          passwordHash: true,
          realNameLevel: true,
          idNumberHash: true,
          idNumberCipher: true,
          phoneHash: true,
          companyCreditCode: true,
        },
      }),
      api.db.consent.findMany({ orderBy: { id: 'asc' } }),
      api.db.phoneCode.findMany({ orderBy: { id: 'asc' } }),
      api.db.firmLink.findMany({ orderBy: { id: 'asc' } }),
      api.db.session.findMany({ orderBy: { id: 'asc' }, select: { id: true, revokedAt: true } }),
    ]);
    return { users, consents, codes, links, sessions };
  }

  async function send(
    phone: string,
    purpose: 'REGISTER' | 'RESET_PASSWORD',
    headers: Record<string, string> = {},
  ) {
    const result = await api.graphql<{ sendPhoneCode: { retryAt: string | null; userErrors: Errors } }>(
      SEND,
      { input: { phone, purpose } },
      null,
      headers,
    );
    return result.data!.sendPhoneCode;
  }

  /** The code as the logging SMS provider recorded it (sms_log keeps the text, the number masked). */
  async function codeSentTo(phone: string): Promise<string> {
    const row = await api.db.smsLog.findFirstOrThrow({
      where: { phoneMasked: maskPhone(phone) },
      orderBy: { loggedAt: 'desc' },
    });
    return row.text.match(/验证码为 (\d{6})/)![1]!;
  }

  const registration = (phone: string, code: string, overrides: Record<string, unknown> = {}) => ({
    phone,
    code,
    name: '张伟',
    password: PASSWORD,
    termsVersion: CONSENT_DOCUMENTS.TERMS.version,
    privacyNoticeVersion: CONSENT_DOCUMENTS.PRIVACY_NOTICE.version,
    ...overrides,
  });

  async function register(input: Record<string, unknown>) {
    const result = await api.graphql<{
      registerAccount: { user: { id: string; realNameLevel: string } | null; userErrors: Errors };
    }>(REGISTER, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.registerAccount;
  }

  /** A new registered (未认证) citizen and a session of theirs. */
  async function newCitizen(name = '张伟') {
    const phone = newPhone();
    await send(phone, 'REGISTER');
    const { user, userErrors } = await register(registration(phone, await codeSentTo(phone), { name }));
    expect(userErrors).toEqual([]);
    const row = await api.db.user.findUniqueOrThrow({ where: { phoneHash: piiLookupHash(phone) } });
    expect(toGlobalId('User', row.id)).toBe(user!.id);
    return { phone, id: row.id, caller: { sessionToken: await api.sessionForUser(row.id) } as Caller };
  }

  /** Runs a refused request and asserts it changed nothing; returns its userErrors. */
  async function refusedUnchanged(run: () => Promise<{ userErrors: Errors }>): Promise<Errors> {
    const before = await snapshot();
    const { userErrors } = await run();
    expect(userErrors.length).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
    return userErrors;
  }

  describe('注册', () => {
    it('registers a 未认证 citizen with the code from the SMS, the password hashed, both agreements recorded', async () => {
      const phone = newPhone();
      const sent = await send(phone, 'REGISTER');
      expect(sent.userErrors).toEqual([]);
      const code = await codeSentTo(phone);
      const stored = await api.db.phoneCode.findFirstOrThrow({ where: { phoneHash: piiLookupHash(phone) } });
      expect(stored.codeHash).not.toContain(code);
      expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(5 * 60_000);

      const { user, userErrors } = await register(registration(phone, code));
      expect(userErrors).toEqual([]);
      expect(user).toMatchObject({
        realNameLevel: 'UNVERIFIED',
        maskedIdNumber: null,
        maskedPhone: maskPhone(phone),
      });
      const row = await api.db.user.findUniqueOrThrow({ where: { phoneHash: piiLookupHash(phone) } });
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row.phoneCipher).not.toContain(phone);
      const consents = await api.db.consent.findMany({
        where: { userId: row.id },
        orderBy: { document: 'asc' },
      });
      expect(consents.map((c) => [c.document, c.version, c.acceptedAt.toISOString()])).toEqual([
        ['TERMS', CONSENT_DOCUMENTS.TERMS.version, clock.now().toISOString()],
        ['PRIVACY_NOTICE', CONSENT_DOCUMENTS.PRIVACY_NOTICE.version, clock.now().toISOString()],
      ]);
      expect((await api.db.phoneCode.findUniqueOrThrow({ where: { id: stored.id } })).usedAt).not.toBeNull();

      // The new account signs in with its mobile number.
      const signIn = await fetch(`${api.url}/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: phone, password: PASSWORD }),
      });
      expect(signIn.status).toBe(200);

      // The code is used: the same registration again is refused, changing nothing.
      const reused = await refusedUnchanged(() => register(registration(phone, code)));
      expect(reused).toEqual([
        { field: ['input', 'code'], code: 'INVALID', message: '验证码错误或已失效。' },
      ]);
    });

    it('refuses a wrong code, an expired code and a superseded code, changing nothing', async () => {
      const phone = newPhone();
      await send(phone, 'REGISTER');
      const first = await codeSentTo(phone);
      const wrong = first === '000000' ? '000001' : '000000';
      expect(await refusedUnchanged(() => register(registration(phone, wrong)))).toMatchObject([
        { field: ['input', 'code'], code: 'INVALID' },
      ]);

      clock.advance(61_000);
      await send(phone, 'REGISTER');
      const second = await codeSentTo(phone);
      if (second !== first) {
        expect(await refusedUnchanged(() => register(registration(phone, first)))).toMatchObject([
          { code: 'INVALID', message: '验证码错误或已失效。' },
        ]);
      }
      clock.advance(5 * 60_000); // the code's lifetime: expired from its expiry instant on
      expect(await refusedUnchanged(() => register(registration(phone, second)))).toMatchObject([
        { field: ['input', 'code'], code: 'INVALID', message: '验证码错误或已失效。' },
      ]);
    });

    it('refuses a weak password, an old agreement and a bad number before touching the code', async () => {
      const phone = newPhone();
      clock.advance(61_000);
      await send(phone, 'REGISTER');
      const code = await codeSentTo(phone);
      expect(
        await refusedUnchanged(() => register(registration(phone, code, { password: 'onlyletters' }))),
      ).toEqual([{ field: ['input', 'password'], code: 'INVALID', message: '密码须同时包含字母和数字' }]);
      expect(
        await refusedUnchanged(() => register(registration(phone, code, { password: 'a1' }))),
      ).toMatchObject([{ field: ['input', 'password'], code: 'INVALID' }]);
      expect(
        await refusedUnchanged(() => register(registration(phone, code, { termsVersion: '2020-01-01' }))),
      ).toMatchObject([{ field: ['input', 'termsVersion'], code: 'INVALID' }]);
      expect(await refusedUnchanged(() => register(registration('1234', code)))).toMatchObject([
        { field: ['input', 'phone'], code: 'INVALID' },
      ]);
      // The code is still good after all of that.
      expect((await register(registration(phone, code))).userErrors).toEqual([]);
    });

    it('refuses a code for a registered number, and throttles sending per number and per address', async () => {
      clock.advance(61 * 60_000);
      const taken = await send('13800138000', 'REGISTER'); // 李华's
      expect(taken.userErrors).toMatchObject([{ field: ['input', 'phone'], code: 'TAKEN' }]);

      const phone = newPhone();
      expect((await send(phone, 'REGISTER')).userErrors).toEqual([]);
      const before = await snapshot();
      const again = await send(phone, 'REGISTER');
      expect(again.userErrors).toMatchObject([{ field: ['input', 'phone'], code: 'THROTTLED' }]);
      expect(again.retryAt).not.toBeNull();
      expect(await snapshot()).toEqual(before); // no new code

      // 20 an hour per address: numbers that were never asked for are refused once the address is spent.
      const address = { 'x-forwarded-for': '203.0.113.7' };
      clock.advance(60 * 60_000);
      const answers = [];
      for (let i = 0; i < 21; i += 1) answers.push(await send(newPhone(), 'REGISTER', address));
      // Without TRUST_PROXY every request comes from 127.0.0.1, the test's own address: that is the one counted.
      expect(answers.slice(0, 20).every((answer) => answer.userErrors.length === 0)).toBe(true);
      expect(answers[20]!.userErrors).toMatchObject([{ code: 'THROTTLED' }]);
      clock.advance(60 * 60_000);
    });

    it('locks code entry after 5 wrong codes, even for the right one', async () => {
      const phone = newPhone();
      await send(phone, 'REGISTER');
      const code = await codeSentTo(phone);
      const wrong = code === '111111' ? '222222' : '111111';
      for (let i = 0; i < 5; i += 1) await register(registration(phone, wrong));
      const errors = await refusedUnchanged(() => register(registration(phone, code)));
      expect(errors).toMatchObject([{ field: ['input', 'code'], code: 'THROTTLED' }]);
      clock.advance(15 * 60_000);
      // The code expired meanwhile (5 minutes), so a new one is needed.
      await send(phone, 'REGISTER');
      expect((await register(registration(phone, await codeSentTo(phone)))).userErrors).toEqual([]);
    });
  });

  describe('认证等级', () => {
    async function verify(caller: Caller, name: string, idNumber: string) {
      const result = await api.graphql<{
        verifyRealName: {
          user: { realNameLevel: string; maskedIdNumber: string } | null;
          userErrors: Errors;
        };
      }>(REAL_NAME, { input: { name, idNumber } }, caller);
      expect(result.errors).toBeUndefined();
      return result.data!.verifyRealName;
    }

    it('refuses a bad check digit, a mismatch, an unknown person, an outage and a taken number, changing nothing', async () => {
      const { caller } = await newCitizen();
      const badDigit = `${ZHANG_WEI.idNumber.slice(0, 17)}${ZHANG_WEI.idNumber[17] === '0' ? '1' : '0'}`;
      expect(await refusedUnchanged(() => verify(caller, ZHANG_WEI.name, badDigit))).toEqual([
        { field: ['input', 'idNumber'], code: 'INVALID', message: '身份证号校验位不正确，请核对' },
      ]);
      expect(await refusedUnchanged(() => verify(caller, '李四', ZHANG_WEI.idNumber))).toEqual([
        { field: ['input', 'name'], code: 'IDENTITY_MISMATCH', message: '姓名与身份证号不一致' },
      ]);
      expect(await refusedUnchanged(() => verify(caller, '赵六', '120101198001010012'))).toMatchObject([
        { field: ['input', 'idNumber'], code: 'IDENTITY_NOT_FOUND', message: '查无此人，请核对身份证号' },
      ]);
      expect(await refusedUnchanged(() => verify(caller, LIU_QIANG.name, LIU_QIANG.idNumber))).toMatchObject([
        { code: 'UNAVAILABLE' },
      ]);
      expect(await refusedUnchanged(() => verify(caller, '李华', LI_HUA))).toMatchObject([
        { field: ['input', 'idNumber'], code: 'TAKEN' },
      ]);
    });

    it('raises to 实名 then 实人, stores the ID number protected and masked, audits the read, and lets the user apply', async () => {
      const { caller, id } = await newCitizen('张小伟');
      const item = await api.db.serviceItem.findUniqueOrThrow({
        where: { code: 'tj-ndrc-foreign-investment' },
      });
      const draft = () =>
        api.graphql<{ saveApplicationDraft: { case: { id: string } | null; userErrors: Errors } }>(
          SAVE_DRAFT,
          { input: { itemId: toGlobalId('ServiceItem', item.id) } },
          caller,
        );
      const before = await api.db.case.count();
      expect((await draft()).data!.saveApplicationDraft.userErrors).toEqual([
        {
          field: ['input', 'itemId'],
          code: 'LEVEL_REQUIRED',
          message: '在线申报「外商投资项目核准」需要先完成实名认证',
        },
      ]);
      expect(await api.db.case.count()).toBe(before);

      const person = await api.graphql<{ verifyRealPerson: { userErrors: Errors } }>(
        REAL_PERSON,
        { input: { livenessToken: 'token' } },
        caller,
      );
      expect(person.data!.verifyRealPerson.userErrors).toMatchObject([{ code: 'LEVEL_REQUIRED' }]);

      const done = await verify(caller, ZHANG_WEI.name, ZHANG_WEI.idNumber);
      expect(done).toEqual({
        user: { name: '张伟', realNameLevel: 'REAL_NAME', maskedIdNumber: '120***********1239' },
        userErrors: [],
      });
      const row = await api.db.user.findUniqueOrThrow({ where: { id } });
      expect(row.idNumberHash).toBe(piiLookupHash(ZHANG_WEI.idNumber));
      expect(row.idNumberCipher).not.toContain(ZHANG_WEI.idNumber);
      expect((await draft()).data!.saveApplicationDraft.userErrors).toEqual([]);

      const face = await api.graphql<{
        verifyRealPerson: { user: { realNameLevel: string }; userErrors: Errors };
      }>(REAL_PERSON, { input: { livenessToken: 'sdk-result' } }, caller);
      expect(face.data!.verifyRealPerson).toEqual({ user: { realNameLevel: 'REAL_PERSON' }, userErrors: [] });
      const reads = await api.db.auditLog.findMany({
        where: { subjectId: id, action: 'user.id_number.read' },
      });
      expect(reads).toHaveLength(1);
      expect(JSON.stringify(reads[0]!.details)).not.toContain(ZHANG_WEI.idNumber);
    });

    it('refuses a face that does not match, changing nothing', async () => {
      const { caller } = await newCitizen('王芳');
      expect((await verify(caller, WANG_FANG.name, WANG_FANG.idNumber)).userErrors).toEqual([]);
      const errors = await refusedUnchanged(async () => {
        const result = await api.graphql<{ verifyRealPerson: { userErrors: Errors } }>(
          REAL_PERSON,
          { input: { livenessToken: 'sdk-result' } },
          caller,
        );
        return result.data!.verifyRealPerson;
      });
      expect(errors).toMatchObject([{ code: 'IDENTITY_MISMATCH', message: '人脸与身份证照片比对不一致' }]);
    });
  });

  describe('法人: linking a firm', () => {
    const firmCode = async () =>
      (await api.db.license.findFirstOrThrow({ where: { holderName: CHEN_FIRM } })).holderCreditCode;
    const request = async (caller: Caller, creditCode: string) =>
      (
        await api.graphql<{
          requestFirmLink: { firmLink: { id: string; status: string } | null; userErrors: Errors };
        }>(REQUEST_LINK, { input: { creditCode } }, caller)
      ).data!.requestFirmLink;
    const decide = async (caller: Caller, linkId: string, approve: boolean) =>
      (
        await api.graphql<{ decideFirmLink: { firmLink: { status: string } | null; userErrors: Errors } }>(
          DECIDE_LINK,
          { input: { linkId, approve } },
          caller,
        )
      ).data!.decideFirmLink;

    it('refuses a bad credit code, an unverified user and a second pending request, changing nothing', async () => {
      const li = { sessionToken: await api.sessionFor(LI_HUA) };
      const code = await firmCode();
      const bad = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
      expect(await refusedUnchanged(() => request(li, bad))).toMatchObject([
        { field: ['input', 'creditCode'], code: 'INVALID', message: '统一社会信用代码校验位不正确，请核对' },
      ]);
      const { caller: fresh } = await newCitizen();
      expect(await refusedUnchanged(() => request(fresh, code))).toMatchObject([{ code: 'LEVEL_REQUIRED' }]);

      const first = await request(li, code);
      expect(first).toMatchObject({ firmLink: { status: 'PENDING' }, userErrors: [] });
      expect(await refusedUnchanged(() => request(li, code))).toMatchObject([
        { field: ['input', 'creditCode'], code: 'TAKEN' },
      ]);
    });

    it('lets only the legal representative decide; the approved user then acts for the firm in the license library', async () => {
      const li = { sessionToken: await api.sessionFor(LI_HUA) };
      const chen = { sessionToken: await api.sessionFor(CHEN_JING) };
      const wang = { sessionToken: await api.sessionFor(WANG_GANG) };
      const link = await api.db.firmLink.findFirstOrThrow({
        where: { status: 'PENDING', firmName: CHEN_FIRM },
      });
      const linkId = toGlobalId('FirmLink', link.id);

      // Another user (the requester themself, another firm's representative) cannot decide or even see it.
      for (const other of [li, wang]) {
        expect(await refusedUnchanged(() => decide(other, linkId, true))).toMatchObject([
          { field: ['input', 'linkId'], code: 'NOT_FOUND' },
        ]);
      }
      const seenBy = async (caller: Caller) =>
        (
          await api.graphql<{ node: { id: string } | null }>(
            'query($id: ID!) { node(id: $id) { id } }',
            { id: linkId },
            caller,
          )
        ).data!.node;
      expect(await seenBy(wang)).toBeNull();
      expect(await seenBy(chen)).toEqual({ id: linkId });

      const toDecide = await api.graphql<{ firmLinksToDecide: { id: string; requesterName: string }[] }>(
        '{ firmLinksToDecide { id requesterName } }',
        {},
        chen,
      );
      expect(toDecide.data!.firmLinksToDecide).toEqual([{ id: linkId, requesterName: '李华' }]);

      const licensesOf = async (caller: Caller) =>
        (
          await api.graphql<{ myLicenses: { name: string }[] }>('{ myLicenses { name } }', {}, caller)
        ).data!.myLicenses.map((license) => license.name);
      expect(await licensesOf(li)).not.toContain(CHEN_FIRM);

      expect(await decide(chen, linkId, true)).toEqual({
        firmLink: { id: linkId, status: 'APPROVED' },
        userErrors: [],
      });
      const linked = await api.db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(LI_HUA) } });
      expect(linked).toMatchObject({ kind: 'COMPANY', companyName: CHEN_FIRM });
      expect(await licensesOf(li)).toContain(CHEN_FIRM);

      expect(await refusedUnchanged(() => decide(chen, linkId, false))).toMatchObject([
        { code: 'INVALID_TRANSITION' },
      ]);
    });
  });

  describe('找回密码', () => {
    it('answers the same for an unknown number and sends nothing', async () => {
      const phone = newPhone();
      const before = await api.db.smsLog.count();
      expect((await send(phone, 'RESET_PASSWORD')).userErrors).toEqual([]);
      expect(await api.db.smsLog.count()).toBe(before);
    });

    it('refuses a weak password and a wrong code; resets with the right one, ends every session, and the code is single use', async () => {
      const { phone, id, caller } = await newCitizen();
      const other = { sessionToken: await api.sessionForUser(id) };
      clock.advance(61_000);
      await send(phone, 'RESET_PASSWORD');
      const code = await codeSentTo(phone);
      const reset = async (input: Record<string, unknown>) =>
        (
          await api.graphql<{ resetPassword: { revokedSessions: number | null; userErrors: Errors } }>(
            RESET,
            { input },
          )
        ).data!.resetPassword;
      expect(await refusedUnchanged(() => reset({ phone, code, newPassword: 'short1' }))).toMatchObject([
        { field: ['input', 'newPassword'], code: 'INVALID' },
      ]);
      const wrong = code === '000000' ? '000001' : '000000';
      expect(
        await refusedUnchanged(() => reset({ phone, code: wrong, newPassword: 'Autumn2026go' })),
      ).toMatchObject([{ field: ['input', 'code'], code: 'INVALID' }]);

      expect(await reset({ phone, code, newPassword: 'Autumn2026go' })).toEqual({
        revokedSessions: 2,
        lockedUntil: null,
        userErrors: [],
      });
      for (const session of [caller, other]) {
        const me = await api.graphql<{ me: { id: string } | null }>('{ me { id } }', {}, session);
        expect(me.data!.me).toBeNull();
      }
      const signIn = (password: string) =>
        fetch(`${api.url}/auth/password`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: phone, password }),
        }).then((response) => response.status);
      expect(await signIn(PASSWORD)).toBe(401);
      expect(await signIn('Autumn2026go')).toBe(200);

      expect(await refusedUnchanged(() => reset({ phone, code, newPassword: 'Winter2026go' }))).toMatchObject(
        [{ field: ['input', 'code'], code: 'INVALID', message: '验证码错误或已失效。' }],
      );
    });
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decode, encode } from 'next-auth/jwt';
import { startTestApi, TEST_SESSION_SECRET, type TestApi } from '../testing/test-api.ts';
import type { Clock } from '../lib/clock.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { resolveSession } from './resolve-session.ts';
import { defaultSessionPolicy } from './session-policy.ts';
import { PRINCIPAL_USER_COLUMNS } from './principal.ts';

const CITIZEN = '11010519491231002X';
const OTHER_CITIZEN = '120104198503120018';
const CLERK = '120102198801010033';
const MINUTE = 60_000;

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

describe('server-side sessions', () => {
  const clock = manualClock('2026-11-27T02:00:00Z');
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
  });
  afterAll(() => api?.close());

  async function whoAmI(sessionToken: string): Promise<string | null> {
    const result = await api.graphql<{ me: { name: string } | null }>(
      '{ me { name } }',
      {},
      { sessionToken },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.me?.name ?? null;
  }

  async function sessionRow(sessionToken: string) {
    const claims = await decode({ token: sessionToken, secret: TEST_SESSION_SECRET });
    return api.db.session.findUniqueOrThrow({ where: { id: claims!.sid as string } });
  }

  async function signIn(login: string, password: string) {
    const response = await fetch(`${api.url}/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'session-test' },
      body: JSON.stringify({ login, password }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function signOut(sessionToken: string) {
    const response = await fetch(`${api.url}/auth/sign-out`, {
      method: 'POST',
      headers: { 'x-session-token': sessionToken },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('opens a session row at sign-in, and the token naming it works until 退出 revokes it', async () => {
    const signedIn = await signIn(CITIZEN, 'Citizen#2019');
    expect(signedIn.status).toBe(200);
    const { user, sessionId } = signedIn.body as { user: { id: string; name: string }; sessionId: string };
    const row = await api.db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({
      userId: user.id,
      createdAt: clock.now(),
      lastSeenAt: clock.now(),
      expiresAt: new Date(clock.now().getTime() + 8 * 60 * MINUTE),
      revokedAt: null,
      userAgent: 'session-test',
    });
    const token = await encode({
      token: { sub: user.id, name: user.name, sid: sessionId },
      secret: TEST_SESSION_SECRET,
    });
    expect(await whoAmI(token)).toBe('李华');

    expect(await signOut(token)).toEqual({ status: 200, body: { revoked: true } });
    // The copied cookie no longer answers, at once.
    expect(await whoAmI(token)).toBeNull();
    expect((await api.db.session.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).toEqual(
      clock.now(),
    );
    expect(await signOut(token)).toEqual({ status: 200, body: { revoked: false } });
    expect((await signOut('not-a-token')).status).toBe(401);
  });

  it('refuses a token without a session id, or naming another user’s session', async () => {
    const citizen = await api.db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(CITIZEN) } });
    const stateless = await encode({
      token: { sub: citizen.id, name: citizen.name },
      secret: TEST_SESSION_SECRET,
    });
    expect(await whoAmI(stateless)).toBeNull();

    const othersToken = await api.sessionFor(OTHER_CITIZEN);
    const othersSession = await sessionRow(othersToken);
    const forged = await encode({
      token: { sub: citizen.id, sid: othersSession.id },
      secret: TEST_SESSION_SECRET,
    });
    expect(await whoAmI(forged)).toBeNull();
    expect(await whoAmI(othersToken)).toBe('陈静');
    // Another user's sign-out cannot end this session either.
    const citizenToken = await api.sessionFor(CITIZEN);
    const crossSignOut = await encode({
      token: { sub: citizen.id, sid: othersSession.id },
      secret: TEST_SESSION_SECRET,
    });
    expect((await signOut(crossSignOut)).body).toEqual({ revoked: false });
    expect(await whoAmI(othersToken)).toBe('陈静');
    expect(await whoAmI(citizenToken)).toBe('李华');
  });

  it('ends a citizen session after 30 idle minutes; activity keeps it alive', async () => {
    const token = await api.sessionFor(CITIZEN);
    clock.advance(29 * MINUTE);
    expect(await whoAmI(token)).toBe('李华');
    clock.advance(29 * MINUTE);
    expect(await whoAmI(token)).toBe('李华');
    clock.advance(30 * MINUTE);
    expect(await whoAmI(token)).toBeNull();
  });

  it('ends a staff session after 15 idle minutes', async () => {
    const token = await api.sessionFor(CLERK);
    clock.advance(14 * MINUTE);
    expect(await whoAmI(token)).toBe('赵敏');
    clock.advance(15 * MINUTE);
    expect(await whoAmI(token)).toBeNull();
  });

  it('writes last seen at most once a minute', async () => {
    const token = await api.sessionFor(CITIZEN);
    const created = (await sessionRow(token)).lastSeenAt;
    clock.advance(59_000);
    expect(await whoAmI(token)).toBe('李华');
    expect((await sessionRow(token)).lastSeenAt).toEqual(created);
    clock.advance(2_000);
    expect(await whoAmI(token)).toBe('李华');
    expect((await sessionRow(token)).lastSeenAt).toEqual(clock.now());
  });

  it('ends a session at its absolute lifetime of 8 hours however active', async () => {
    const token = await api.sessionFor(CITIZEN);
    for (let elapsed = 0; elapsed < 8 * 60 - 20; elapsed += 20) {
      clock.advance(20 * MINUTE);
      expect(await whoAmI(token)).toBe('李华');
    }
    clock.advance(20 * MINUTE);
    expect(await whoAmI(token)).toBeNull();
  });

  it('ends every session of a disabled user', async () => {
    const token = await api.sessionFor(OTHER_CITIZEN);
    expect(await whoAmI(token)).toBe('陈静');
    await api.db.user.update({
      where: { idNumberHash: piiLookupHash(OTHER_CITIZEN) },
      data: { isActive: false },
    });
    try {
      expect(await whoAmI(token)).toBeNull();
    } finally {
      await api.db.user.update({
        where: { idNumberHash: piiLookupHash(OTHER_CITIZEN) },
        data: { isActive: true },
      });
    }
  });

  it('reads a session’s user with exactly the principal columns the ORM would select, and no user for an unknown session', async () => {
    const token = await api.sessionFor(CLERK); // a staff user: department, roles and dates all set
    const session = await sessionRow(token);
    const user = await resolveSession(
      { db: api.db, clock, sessionPolicy: defaultSessionPolicy },
      { userId: session.userId, sessionId: session.id },
    );
    const expected = await api.db.user.findUniqueOrThrow({
      where: { id: session.userId },
      select: PRINCIPAL_USER_COLUMNS,
    });
    expect(user).toStrictEqual(expected);
    expect(
      await resolveSession(
        { db: api.db, clock, sessionPolicy: defaultSessionPolicy },
        { userId: session.userId, sessionId: '00000000-0000-7000-8000-000000000000' },
      ),
    ).toBeNull();
  });

  describe('changePassword (over HTTP)', () => {
    const CHANGE = `mutation($input: ChangePasswordInput!) {
      changePassword(input: $input) { revokedSessions lockedUntil userErrors { field code message } }
    }`;
    type ChangePayload = {
      revokedSessions: number | null;
      lockedUntil: string | null;
      userErrors: { field: string[]; code: string; message: string }[];
    };
    async function change(sessionToken: string, currentPassword: string, newPassword: string) {
      const result = await api.graphql<{ changePassword: ChangePayload }>(
        CHANGE,
        { input: { currentPassword, newPassword } },
        { sessionToken },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.changePassword;
    }
    const userRow = (idNumber: string) =>
      api.db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(idNumber) } });
    const sessionsOf = (userId: string) =>
      api.db.session.findMany({ where: { userId }, orderBy: { id: 'asc' } });
    const audits = () => api.db.auditLog.count({ where: { action: 'user.change_password' } });

    it('refuses a wrong current password and every weak new one, changing nothing', async () => {
      const here = await api.sessionFor(OTHER_CITIZEN);
      const elsewhere = await api.sessionFor(OTHER_CITIZEN);
      const userBefore = await userRow(OTHER_CITIZEN);
      const sessionsBefore = await sessionsOf(userBefore.id);
      const auditsBefore = await audits();

      expect(await change(here, 'nope', 'Brand-new#2026')).toEqual({
        revokedSessions: null,
        lockedUntil: null,
        userErrors: [{ code: 'INVALID', field: ['input', 'currentPassword'], message: '当前密码不正确' }],
      });
      const weak = {
        short1: '新密码长度须为 8–256 个字符',
        [`a1${'x'.repeat(255)}`]: '新密码长度须为 8–256 个字符',
        onlyletters: '新密码须同时包含字母和数字',
        '1234567890': '新密码须同时包含字母和数字',
        'Citizen#2019': '新密码不能与当前密码相同',
      };
      for (const [password, message] of Object.entries(weak)) {
        expect(await change(here, 'Citizen#2019', password), password).toEqual({
          revokedSessions: null,
          lockedUntil: null,
          userErrors: [{ code: 'INVALID', field: ['input', 'newPassword'], message }],
        });
      }
      // The own ID number (with a letter X) and phone number are refused, whatever the case of the X.
      const li = await api.sessionFor(CITIZEN);
      const liBefore = await userRow(CITIZEN);
      for (const password of ['11010519491231002X', '11010519491231002x']) {
        expect((await change(li, 'Citizen#2019', password)).userErrors).toEqual([
          { code: 'INVALID', field: ['input', 'newPassword'], message: '新密码不能是身份证号或手机号' },
        ]);
      }
      await api.db.user.update({
        where: { id: liBefore.id },
        data: { phoneHash: piiLookupHash('abc13800138000') },
      });
      expect((await change(li, 'Citizen#2019', 'abc13800138000')).userErrors[0]!.message).toBe(
        '新密码不能是身份证号或手机号',
      );
      await api.db.user.update({
        where: { id: liBefore.id },
        data: { phoneHash: liBefore.phoneHash, updatedAt: liBefore.updatedAt },
      });

      expect(await userRow(OTHER_CITIZEN)).toEqual(userBefore);
      expect(await sessionsOf(userBefore.id)).toEqual(sessionsBefore);
      expect(await userRow(CITIZEN)).toEqual(liBefore);
      expect(await audits()).toBe(auditsBefore);
      expect(await whoAmI(elsewhere)).toBe('陈静');
      expect(await whoAmI(here)).toBe('陈静');
    });

    it('locks after five wrong current passwords, like sign-in, even for the right one, until the window ends', async () => {
      const here = await api.sessionFor(CITIZEN);
      const before = await userRow(CITIZEN);
      for (let i = 0; i < 5; i += 1) {
        expect((await change(here, `guess-${i}`, 'Brand-new#2026')).userErrors[0]!.code).toBe('INVALID');
      }
      const windowEnd = new Date(Math.ceil((clock.now().getTime() + 1) / (15 * MINUTE)) * 15 * MINUTE);
      const locked = await change(here, 'Citizen#2019', 'Brand-new#2026');
      expect(locked.revokedSessions).toBeNull();
      expect(locked.userErrors).toMatchObject([{ code: 'FORBIDDEN', field: ['input', 'currentPassword'] }]);
      expect(locked.userErrors[0]!.message).toContain('密码错误次数过多');
      expect(new Date(locked.lockedUntil!).getTime()).toBe(windowEnd.getTime());
      expect(await userRow(CITIZEN)).toEqual(before);

      // Another user is not affected; once the window ends, the user may try again.
      expect((await change(await api.sessionFor(CLERK), 'guess', 'Brand-new#2026')).userErrors[0]!.code).toBe(
        'INVALID',
      );
      clock.advance(windowEnd.getTime() - clock.now().getTime());
      expect((await change(here, 'guess-again', 'Brand-new#2026')).userErrors[0]!.code).toBe('INVALID');
      expect(await userRow(CITIZEN)).toEqual(before);
    });

    it('ends every other session of the user, keeps this one and other users’ sessions', async () => {
      const here = await api.sessionFor(OTHER_CITIZEN);
      const elsewhere = await api.sessionFor(OTHER_CITIZEN);
      const alsoElsewhere = await api.sessionFor(OTHER_CITIZEN);
      const someoneElse = await api.sessionFor(CITIZEN);
      const auditsBefore = await audits();
      const result = await change(here, 'Citizen#2019', 'Brand-new#2026');
      expect(result.userErrors).toEqual([]);
      expect(result.revokedSessions).toBeGreaterThanOrEqual(2);
      for (const token of [elsewhere, alsoElsewhere]) {
        expect(await whoAmI(token)).toBeNull();
        expect((await sessionRow(token)).revokedAt).toEqual(clock.now());
      }
      expect(await whoAmI(here)).toBe('陈静');
      expect(await whoAmI(someoneElse)).toBe('李华');
      expect(await audits()).toBe(auditsBefore + 1);
      expect((await signIn(OTHER_CITIZEN, 'Citizen#2019')).status).toBe(401);
      expect((await signIn(OTHER_CITIZEN, 'Brand-new#2026')).status).toBe(200);
    });
  });
});

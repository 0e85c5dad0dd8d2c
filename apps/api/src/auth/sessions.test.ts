import { uploadLimitsFromEnv } from '../application/upload-limits.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decode, encode } from 'next-auth/jwt';
import { pino } from 'pino';
import { startTestApi, TEST_SESSION_SECRET, type TestApi } from '../testing/test-api.ts';
import type { Clock } from '../lib/clock.ts';
import type { Context } from '../context.ts';
import { createLoaders } from '../loaders.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { changePassword } from './change-password.ts';
import { resolveSession } from './resolve-session.ts';
import { defaultSessionPolicy } from './session-policy.ts';
import { PRINCIPAL_USER_COLUMNS } from './principal.ts';
import { AbuseCounters } from '../abuse/abuse-counters.ts';
import { LoginThrottle } from './login-throttle.ts';

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

  describe('changePassword', () => {
    async function contextFor(token: string): Promise<Context> {
      const claims = (await decode({ token, secret: TEST_SESSION_SECRET }))!;
      const deps = { db: api.db, clock, sessionPolicy: defaultSessionPolicy };
      const user = await resolveSession(deps, { userId: claims.sub!, sessionId: claims.sid as string });
      return {
        principal: { kind: 'user', user: user!, sessionId: claims.sid as string },
        db: api.db,
        loaders: createLoaders(api.db),
        clock,
        logger: pino({ level: 'silent' }),
        ip: null,
        storage: api.storage,
        uploadLimits: uploadLimitsFromEnv({} as NodeJS.ProcessEnv),
        abuse: new AbuseCounters(api.db),
        passwordThrottle: new LoginThrottle(new AbuseCounters(api.db)),
      };
    }

    it('refuses a wrong current password or a short new one, ending no session', async () => {
      const here = await api.sessionFor(OTHER_CITIZEN);
      const elsewhere = await api.sessionFor(OTHER_CITIZEN);
      const userId = (await sessionRow(here)).userId;
      const before = await api.db.session.findMany({ where: { userId }, orderBy: { id: 'asc' } });
      const userBefore = await api.db.user.findUniqueOrThrow({ where: { id: userId } });

      const wrong = await changePassword(await contextFor(here), {
        currentPassword: 'nope',
        newPassword: 'Brand-new#2026',
      });
      expect(wrong).toEqual({
        ok: false,
        errors: [{ code: 'INVALID', field: ['currentPassword'], message: '当前密码不正确' }],
      });
      const short = await changePassword(await contextFor(here), {
        currentPassword: 'Citizen#2019',
        newPassword: 'short',
      });
      expect(short).toMatchObject({ ok: false, errors: [{ code: 'INVALID', field: ['newPassword'] }] });

      expect(await api.db.session.findMany({ where: { userId }, orderBy: { id: 'asc' } })).toEqual(before);
      expect(await api.db.user.findUniqueOrThrow({ where: { id: userId } })).toEqual(userBefore);
      expect(await whoAmI(elsewhere)).toBe('陈静');
    });

    it('ends every other session of the user, keeps this one and other users’ sessions', async () => {
      const here = await api.sessionFor(OTHER_CITIZEN);
      const elsewhere = await api.sessionFor(OTHER_CITIZEN);
      const someoneElse = await api.sessionFor(CITIZEN);
      const result = await changePassword(await contextFor(here), {
        currentPassword: 'Citizen#2019',
        newPassword: 'Brand-new#2026',
      });
      expect(result.ok).toBe(true);
      expect(await whoAmI(elsewhere)).toBeNull();
      expect((await sessionRow(elsewhere)).revokedAt).toEqual(clock.now());
      expect(await whoAmI(here)).toBe('陈静');
      expect(await whoAmI(someoneElse)).toBe('李华');
      expect((await signIn(OTHER_CITIZEN, 'Citizen#2019')).status).toBe(401);
      expect((await signIn(OTHER_CITIZEN, 'Brand-new#2026')).status).toBe(200);
    });
  });
});

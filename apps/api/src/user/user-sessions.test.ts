import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { startTestApi, TEST_SESSION_SECRET, type TestApi } from '../testing/test-api.ts';
import type { Clock } from '../lib/clock.ts';
import { toGlobalId } from '../lib/global-id.ts';

/** 信息管理: 在线设备 with 退出 for each, and 登录记录 (graphql/user.graphql). */
const CITIZEN = '11010519491231002X';
const PASSWORD = 'Citizen#2019';
const OTHER_CITIZEN = '120104198503120018';
const MINUTE = 60_000;
const WINDOWS_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

type SessionView = {
  id: string;
  state: string;
  device: string;
  address: string | null;
  current: boolean;
  signedInAt: string;
  endedAt: string | null;
};

const SESSIONS = `query($activeOnly: Boolean, $first: Int, $after: String) {
  me { sessions(activeOnly: $activeOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id state device address current signedInAt endedAt }
  } }
}`;
const END = `mutation($input: EndSessionInput!) {
  endSession(input: $input) { session { id state endedAt } userErrors { field code message } }
}`;

describe('信息管理: sessions and sign-in history', () => {
  const clock = manualClock('2026-12-04T02:00:00Z');
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
  });
  afterAll(() => api?.close());

  /** Signs in with the password over HTTP, as a browser at `address` would (the web forwards the address). */
  async function signIn(userAgent: string, address: string) {
    const response = await fetch(`${api.url}/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent, 'x-forwarded-for': address },
      body: JSON.stringify({ login: CITIZEN, password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: { id: string; name: string }; sessionId: string };
    const sessionToken = await encode({
      token: { sub: body.user.id, name: body.user.name, sid: body.sessionId },
      secret: TEST_SESSION_SECRET,
    });
    return { sessionToken, rowId: body.sessionId, id: toGlobalId('UserSession', body.sessionId) };
  }

  async function sessions(sessionToken: string, variables: Record<string, unknown> = {}) {
    const result = await api.graphql<{
      me: {
        sessions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          nodes: SessionView[];
        };
      } | null;
    }>(SESSIONS, variables, { sessionToken });
    expect(result.errors).toBeUndefined();
    return result.data!.me?.sessions ?? null;
  }

  async function end(sessionToken: string, sessionId: string) {
    const result = await api.graphql<{
      endSession: {
        session: { id: string; state: string } | null;
        userErrors: { field: string[]; code: string }[];
      };
    }>(END, { input: { sessionId } }, { sessionToken });
    expect(result.errors).toBeUndefined();
    return result.data!.endSession;
  }

  it('lists the sessions still signed in with device, address and the current one, and 退出 ends another', async () => {
    const laptop = await signIn(WINDOWS_CHROME, '203.0.113.7');
    clock.advance(MINUTE);
    const phone = await signIn(IPHONE_SAFARI, '198.51.100.23');

    const live = await sessions(laptop.sessionToken, { activeOnly: true });
    expect(
      live!.nodes.map(({ id, state, device, address, current }) => ({ id, state, device, address, current })),
    ).toEqual([
      {
        id: phone.id,
        state: 'ACTIVE',
        device: 'Safari 17 · iOS 17.5',
        address: '198.51.100.23',
        current: false,
      },
      {
        id: laptop.id,
        state: 'ACTIVE',
        device: 'Chrome 131 · Windows 10',
        address: '203.0.113.7',
        current: true,
      },
    ]);

    const ended = await end(laptop.sessionToken, phone.id);
    expect(ended).toMatchObject({ session: { id: phone.id, state: 'ENDED' }, userErrors: [] });
    // The phone is signed out at once; the laptop is not.
    expect(await sessions(phone.sessionToken)).toBeNull();
    expect((await sessions(laptop.sessionToken, { activeOnly: true }))!.nodes.map((s) => s.id)).toEqual([
      laptop.id,
    ]);
    const audit = await api.db.auditLog.findFirst({ where: { action: 'user.end_session' } });
    expect(audit?.subjectId).toBe(phone.rowId);

    // The history keeps the ended sign-in, marked 已退出 with its time.
    const history = await sessions(laptop.sessionToken);
    const phoneEntry = history!.nodes.find((s) => s.id === phone.id)!;
    expect(phoneEntry.state).toBe('ENDED');
    expect(new Date(phoneEntry.endedAt!)).toEqual(clock.now());
  });

  it('refuses to end the current session, an ended one, and anyone else’s (as if it did not exist)', async () => {
    const mine = await signIn(WINDOWS_CHROME, '203.0.113.7');
    const other = await signIn(IPHONE_SAFARI, '203.0.113.8');
    expect((await end(mine.sessionToken, mine.id)).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'sessionId'] }),
    ]);
    expect((await end(mine.sessionToken, other.id)).userErrors).toEqual([]);
    expect((await end(mine.sessionToken, other.id)).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    ]);

    const stranger = await api.sessionFor(OTHER_CITIZEN);
    const strangersId = (await sessions(stranger))!.nodes[0]!.id;
    expect((await end(mine.sessionToken, strangersId)).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
    expect((await sessions(stranger, { activeOnly: true }))!.totalCount).toBe(1);
    const node = await api.graphql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: strangersId },
      { sessionToken: mine.sessionToken },
    );
    expect(node.data!.node).toBeNull();
    // A malformed ID names no session.
    expect((await end(mine.sessionToken, 'not!a!global!id')).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
  });

  it('shows an idle session as 已过期 in the history and leaves it out of the live list', async () => {
    const old = await signIn(WINDOWS_CHROME, '203.0.113.9');
    clock.advance(31 * MINUTE);
    const fresh = await signIn(IPHONE_SAFARI, '203.0.113.10');
    expect((await sessions(fresh.sessionToken, { activeOnly: true }))!.nodes.map((s) => s.id)).toEqual([
      fresh.id,
    ]);
    const history = await sessions(fresh.sessionToken);
    expect(history!.nodes.find((s) => s.id === old.id)!.state).toBe('EXPIRED');
    expect((await end(fresh.sessionToken, old.id)).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    ]);
  });

  it('pages the history newest first, and a password change ends every other session', async () => {
    const token = (await signIn(WINDOWS_CHROME, '203.0.113.11')).sessionToken;
    const all = await sessions(token, { first: 100 });
    const first = await sessions(token, { first: 2 });
    expect(first!.pageInfo.hasNextPage).toBe(true);
    const second = await sessions(token, { first: 2, after: first!.pageInfo.endCursor });
    expect([...first!.nodes, ...second!.nodes].map((s) => s.id)).toEqual(
      all!.nodes.slice(0, 4).map((s) => s.id),
    );
    const times = all!.nodes.map((s) => s.signedInAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(
      await api.graphql('{ me { sessions(first: 101) { totalCount } } }', {}, { sessionToken: token }),
    ).toMatchObject({
      errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })],
    });

    const changed = await api.graphql<{ changePassword: { revokedSessions: number } }>(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { revokedSessions userErrors { code } } }',
      { input: { currentPassword: PASSWORD, newPassword: 'Newpass2026' } },
      { sessionToken: token },
    );
    expect(changed.data!.changePassword.revokedSessions).toBeGreaterThan(0);
    const live = await sessions(token, { activeOnly: true });
    expect(live!.nodes.map((s) => s.current)).toEqual([true]);
  });
});

import { describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { claimsFromSessionToken } from './session-token.ts';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

// The API decrypts next-auth's tokens itself (with the key derived once): it must read exactly what
// next-auth's own `encode` writes, and refuse what next-auth would refuse.
describe('session token claims', () => {
  it('reads the user and session of a token next-auth encoded', async () => {
    const token = await encode({ token: { sub: 'user-1', sid: 'session-1' }, secret: SECRET });
    expect(await claimsFromSessionToken(token, SECRET)).toEqual({ userId: 'user-1', sessionId: 'session-1' });
  });

  it('refuses a token of another secret, one without a session id, an expired one and garbage', async () => {
    const other = await encode({ token: { sub: 'user-1', sid: 's' }, secret: `${SECRET}-other` });
    const noSession = await encode({ token: { sub: 'user-1' }, secret: SECRET });
    const expired = await encode({ token: { sub: 'user-1', sid: 's' }, secret: SECRET, maxAge: -60 });
    expect(await claimsFromSessionToken(other, SECRET)).toBeNull();
    expect(await claimsFromSessionToken(noSession, SECRET)).toBeNull();
    expect(await claimsFromSessionToken(expired, SECRET)).toBeNull();
    expect(await claimsFromSessionToken('not-a-token', SECRET)).toBeNull();
  });
});

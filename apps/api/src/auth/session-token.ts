import { decode } from 'next-auth/jwt';

export interface SessionClaims {
  userId: string;
  sessionId: string;
}

/**
 * The web app forwards the user's next-auth session token (an encrypted JWT) unchanged; decrypting it with
 * the shared secret proves next-auth issued it, so nothing the browser could forge is trusted. The token
 * names the user (`sub`) and the server-side session (`sid`), which the caller then checks in the database.
 * Returns null when the token is invalid, expired or carries no session id.
 */
export async function claimsFromSessionToken(token: string, secret: string): Promise<SessionClaims | null> {
  try {
    const payload = await decode({ token, secret });
    if (typeof payload?.sub !== 'string' || typeof payload.sid !== 'string') return null;
    if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch {
    return null;
  }
}

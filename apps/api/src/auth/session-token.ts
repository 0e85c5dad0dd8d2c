import { decode } from 'next-auth/jwt';

/**
 * The web app forwards the user's next-auth session token (an encrypted JWT) unchanged; decrypting it with
 * the shared secret proves next-auth issued it, so nothing the browser could forge is trusted.
 * Returns the user id, or null when the token is invalid or expired.
 */
export async function userIdFromSessionToken(token: string, secret: string): Promise<string | null> {
  try {
    const payload = await decode({ token, secret });
    if (!payload?.sub) return null;
    if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return null;
    return payload.sub;
  } catch {
    return null;
  }
}

import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import { jwtDecrypt } from 'jose';

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
    const { payload } = await jwtDecrypt(token, encryptionKeyOf(secret), { clockTolerance: 15 });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch {
    return null;
  }
}

const keys = new Map<string, KeyObject>();

/**
 * next-auth 4's token key: HKDF-SHA256 of the secret (empty salt, its fixed info string), as its `decode`
 * derives it. next-auth derives it again for every token; the API derives it once per secret (this was
 * a measurable share of each request's CPU).
 */
function encryptionKeyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(
      Buffer.from(hkdfSync('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32)),
    );
    keys.set(secret, key);
  }
  return key;
}

import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/prisma.ts';
import type { ClientPrincipal } from '../auth/principal.ts';

const PREFIX = 'hat_';

export function newAccessToken(): { token: string; tokenHash: string } {
  const token = PREFIX + randomBytes(32).toString('base64url');
  return { token, tokenHash: hashAccessToken(token) };
}

export function hashAccessToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeAccessToken(token: string): boolean {
  return token.startsWith(PREFIX);
}

/** Resolves a bearer token to its partner client, or null when unknown, expired, revoked or deactivated. */
export async function resolveAccessToken(db: Db, token: string, now: Date): Promise<ClientPrincipal | null> {
  const row = await db.apiAccessToken.findUnique({
    where: { tokenHash: hashAccessToken(token) },
    include: { apiClient: true },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || !row.apiClient.isActive) return null;
  return { kind: 'client', client: row.apiClient, scopes: row.scopes };
}

import type { Db } from '../db/prisma.ts';
import type { Clock } from '../lib/clock.ts';
import type { ApiClient } from '../generated/prisma/client.ts';
import { verifyPassword, decoyPasswordHash } from '../auth/password.ts';
import { newAccessToken } from './access-token.ts';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export type TokenGrant =
  | { ok: true; accessToken: string; expiresIn: number; scopes: string[] }
  | { ok: false; error: 'invalid_client' | 'invalid_scope'; description: string };

/** The current secret, or the one before the last rotation while its overlap lasts. */
async function secretMatches(client: ApiClient, secret: string, now: Date): Promise<boolean> {
  if (await verifyPassword(client.secretHash, secret)) return true;
  const previousValid =
    client.previousSecretHash && client.previousSecretExpiresAt && client.previousSecretExpiresAt > now;
  return Boolean(previousValid && (await verifyPassword(client.previousSecretHash!, secret)));
}

/**
 * OAuth 2.0 client-credentials grant (RFC 6749 §4.4): a partner system trades its id and secret for a
 * short-lived bearer token carrying the requested scopes (all of the client's scopes when none are asked).
 */
export async function issueAccessToken(
  deps: { db: Db; clock: Clock },
  input: { clientId: string; clientSecret: string; scope?: string | null },
): Promise<TokenGrant> {
  const client = await deps.db.apiClient.findUnique({ where: { clientId: input.clientId } });
  if (!client?.isActive) {
    await verifyPassword(await decoyPasswordHash(), input.clientSecret);
    return { ok: false, error: 'invalid_client', description: 'Unknown client or wrong secret.' };
  }
  if (!(await secretMatches(client, input.clientSecret, deps.clock.now()))) {
    return { ok: false, error: 'invalid_client', description: 'Unknown client or wrong secret.' };
  }
  const requested = input.scope?.split(' ').filter(Boolean) ?? client.scopes;
  const notGranted = requested.filter((scope) => !client.scopes.includes(scope));
  if (notGranted.length || requested.length === 0) {
    return {
      ok: false,
      error: 'invalid_scope',
      description: `Scopes not granted to this client: ${notGranted.join(' ')}`,
    };
  }
  const now = deps.clock.now();
  const { token, tokenHash } = newAccessToken();
  await deps.db.$transaction([
    deps.db.apiAccessToken.create({
      data: {
        apiClientId: client.id,
        tokenHash,
        scopes: requested,
        expiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000),
      },
    }),
    deps.db.apiClient.update({ where: { id: client.id }, data: { lastUsedAt: now } }),
  ]);
  return { ok: true, accessToken: token, expiresIn: ACCESS_TOKEN_TTL_SECONDS, scopes: requested };
}

import type { Context } from '../context.ts';
import type { ApiClient } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { hashPassword } from '../auth/password.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { partnerPolicy } from './partner-policy.ts';
import { newClientSecret } from './create-api-client.ts';

/** The stated overlap: the secret before a rotation stays valid this long unless the admin says otherwise. */
export const DEFAULT_SECRET_OVERLAP_MINUTES = 24 * 60;
export const MAX_SECRET_OVERLAP_MINUTES = 7 * 24 * 60;

/**
 * An admin issues a new secret. The current one stays valid for the overlap (default 24 hours, 0–7 days) so
 * the partner can deploy the new one without an outage; a secret older than that stops at once, as does the
 * previous one after its overlap. Two secrets at most are ever valid.
 */
export async function rotateApiClientSecret(
  ctx: Context,
  input: { apiClientId: string; overlapMinutes?: number | null },
): Promise<Result<{ client: ApiClient; secret: string }>> {
  partnerPolicy.requireUser(ctx.principal, 'partner.manageClients');
  const overlap = input.overlapMinutes ?? DEFAULT_SECRET_OVERLAP_MINUTES;
  if (!Number.isInteger(overlap) || overlap < 0 || overlap > MAX_SECRET_OVERLAP_MINUTES) {
    return refused(
      userError('INVALID', `重叠期为 0–${MAX_SECRET_OVERLAP_MINUTES} 分钟。`, ['input', 'overlapMinutes']),
    );
  }
  const client = await ctx.db.apiClient.findUnique({ where: { id: input.apiClientId } });
  if (!client) return refused(notFound(['input', 'apiClientId'], '未找到该接入系统。'));
  if (!client.isActive) return refused(userError('INVALID', '该接入系统已停用。', ['input', 'apiClientId']));
  const now = ctx.clock.now();
  const secret = newClientSecret();
  const updated = await ctx.db.$transaction(async (tx) => {
    const row = await tx.apiClient.update({
      where: { id: client.id },
      data: {
        secretHash: await hashPassword(secret),
        previousSecretHash: overlap > 0 ? client.secretHash : null,
        previousSecretExpiresAt: overlap > 0 ? new Date(now.getTime() + overlap * 60_000) : null,
        secretRotatedAt: now,
      },
    });
    await writeAuditLog(tx, ctx, {
      action: 'api_client.rotate_secret',
      subjectType: 'ApiClient',
      subjectId: client.id,
      details: { overlapMinutes: overlap },
    });
    return row;
  });
  return ok({ client: updated, secret });
}

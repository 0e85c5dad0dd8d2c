import type { Context } from '../context.ts';
import type { ApiClient } from '../generated/prisma/client.ts';
import { ok, refused, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { partnerPolicy } from './partner-policy.ts';

/**
 * An admin disables a partner system: no new tokens, and its live tokens are revoked in the same
 * transaction (every request checks the client's is_active as well, so they stop at once either way).
 */
export async function disableApiClient(
  ctx: Context,
  input: { apiClientId: string },
): Promise<Result<{ client: ApiClient; revokedTokens: number }>> {
  partnerPolicy.requireUser(ctx.principal, 'partner.manageClients');
  const now = ctx.clock.now();
  return ctx.db.$transaction(async (tx) => {
    const client = await tx.apiClient.findUnique({ where: { id: input.apiClientId } });
    if (!client) return refused(notFound(['input', 'apiClientId'], '未找到该接入系统。'));
    const updated = await tx.apiClient.update({
      where: { id: client.id },
      data: { isActive: false, disabledAt: client.disabledAt ?? now },
    });
    const { count } = await tx.apiAccessToken.updateMany({
      where: { apiClientId: client.id, revokedAt: null },
      data: { revokedAt: now },
    });
    await writeAuditLog(tx, ctx, {
      action: 'api_client.disable',
      subjectType: 'ApiClient',
      subjectId: client.id,
      details: { revokedTokens: count },
    });
    return ok({ client: updated, revokedTokens: count });
  });
}

import type { Context } from '../context.ts';
import type { ApiClient } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { partnerPolicy } from './partner-policy.ts';
import { createApiClient } from './create-api-client.ts';

const MAX_POINTS_PER_HOUR = 10_000_000;

/** An admin registers a partner system; the secret is returned once (see createApiClient). */
export async function adminCreateApiClient(
  ctx: Context,
  input: {
    clientId: string;
    name: string;
    departmentId: string;
    scopes: string[];
    rateLimitPoints?: number | null;
  },
): Promise<Result<{ client: ApiClient; secret: string }>> {
  partnerPolicy.requireUser(ctx.principal, 'partner.manageClients');
  const name = input.name.trim();
  if (!name || name.length > 100)
    return refused(userError('INVALID', '名称为 1–100 个字符。', ['input', 'name']));
  const points = input.rateLimitPoints;
  if (points != null && (!Number.isInteger(points) || points < 1 || points > MAX_POINTS_PER_HOUR)) {
    return refused(
      userError('INVALID', `每小时额度为 1–${MAX_POINTS_PER_HOUR} 点。`, ['input', 'rateLimitPoints']),
    );
  }
  const department = await ctx.db.department.findUnique({ where: { id: input.departmentId } });
  if (!department) return refused(notFound(['input', 'departmentId'], '未找到该部门。'));
  const result = await createApiClient(ctx.db, {
    clientId: input.clientId,
    name,
    departmentCode: department.code,
    scopes: input.scopes,
    rateLimitPoints: points ?? null,
  });
  if (!result.ok) return refused(userError(result.code, result.message, ['input', result.field]));
  await writeAuditLog(ctx.db, ctx, {
    action: 'api_client.create',
    subjectType: 'ApiClient',
    subjectId: result.client.id,
    details: { clientId: result.client.clientId, scopes: result.client.scopes },
  });
  return ok({ client: result.client, secret: result.secret });
}

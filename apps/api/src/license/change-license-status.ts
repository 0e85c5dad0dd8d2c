import type { Context } from '../context.ts';
import type { License, LicenseStatus } from '../generated/prisma/client.ts';
import type { PublishOutcome } from '../generated/graphql.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { requireLicensePublisher } from './license-policy.ts';
import { STATUS_LABEL } from './license-status.ts';

const ALLOWED_FROM: Record<'CANCELLED' | 'REVOKED', LicenseStatus[]> = {
  CANCELLED: ['ACTIVE', 'REVOKED'],
  REVOKED: ['ACTIVE'],
};

/** 注销 (from 存续 or 吊销) or 吊销 (from 存续). Repeating the same change answers UNCHANGED. */
export async function changeLicenseStatus(
  ctx: Context,
  input: { identifier: string; reason?: string | null },
  to: 'CANCELLED' | 'REVOKED',
): Promise<Result<{ license: License; outcome: PublishOutcome }>> {
  await requireLicensePublisher(ctx);
  const license = await ctx.db.license.findUnique({
    where: { identifier: input.identifier.trim().toUpperCase() },
  });
  if (!license) return refused(notFound(['input', 'identifier'], '未找到该证照。'));
  if (license.status === to) return ok({ license, outcome: 'UNCHANGED' });
  if (!ALLOWED_FROM[to].includes(license.status)) {
    return refused(
      userError('INVALID_TRANSITION', `该证照已${STATUS_LABEL[license.status]}，不能${STATUS_LABEL[to]}。`, [
        'input',
        'identifier',
      ]),
    );
  }
  const changed = await ctx.db.license.updateMany({
    where: { id: license.id, status: license.status },
    data: { status: to, statusReason: input.reason?.trim() || null, statusChangedAt: ctx.clock.now() },
  });
  if (changed.count !== 1) return changeLicenseStatus(ctx, input, to); // changed concurrently: decide again
  return ok({
    license: await ctx.db.license.findUniqueOrThrow({ where: { id: license.id } }),
    outcome: 'UPDATED',
  });
}

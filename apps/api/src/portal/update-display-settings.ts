import type { Context } from '../context.ts';
import type { PrincipalUser } from '../auth/principal.ts';
import { ok, type Result } from '../lib/errors.ts';
import { portalPolicy } from './portal-policy.ts';

/** 关怀模式 on or off for the caller, remembered with the account (the web also keeps a cookie per browser). */
export async function updateDisplaySettings(
  ctx: Context,
  input: { careMode: boolean },
): Promise<Result<PrincipalUser>> {
  const { user } = portalPolicy.requireUser(ctx.principal, 'portal.updateDisplaySettings');
  await ctx.db.user.update({ where: { id: user.id }, data: { careMode: input.careMode } });
  return ok(user);
}

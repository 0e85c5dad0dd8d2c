import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { canReadCase } from './case-policy.ts';

/** A case by its database id, or null when it does not exist or the caller may not see it. */
export async function findCase(ctx: Pick<Context, 'db' | 'principal'>, id: string): Promise<Case | null> {
  const kase = await ctx.db.case.findUnique({ where: { id } });
  return kase && canReadCase(ctx.principal, kase) ? kase : null;
}

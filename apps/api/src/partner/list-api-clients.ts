import type { Context } from '../context.ts';
import type { ApiClient } from '../generated/prisma/client.ts';
import { decodeCursor, encodeCursor } from '../lib/global-id.ts';
import { invalidCursor, pageSize, toPage, type Page } from '../lib/connection.ts';
import { partnerPolicy } from './partner-policy.ts';

/** Admins: every partner client, oldest first. */
export async function listApiClients(
  ctx: Context,
  input: { first?: number | null; after?: string | null },
): Promise<Page<ApiClient>> {
  partnerPolicy.requireUser(ctx.principal, 'partner.manageClients');
  const size = pageSize(input.first);
  let afterId: string | null = null;
  if (input.after) {
    const [id] = decodeCursor(input.after) ?? [];
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw invalidCursor();
    afterId = id;
  }
  const rows = await ctx.db.apiClient.findMany({
    where: afterId ? { id: { gt: afterId } } : {},
    orderBy: { id: 'asc' },
    take: size + 1,
  });
  return toPage(rows, size, Boolean(input.after), (row) => encodeCursor([row.id]));
}

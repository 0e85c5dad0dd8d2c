import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import type { ServiceItem } from '../generated/prisma/client.ts';
import { referenceDataOf } from '../catalogue/index.ts';

export interface PopularItemModel {
  item: ServiceItem;
  caseCount: number;
}

export const POPULAR_ITEMS_MAX = 20;

/**
 * 热门事项: the items with the most cases applied for. Read from case_status_rollups (one row per department,
 * item, source and status, kept by triggers), never from the million case rows; drafts do not count.
 */
export async function listPopularItems(ctx: Pick<Context, 'db'>, first: number | null | undefined) {
  const size = first ?? 8;
  if (!Number.isInteger(size) || size < 1 || size > POPULAR_ITEMS_MAX) {
    throw new GraphQLError(`"first" must be between 1 and ${POPULAR_ITEMS_MAX}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
  }
  const rows = await ctx.db.$queryRaw<{ item_id: string; cases: number }[]>`
    SELECT r."item_id", sum(r."count")::int AS cases
      FROM "case_status_rollups" r JOIN "service_items" i ON i."id" = r."item_id"
     WHERE r."status" <> 'DRAFT'
     GROUP BY r."item_id", i."code"
    HAVING sum(r."count") > 0
     ORDER BY cases DESC, i."code"
     LIMIT ${size}`;
  const items = await referenceDataOf(ctx.db).serviceItems.many(rows.map((row) => row.item_id));
  return rows.flatMap((row, index) => {
    const item = items[index];
    return item ? [{ item, caseCount: row.cases }] : [];
  });
}

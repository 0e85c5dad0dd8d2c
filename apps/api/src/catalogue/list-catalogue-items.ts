import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import type { Prisma, ServiceItem } from '../generated/prisma/client.ts';
import { decodeCursor, encodeCursor } from '../lib/global-id.ts';
import { invalidCursor, pageSize, toPage, type Page } from '../lib/connection.ts';
import { parseGlobalId } from '../lib/payload.ts';

export interface ListCatalogueItemsInput {
  search?: string | null;
  departmentId?: string | null;
  onlineOnly?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** 我要办事: the public catalogue, ordered by item code (department prefix first), keyset-paged. */
export async function listCatalogueItems(
  ctx: Pick<Context, 'db'>,
  input: ListCatalogueItemsInput,
): Promise<Page<ServiceItem> & { totalCount: number }> {
  const size = pageSize(input.first);
  const where: Prisma.ServiceItemWhereInput = {};
  if (input.departmentId) {
    const departmentId = parseGlobalId(input.departmentId, 'Department');
    if (!departmentId) {
      throw new GraphQLError('"departmentId" is not a Department ID.', {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'departmentId' },
      });
    }
    where.departmentId = departmentId;
  }
  const search = input.search?.trim().slice(0, 100);
  if (search) where.name = { contains: search, mode: 'insensitive' };
  if (input.onlineOnly) where.onlineApplicable = true;

  let after: string | null = null;
  if (input.after) {
    const parts = decodeCursor(input.after);
    if (!parts || parts.length !== 1 || typeof parts[0] !== 'string') throw invalidCursor();
    after = parts[0];
  }
  const [rows, totalCount] = await Promise.all([
    ctx.db.serviceItem.findMany({
      where: after ? { AND: [where, { code: { gt: after } }] } : where,
      orderBy: { code: 'asc' },
      take: size + 1,
    }),
    ctx.db.serviceItem.count({ where }),
  ]);
  return { ...toPage(rows, size, Boolean(after), (row) => encodeCursor([row.code])), totalCount };
}

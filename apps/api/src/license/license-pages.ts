import type { Context } from '../context.ts';
import { decodeCursor, encodeCursor } from '../lib/global-id.ts';
import { invalidCursor, pageSize, toPage } from '../lib/connection.ts';

/** Keyset pages newest first over (time, id), for a license's grants and access log. */
export function keysetWhere(after: string | null | undefined, timeField: 'createdAt' | 'occurredAt') {
  if (!after) return {};
  const parts = decodeCursor(after);
  if (!parts || parts.length !== 2 || typeof parts[0] !== 'string' || typeof parts[1] !== 'string') {
    throw invalidCursor();
  }
  const at = new Date(parts[0]);
  if (Number.isNaN(at.getTime())) throw invalidCursor();
  return { OR: [{ [timeField]: { lt: at } }, { [timeField]: at, id: { lt: parts[1] } }] };
}

export async function pageOf<T extends { id: string }>(
  _ctx: Context,
  args: { first?: number | null; after?: string | null },
  timeOf: (row: T) => Date,
  fetch: (take: number) => Promise<T[]>,
  count: () => Promise<number>,
) {
  const size = pageSize(args.first);
  const [rows, totalCount] = await Promise.all([fetch(size + 1), count()]);
  const page = toPage(rows, size, Boolean(args.after), (row) =>
    encodeCursor([timeOf(row).toISOString(), row.id]),
  );
  return { ...page, totalCount };
}

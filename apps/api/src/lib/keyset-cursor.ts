import { invalidCursor, pageSize, toPage } from './connection.ts';
import { decodeCursor, encodeCursor } from './global-id.ts';

/** A keyset position in a list ordered by a time and then its id (null time: rows without one, e.g. drafts). */
export interface TimeIdPosition {
  at: Date | null;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The opaque cursor of a (time, id) position: what every time-ordered connection hands out. */
export function encodeTimeIdCursor(position: TimeIdPosition): string {
  return encodeCursor([position.at ? position.at.toISOString() : '', position.id]);
}

/**
 * Reads a cursor made by encodeTimeIdCursor, or refuses it as the caller's mistake (BAD_USER_INPUT on
 * `after`). A null time is accepted only where the list has rows without one.
 */
export function decodeTimeIdCursor(cursor: string): TimeIdPosition & { at: Date };
export function decodeTimeIdCursor(cursor: string, options: { nullTime: boolean }): TimeIdPosition;
export function decodeTimeIdCursor(cursor: string, options: { nullTime?: boolean } = {}): TimeIdPosition {
  const [time, id] = decodeCursor(cursor) ?? [];
  if (typeof time !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw invalidCursor();
  if (time === '') {
    if (!options.nullTime) throw invalidCursor();
    return { at: null, id };
  }
  const at = new Date(time);
  if (Number.isNaN(at.getTime())) throw invalidCursor();
  return { at, id };
}

/** The Prisma condition for the page after `after` in a list newest first over (`timeField`, id). */
export function keysetWhere(
  after: string | null | undefined,
  timeField: 'createdAt' | 'occurredAt' | 'publishedAt' | 'bookedAt',
) {
  if (!after) return {};
  const { at, id } = decodeTimeIdCursor(after);
  return { OR: [{ [timeField]: { lt: at } }, { [timeField]: at, id: { lt: id } }] };
}

/** A connection page of a list newest first over (time, id), with its total count. */
export async function pageOf<T extends { id: string }>(
  args: { first?: number | null; after?: string | null },
  timeOf: (row: T) => Date,
  fetch: (take: number) => Promise<T[]>,
  count: () => Promise<number>,
) {
  const size = pageSize(args.first);
  const [rows, totalCount] = await Promise.all([fetch(size + 1), count()]);
  const page = toPage(rows, size, Boolean(args.after), (row) =>
    encodeTimeIdCursor({ at: timeOf(row), id: row.id }),
  );
  return { ...page, totalCount };
}

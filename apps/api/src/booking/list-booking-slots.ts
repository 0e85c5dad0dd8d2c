import type { Context } from '../context.ts';
import { pageSize, toPage } from '../lib/connection.ts';
import { encodeTimeIdCursor } from '../lib/keyset-cursor.ts';
import { NO_ROW_ID } from '../lib/payload.ts';
import { BOOKING_DAYS_AHEAD } from './booking-rules.ts';
import { slotOrderAfter } from './list-bookings.ts';

/** The window of time whose slots are listed: from now to BOOKING_DAYS_AHEAD days on. */
function slotsAhead(ctx: Context) {
  const now = ctx.clock.now();
  return { gt: now, lt: new Date(now.getTime() + BOOKING_DAYS_AHEAD * 24 * 60 * 60_000) };
}

/** Public: the slots ahead of an item (optionally at one centre), earliest first. */
export async function listBookingSlots(
  ctx: Context,
  args: { itemId: string | null; centreId?: string | null; first?: number | null; after?: string | null },
) {
  const size = pageSize(args.first, 50);
  const rows = await ctx.db.bookingSlot.findMany({
    where: {
      itemId: args.itemId ?? NO_ROW_ID,
      ...(args.centreId !== undefined ? { centreId: args.centreId ?? NO_ROW_ID } : {}),
      startsAt: slotsAhead(ctx),
      ...slotOrderAfter(args.after, true),
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: size + 1,
  });
  return toPage(rows, size, Boolean(args.after), (row) =>
    encodeTimeIdCursor({ at: row.startsAt, id: row.id }),
  );
}

/** Public: the items with a slot ahead, by name. */
export const listBookableItems = (ctx: Context) =>
  ctx.db.serviceItem.findMany({
    where: { bookingSlots: { some: { startsAt: slotsAhead(ctx) } } },
    orderBy: { name: 'asc' },
  });

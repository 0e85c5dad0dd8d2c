import type { Context } from '../context.ts';
import type { PrincipalUser } from '../auth/principal.ts';
import type { Booking } from '../generated/prisma/client.ts';
import { pageSize, toPage } from '../lib/connection.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor, keysetWhere, pageOf } from '../lib/keyset-cursor.ts';
import { parseCst } from '../lib/natural-days.ts';
import { NO_ROW_ID } from '../lib/payload.ts';
import { bookingPolicy } from './booking-policy.ts';

/** Whose bookings the caller may read through `user`: their own (with CITIZEN), or nobody's. */
const bookingOwnerFor = (ctx: Context, userId: string) =>
  bookingPolicy.allows(ctx.principal, 'booking.book', { ownerId: userId }) ? userId : NO_ROW_ID;

/** 我的预约: the user's bookings, newest first, cursor-paged (at most 100 a page). */
export function listMyBookings(
  ctx: Context,
  user: PrincipalUser,
  args: { first?: number | null; after?: string | null },
) {
  const where = { userId: bookingOwnerFor(ctx, user.id) };
  return pageOf<Booking>(
    args,
    (row) => row.bookedAt,
    (take) =>
      ctx.db.booking.findMany({
        where: { ...where, ...keysetWhere(args.after, 'bookedAt') },
        orderBy: [{ bookedAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    () => ctx.db.booking.count({ where }),
  );
}

/** 爽约 count of the user (their own only). */
export const countNoShows = (ctx: Context, user: PrincipalUser) =>
  ctx.db.booking.count({ where: { userId: bookingOwnerFor(ctx, user.id), status: 'NO_SHOW' } });

/**
 * The condition for the page after `after` in a list in slot order (slot start, then id), earliest first.
 * `slot` says whether the rows are slots or bookings (whose start is their slot's).
 */
export function slotOrderAfter(after: string | null | undefined, slot: boolean) {
  if (!after) return {};
  const { at, id } = decodeTimeIdCursor(after);
  const startsAt = (condition: object) =>
    slot ? { startsAt: condition } : { slot: { startsAt: condition } };
  return { OR: [startsAt({ gt: at }), { AND: [startsAt({ equals: at }), { id: { gt: id } }] }] };
}

/** 今日预约 for window staff: a centre's bookings of one CST day, in slot order, without cancelled ones. */
export async function listCentreBookings(
  ctx: Context,
  args: { centreId: string | null; day: string; first?: number | null; after?: string | null },
) {
  bookingPolicy.requireUser(ctx.principal, 'booking.listCentre');
  const size = pageSize(args.first, 100);
  const from = parseCst(`${args.day} 00:00:00`);
  const to = new Date(from.getTime() + 24 * 60 * 60_000);
  const where = {
    status: { not: 'CANCELLED' as const },
    slot: { centreId: args.centreId ?? NO_ROW_ID, startsAt: { gte: from, lt: to } },
  };
  const [rows, totalCount] = await Promise.all([
    ctx.db.booking.findMany({
      where: { ...where, ...slotOrderAfter(args.after, false) },
      include: { slot: true },
      orderBy: [{ slot: { startsAt: 'asc' } }, { id: 'asc' }],
      take: size + 1,
    }),
    ctx.db.booking.count({ where }),
  ]);
  const page = toPage(rows, size, Boolean(args.after), (row) =>
    encodeTimeIdCursor({ at: row.slot.startsAt, id: row.id }),
  );
  return { ...page, totalCount };
}

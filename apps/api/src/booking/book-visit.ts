import type { Context } from '../context.ts';
import type { Booking } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { bookingPolicy } from './booking-policy.ts';

const FIELD = ['input', 'slotId'];

class AlreadyBooked extends Error {}

/**
 * 预约: takes a place in a slot for the caller. The place is taken by one conditional UPDATE of the slot's
 * counter (`booked < capacity`, and a check constraint besides), so when many citizens book the last place at
 * once exactly one gets it and the others are told the slot is full. One booking per person and slot (a unique
 * index); a cancelled booking is booked again in place.
 */
export async function bookVisit(ctx: Context, input: { slotId: string }): Promise<Result<Booking>> {
  const { user } = bookingPolicy.requireUser(ctx.principal, 'booking.book');
  const now = ctx.clock.now();
  const slot = await ctx.db.bookingSlot.findUnique({ where: { id: input.slotId } });
  if (!slot) return refused(userError('NOT_FOUND', '未找到该预约时段。', FIELD));
  if (slot.startsAt <= now) return refused(userError('EXPIRED', '该时段已开始，不能再预约。', FIELD));
  const held = await ctx.db.booking.findFirst({
    where: { slotId: slot.id, userId: user.id, status: { not: 'CANCELLED' } },
  });
  if (held) return refused(userError('TAKEN', '您已预约该时段。', FIELD));

  try {
    const booking = await ctx.db.$transaction(async (tx) => {
      const taken = await tx.$executeRaw`
        UPDATE booking_slots SET booked = booked + 1
         WHERE id = ${slot.id}::uuid AND booked < capacity AND starts_at > ${now}`;
      if (taken === 0) return null;
      const [row] = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO bookings (id, slot_id, user_id, status, booked_at)
        VALUES (uuid_v7(${now}::timestamptz), ${slot.id}::uuid, ${user.id}::uuid, 'BOOKED', ${now})
        ON CONFLICT (slot_id, user_id) DO UPDATE
           SET status = 'BOOKED', booked_at = EXCLUDED.booked_at, cancelled_at = NULL
         WHERE bookings.status = 'CANCELLED'
        RETURNING id::text`;
      // A second tab of the same person got here first: give the place back (the transaction rolls back).
      if (!row) throw new AlreadyBooked();
      return tx.booking.findUniqueOrThrow({ where: { id: row.id } });
    });
    if (!booking) return refused(userError('SLOT_FULL', '该时段已约满，请选择其他时段。', FIELD));
    return ok(booking);
  } catch (error) {
    if (error instanceof AlreadyBooked) return refused(userError('TAKEN', '您已预约该时段。', FIELD));
    throw error;
  }
}

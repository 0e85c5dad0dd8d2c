import type { Context } from '../context.ts';
import type { Booking } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { formatCst } from '../lib/natural-days.ts';
import { bookingPolicy } from './booking-policy.ts';
import { BOOKING_CANCEL_LEAD_MINUTES, cancellableUntil } from './booking-rules.ts';

const FIELD = ['input', 'bookingId'];

/**
 * 取消预约: the citizen cancels their own booking up to BOOKING_CANCEL_LEAD_MINUTES before the slot; the place
 * goes back to the slot in the same transaction. The status and time are checked by the UPDATE itself, so two
 * tabs cannot free one place twice.
 */
export async function cancelBooking(ctx: Context, input: { bookingId: string }): Promise<Result<Booking>> {
  const { user } = bookingPolicy.requireUser(ctx.principal, 'booking.book');
  const now = ctx.clock.now();
  const booking = await ctx.db.booking.findFirst({
    where: { id: input.bookingId, userId: user.id },
    include: { slot: true },
  });
  if (!booking) return refused(userError('NOT_FOUND', '未找到该预约。', FIELD));
  if (booking.status !== 'BOOKED') {
    return refused(userError('INVALID_TRANSITION', '该预约已取消或已办理，不能取消。', FIELD));
  }
  const deadline = cancellableUntil(booking.slot.startsAt);
  if (now >= deadline) {
    return refused(
      userError(
        'EXPIRED',
        `预约须在开始前 ${BOOKING_CANCEL_LEAD_MINUTES / 60} 小时取消（截至 ${formatCst(deadline).slice(0, 16)}）。`,
        FIELD,
      ),
    );
  }
  const cancelled = await ctx.db.$transaction(async (tx) => {
    const changed = await tx.booking.updateMany({
      where: { id: booking.id, status: 'BOOKED' },
      data: { status: 'CANCELLED', cancelledAt: now },
    });
    if (changed.count === 0) return null;
    await tx.bookingSlot.update({ where: { id: booking.slotId }, data: { booked: { decrement: 1 } } });
    return tx.booking.findUniqueOrThrow({ where: { id: booking.id } });
  });
  if (!cancelled) return refused(userError('INVALID_TRANSITION', '该预约已取消或已办理，不能取消。', FIELD));
  return ok(cancelled);
}

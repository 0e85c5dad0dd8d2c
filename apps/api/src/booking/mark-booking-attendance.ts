import type { Context } from '../context.ts';
import type { Booking, BookingStatus } from '../generated/prisma/client.ts';
import { changeBookingAudited } from './change-booking.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { cstDayOf } from '../lib/natural-days.ts';
import { bookingPolicy } from './booking-policy.ts';

const FIELD = ['input', 'bookingId'];
const ALREADY = '该预约已取消或已标记。';

/**
 * 到场 / 爽约: window staff mark what happened to a booked visit. 到场 on the slot's day (CST); 爽约 once the
 * slot has begun. Only a booking still 已预约 is marked (the UPDATE checks it, so two clerks cannot both).
 */
export async function markBookingAttendance(
  ctx: Context,
  input: { bookingId: string; attendance: Extract<BookingStatus, 'ARRIVED' | 'NO_SHOW'> },
): Promise<Result<Booking>> {
  const staff = bookingPolicy.requireUser(ctx.principal, 'booking.markAttendance');
  const now = ctx.clock.now();
  const booking = await ctx.db.booking.findUnique({
    where: { id: input.bookingId },
    include: { slot: true },
  });
  if (!booking) return refused(userError('NOT_FOUND', '未找到该预约。', FIELD));
  if (booking.status !== 'BOOKED') return refused(userError('INVALID_TRANSITION', ALREADY, FIELD));
  if (input.attendance === 'ARRIVED' && cstDayOf(now) !== cstDayOf(booking.slot.startsAt)) {
    return refused(userError('INVALID', '只能在预约当天标记到场。', FIELD));
  }
  if (input.attendance === 'NO_SHOW' && now < booking.slot.startsAt) {
    return refused(userError('INVALID', '预约时段开始后才能标记爽约。', FIELD));
  }
  const marked = await changeBookingAudited(ctx, staff, {
    bookingId: booking.id,
    when: { status: 'BOOKED' },
    data: { status: input.attendance, markedAt: now, markedById: staff.user.id },
    action: 'booking.mark_attendance',
    details: { attendance: input.attendance },
  });
  if (!marked) return refused(userError('INVALID_TRANSITION', ALREADY, FIELD));
  return ok(marked);
}

import type { Context } from '../context.ts';
import type { Booking } from '../generated/prisma/client.ts';
import { changeBookingAudited } from './change-booking.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { bookingPolicy } from './booking-policy.ts';

/**
 * 关联办件: window staff link the window case (窗口申报) they recorded for a visit to its booking: the booking
 * must be 已到场, and the case the same citizen's, for the same item, from the window. A case links to one
 * booking (a unique index).
 */
export async function linkBookingCase(
  ctx: Context,
  input: { bookingId: string; businessNumber: string },
): Promise<Result<Booking>> {
  const staff = bookingPolicy.requireUser(ctx.principal, 'booking.linkCase');
  const booking = await ctx.db.booking.findUnique({
    where: { id: input.bookingId },
    include: { slot: true },
  });
  if (!booking) return refused(userError('NOT_FOUND', '未找到该预约。', ['input', 'bookingId']));
  if (booking.status !== 'ARRIVED' || booking.caseId) {
    const message = booking.caseId ? '该预约已关联办件。' : '请先标记到场，再关联办件。';
    return refused(userError('INVALID_TRANSITION', message, ['input', 'bookingId']));
  }
  const kase = await ctx.db.case.findFirst({
    where: {
      businessNumber: input.businessNumber.trim(),
      source: 'WINDOW',
      applicantId: booking.userId,
      itemId: booking.slot.itemId,
    },
  });
  if (!kase) {
    return refused(
      userError('NOT_FOUND', '未找到该预约人此事项的窗口办件，请核对业务编号。', ['input', 'businessNumber']),
    );
  }
  try {
    const linked = await changeBookingAudited(ctx, staff, {
      bookingId: booking.id,
      when: { caseId: null },
      data: { caseId: kase.id },
      action: 'booking.link_case',
      details: { caseId: kase.id },
    });
    if (!linked)
      return refused(userError('INVALID_TRANSITION', '该预约已关联办件。', ['input', 'bookingId']));
    return ok(linked);
  } catch (error) {
    if (isUniqueViolation(error)) {
      return refused(userError('TAKEN', '该办件已关联其他预约。', ['input', 'businessNumber']));
    }
    throw error;
  }
}

import type { Context } from '../context.ts';
import type { UserPrincipal } from '../auth/principal.ts';
import type { Booking, Prisma } from '../generated/prisma/client.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';

/**
 * Window staff's change of a booking: applied only while the booking still matches `when` (so of two clerks
 * only one changes it), audited in the same transaction. Null when it no longer matched.
 */
export function changeBookingAudited(
  ctx: Context,
  staff: UserPrincipal,
  change: {
    bookingId: string;
    when: Prisma.BookingWhereInput;
    data: Prisma.BookingUncheckedUpdateManyInput;
    action: string;
    details: Prisma.InputJsonObject;
  },
): Promise<Booking | null> {
  return ctx.db.$transaction(async (tx) => {
    const changed = await tx.booking.updateMany({
      where: { ...change.when, id: change.bookingId },
      data: change.data,
    });
    if (changed.count === 0) return null;
    await writeAuditLog(
      tx,
      { principal: staff, ip: ctx.ip },
      { action: change.action, subjectType: 'Booking', subjectId: change.bookingId, details: change.details },
    );
    return tx.booking.findUniqueOrThrow({ where: { id: change.bookingId } });
  });
}

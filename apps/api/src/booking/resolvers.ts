import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, parseGlobalId, toPayload } from '../lib/payload.ts';
import { findCase } from '../case/index.ts';
import { bookVisit } from './book-visit.ts';
import { cancelBooking } from './cancel-booking.ts';
import { markBookingAttendance } from './mark-booking-attendance.ts';
import { linkBookingCase } from './link-booking-case.ts';
import { countNoShows, listCentreBookings, listMyBookings } from './list-bookings.ts';
import { listBookableItems, listBookingSlots } from './list-booking-slots.ts';
import { BOOKING_CANCEL_LEAD_MINUTES, BOOKING_DAYS_AHEAD, cancellableUntil } from './booking-rules.ts';

const slotOf = (ctx: Parameters<typeof findCase>[0], slotId: string) =>
  ctx.db.bookingSlot.findUniqueOrThrow({ where: { id: slotId } });

export const bookingResolvers: Resolvers = {
  Query: {
    serviceCentres: (_parent, _args, ctx) => ctx.db.serviceCentre.findMany({ orderBy: { code: 'asc' } }),
    bookableItems: (_parent, _args, ctx) => listBookableItems(ctx),
    bookingSlots: (_parent, args, ctx) =>
      listBookingSlots(ctx, {
        itemId: parseGlobalId(args.itemId, 'ServiceItem'),
        centreId: args.centreId ? parseGlobalId(args.centreId, 'ServiceCentre') : undefined,
        first: args.first,
        after: args.after,
      }),
    bookingRules: () => ({ cancelLeadMinutes: BOOKING_CANCEL_LEAD_MINUTES, daysAhead: BOOKING_DAYS_AHEAD }),
    centreBookings: (_parent, args, ctx) =>
      listCentreBookings(ctx, { ...args, centreId: parseGlobalId(args.centreId, 'ServiceCentre') }),
  },
  Mutation: {
    bookVisit: async (_parent, { input }, ctx) =>
      toPayload('booking', await bookVisit(ctx, { slotId: inputId(input.slotId, 'BookingSlot') })),
    cancelBooking: async (_parent, { input }, ctx) =>
      toPayload('booking', await cancelBooking(ctx, { bookingId: inputId(input.bookingId, 'Booking') })),
    markBookingAttendance: async (_parent, { input }, ctx) =>
      toPayload(
        'booking',
        await markBookingAttendance(ctx, {
          bookingId: inputId(input.bookingId, 'Booking'),
          attendance: input.attendance,
        }),
      ),
    linkBookingCase: async (_parent, { input }, ctx) =>
      toPayload(
        'booking',
        await linkBookingCase(ctx, {
          bookingId: inputId(input.bookingId, 'Booking'),
          businessNumber: input.businessNumber,
        }),
      ),
  },
  User: {
    bookings: (user, args, ctx) => listMyBookings(ctx, user, args),
    bookingNoShowCount: (user, _args, ctx) => countNoShows(ctx, user),
  },
  ServiceCentre: {
    id: (centre) => toGlobalId('ServiceCentre', centre.id),
  },
  BookingSlot: {
    id: (slot) => toGlobalId('BookingSlot', slot.id),
    centre: (slot, _args, ctx) => ctx.db.serviceCentre.findUniqueOrThrow({ where: { id: slot.centreId } }),
    item: async (slot, _args, ctx) => (await ctx.loaders.serviceItemById.load(slot.itemId))!,
    remaining: (slot) => slot.capacity - slot.booked,
    bookedByMe: async (slot, _args, ctx) => {
      if (ctx.principal.kind !== 'user') return false;
      const held = await ctx.db.booking.findUnique({
        where: { slotId_userId: { slotId: slot.id, userId: ctx.principal.user.id } },
        select: { status: true },
      });
      return Boolean(held && held.status !== 'CANCELLED');
    },
  },
  Booking: {
    id: (booking) => toGlobalId('Booking', booking.id),
    slot: (booking, _args, ctx) => slotOf(ctx, booking.slotId),
    cancellableUntil: async (booking, _args, ctx) =>
      cancellableUntil((await slotOf(ctx, booking.slotId)).startsAt),
    cancellable: async (booking, _args, ctx) =>
      booking.status === 'BOOKED' &&
      ctx.clock.now() < cancellableUntil((await slotOf(ctx, booking.slotId)).startsAt),
    citizenName: async (booking, _args, ctx) => (await ctx.loaders.userById.load(booking.userId))?.name ?? '',
    citizenMaskedIdNumber: async (booking, _args, ctx) =>
      (await ctx.loaders.userById.load(booking.userId))?.idNumberMasked ?? null,
    case: (booking, _args, ctx) => (booking.caseId ? findCase(ctx, booking.caseId) : null),
    caseBusinessNumber: async (booking, _args, ctx) =>
      booking.caseId
        ? ((await ctx.db.case.findUnique({ where: { id: booking.caseId }, select: { businessNumber: true } }))
            ?.businessNumber ?? null)
        : null,
  },
};

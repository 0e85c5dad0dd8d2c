import { nodeType, type HallModule } from '../node/node-types.ts';
import { bookingResolvers } from './resolvers.ts';
import { bookingPolicy } from './booking-policy.ts';

export const bookingModule: HallModule = {
  name: 'booking',
  resolvers: bookingResolvers,
  nodeTypes: {
    ServiceCentre: nodeType({
      load: (ctx, id) => ctx.db.serviceCentre.findUnique({ where: { id } }),
      check: () => true,
    }),
    BookingSlot: nodeType({
      load: (ctx, id) => ctx.db.bookingSlot.findUnique({ where: { id } }),
      check: () => true,
    }),
    Booking: nodeType({
      load: (ctx, id) => ctx.db.booking.findUnique({ where: { id } }),
      check: (ctx, booking) =>
        bookingPolicy.allows(ctx.principal, 'booking.read', { ownerId: booking.userId }),
    }),
  },
};

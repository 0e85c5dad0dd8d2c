import { definePolicy } from '../auth/policy.ts';

/**
 * 我的预约: a citizen books and cancels window visits for themself; window staff see every centre's bookings,
 * mark 到场 / 爽约 and link the window case they recorded for a visit.
 */
export const bookingPolicy = definePolicy('booking', {
  'booking.book': { CITIZEN: 'own' },
  'booking.read': { CITIZEN: 'own', WINDOW_STAFF: 'all' },
  'booking.listCentre': { WINDOW_STAFF: 'all' },
  'booking.markAttendance': { WINDOW_STAFF: 'all' },
  'booking.linkCase': { WINDOW_STAFF: 'all' },
});

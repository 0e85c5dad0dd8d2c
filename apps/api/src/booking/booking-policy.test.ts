import { describe, it } from 'vitest';
import { expectGrants } from '../testing/policy-probe.ts';
import { bookingPolicy } from './booking-policy.ts';

describe('booking policy', () => {
  it('lets citizens book for themselves and window staff, and nobody else, work through every centre’s bookings', () => {
    expectGrants(bookingPolicy, {
      'booking.book': { citizen: 'own' },
      'booking.read': { citizen: 'own', windowStaff: 'all' },
      'booking.listCentre': { windowStaff: 'all' },
      'booking.markAttendance': { windowStaff: 'all' },
      'booking.linkCase': { windowStaff: 'all' },
    });
  });
});

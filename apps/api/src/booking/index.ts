// What other modules (the dev seed) use of the booking module: its rules.
export { BOOKING_DAYS_AHEAD } from './booking-rules.ts';

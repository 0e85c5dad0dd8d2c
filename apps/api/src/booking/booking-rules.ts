import type { BookingStatus } from '../generated/prisma/client.ts';

/** 取消预约 is open until this many minutes before the slot starts (README: 我的预约). */
export const BOOKING_CANCEL_LEAD_MINUTES = 120;

/** Slots are listed (and bookable) this many days ahead. */
export const BOOKING_DAYS_AHEAD = 7;

/** The statuses that hold a place in a slot: every one but CANCELLED (the slot's `booked` counts these). */
export const PLACE_HOLDING_STATUSES: readonly BookingStatus[] = ['BOOKED', 'ARRIVED', 'NO_SHOW'];

/** The last moment a booking of a slot starting at `startsAt` can be cancelled. */
export const cancellableUntil = (startsAt: Date) =>
  new Date(startsAt.getTime() - BOOKING_CANCEL_LEAD_MINUTES * 60_000);

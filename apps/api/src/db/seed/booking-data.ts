import type { Db } from '../prisma.ts';
import { cstDayOf, DAY_MS, parseCst } from '../../lib/natural-days.ts';
import { BOOKING_DAYS_AHEAD } from '../../booking/index.ts';

/** The service centre whose windows take booked visits in development. */
export const SEED_CENTRE = {
  code: 'tj-government-service-centre',
  name: '天津市政务服务中心',
  address: '天津市河西区隆昌路94号',
};

/** Items bookable at the centre (window-only items of the portal seed). */
export const BOOKABLE_ITEM_CODES = ['nk-ss-card-application', 'nk-street-birth-registration'] as const;

/** Half-hour slots each day, CST, and the places in each. */
const SLOT_TIMES = ['09:00', '09:30', '10:00', '10:30', '14:00', '14:30', '15:00', '15:30'];
const SLOT_MINUTES = 30;
const SLOT_CAPACITY = 5;

/**
 * A centre and its slots from today (CST) for BOOKING_DAYS_AHEAD days, relative to the seed's clock; existing
 * slots are kept (their unique key is centre, item and start), so seeding again only adds the new days.
 */
export async function seedBookings(db: Db, now: Date, itemIds: Map<string, { id: string }>): Promise<void> {
  const centre = await db.serviceCentre.upsert({
    where: { code: SEED_CENTRE.code },
    update: {},
    create: SEED_CENTRE,
  });
  const slots = [];
  for (let day = 0; day <= BOOKING_DAYS_AHEAD; day += 1) {
    const date = cstDayOf(new Date(now.getTime() + day * DAY_MS));
    for (const code of BOOKABLE_ITEM_CODES) {
      for (const time of SLOT_TIMES) {
        const startsAt = parseCst(`${date} ${time}:00`);
        slots.push({
          centreId: centre.id,
          itemId: itemIds.get(code)!.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * 60_000),
          capacity: SLOT_CAPACITY,
        });
      }
    }
  }
  await db.bookingSlot.createMany({ data: slots, skipDuplicates: true });
}

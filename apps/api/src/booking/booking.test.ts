import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type Caller, type TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { parseCst } from '../lib/natural-days.ts';
import { caller, CHEN_JING, LI_HUA, type Data } from '../application/application-fixtures.ts';
import { BOOKING_CANCEL_LEAD_MINUTES } from './booking-rules.ts';

const WINDOW_CLERK = '120101199007150029';
const BOOK = `mutation($input: BookVisitInput!) { bookVisit(input: $input) {
  booking { id status slot { id remaining bookedByMe } } userErrors { field code message } } }`;
const CANCEL = `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) {
  booking { id status cancellable } userErrors { field code message } } }`;
const MARK = `mutation($input: MarkBookingAttendanceInput!) { markBookingAttendance(input: $input) {
  booking { id status markedAt } userErrors { field code message } } }`;
const LINK = `mutation($input: LinkBookingCaseInput!) { linkBookingCase(input: $input) {
  booking { id caseBusinessNumber } userErrors { field code message } } }`;
const SLOTS = `query($itemId: ID!, $first: Int) { bookingSlots(itemId: $itemId, first: $first) {
  nodes { id remaining capacity startsAt } } }`;
const DAY = `query($centreId: ID!, $day: Date!) { centreBookings(centreId: $centreId, day: $day) {
  totalCount nodes { id status citizenName citizenMaskedIdNumber slot { startsAt } } } }`;
const MINE = `{ me { bookingNoShowCount bookings(first: 10) { totalCount nodes { id status cancellable cancellableUntil } } } }`;

describe('我的预约: booking window visits', () => {
  let now = parseCst('2026-12-08 08:00:00');
  const at = (minutesFromNow: number) => new Date(now.getTime() + minutesFromNow * 60_000);
  let api: TestApi;
  let liHua: Caller;
  let chenJing: Caller;
  let clerk: Caller;
  let centreId: string;
  let itemId: string;
  let itemGlobalId: string;
  let minute = 0;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock: { now: () => now } });
    [liHua, chenJing, clerk] = await Promise.all([
      caller(api, LI_HUA),
      caller(api, CHEN_JING),
      caller(api, WINDOW_CLERK),
    ]);
    const centre = await api.db.serviceCentre.create({
      data: { code: 'test-centre', name: '测试服务中心', address: '测试路1号' },
    });
    centreId = centre.id;
    const item = await api.db.serviceItem.findUniqueOrThrow({ where: { code: 'nk-ss-card-application' } });
    itemId = item.id;
    itemGlobalId = toGlobalId('ServiceItem', item.id);
  });
  afterAll(() => api?.close());

  /** A fresh slot `startsIn` minutes from the clock (each at its own start, the unique key). */
  async function slot(capacity: number, startsIn: number) {
    minute += 1;
    const startsAt = new Date(at(startsIn).getTime() + minute * 1000);
    const row = await api.db.bookingSlot.create({
      data: { centreId, itemId, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), capacity },
    });
    return { ...row, globalId: toGlobalId('BookingSlot', row.id) };
  }
  async function gql(query: string, variables: Record<string, unknown>, as: Caller): Promise<Data> {
    const result = await api.graphql<Data>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }
  async function citizens(count: number): Promise<Caller[]> {
    return Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const user = await api.db.user.create({
          data: {
            name: `预约人${minute}-${index}`,
            roles: ['CITIZEN'],
            phoneHash: `test-${minute}-${index}`,
          },
        });
        return { sessionToken: await api.sessionForUser(user.id) };
      }),
    );
  }

  it('never books past the capacity when many citizens take the last places at once, and tells each refused one the slot is full', async () => {
    const full = await slot(3, 24 * 60);
    const people = await citizens(12);
    const answers = await Promise.all(
      people.map((person) => gql(BOOK, { input: { slotId: full.globalId } }, person)),
    );
    const booked = answers.filter((a) => a.bookVisit.booking);
    const refusedOnes = answers.filter((a) => !a.bookVisit.booking);
    expect(booked).toHaveLength(3);
    expect(refusedOnes).toHaveLength(9);
    for (const answer of refusedOnes) {
      expect(answer.bookVisit.userErrors).toEqual([
        { field: ['input', 'slotId'], code: 'SLOT_FULL', message: '该时段已约满，请选择其他时段。' },
      ]);
    }
    const row = await api.db.bookingSlot.findUniqueOrThrow({ where: { id: full.id } });
    expect(row.booked).toBe(3);
    expect(await api.db.booking.count({ where: { slotId: full.id, status: 'BOOKED' } })).toBe(3);
    const listed = await gql(SLOTS, { itemId: itemGlobalId, first: 100 }, null);
    expect(listed.bookingSlots.nodes.find((n: Data) => n.id === full.globalId)).toMatchObject({
      remaining: 0,
      capacity: 3,
    });
    // The database itself refuses a counter past the capacity, whatever the code does.
    await expect(api.db.bookingSlot.update({ where: { id: full.id }, data: { booked: 4 } })).rejects.toThrow(
      /booking_slots_booked_within_capacity/,
    );
  });

  it('keeps one booking per person and slot, also from two tabs at once', async () => {
    const open = await slot(5, 24 * 60);
    const [first, second] = await Promise.all([
      gql(BOOK, { input: { slotId: open.globalId } }, liHua),
      gql(BOOK, { input: { slotId: open.globalId } }, liHua),
    ]);
    const codes = [first, second].map((a) => a.bookVisit.userErrors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'TAKEN']);
    expect((await api.db.bookingSlot.findUniqueOrThrow({ where: { id: open.id } })).booked).toBe(1);
    const li = await api.db.user.findFirstOrThrow({ where: { name: '李华' } });
    await expect(
      api.db.booking.create({ data: { slotId: open.id, userId: li.id, bookedAt: now } }),
    ).rejects.toThrow(/Unique constraint|bookings_slot_id_user_id_key|P2002/);
  });

  it(`cancels up to ${BOOKING_CANCEL_LEAD_MINUTES} minutes before the slot, giving the place back; refuses later, twice, or someone else's`, async () => {
    const soon = await slot(1, BOOKING_CANCEL_LEAD_MINUTES + 10);
    const booked = await gql(BOOK, { input: { slotId: soon.globalId } }, chenJing);
    const bookingId = booked.bookVisit.booking.id;
    expect(booked.bookVisit.booking.slot).toMatchObject({ remaining: 0, bookedByMe: true });

    const notHers = await gql(CANCEL, { input: { bookingId } }, liHua);
    expect(notHers.cancelBooking.userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'bookingId'],
    });

    now = at(11); // 9 minutes before the cancellation deadline passes... now past it
    const late = await gql(CANCEL, { input: { bookingId } }, chenJing);
    expect(late.cancelBooking.userErrors[0]).toMatchObject({
      code: 'EXPIRED',
      field: ['input', 'bookingId'],
    });
    expect((await gql(MINE, {}, chenJing)).me.bookings.nodes[0]).toMatchObject({
      id: bookingId,
      cancellable: false,
    });

    now = at(-11);
    const cancelled = await gql(CANCEL, { input: { bookingId } }, chenJing);
    expect(cancelled.cancelBooking).toEqual({
      booking: { id: bookingId, status: 'CANCELLED', cancellable: false },
      userErrors: [],
    });
    expect((await api.db.bookingSlot.findUniqueOrThrow({ where: { id: soon.id } })).booked).toBe(0);
    const again = await gql(CANCEL, { input: { bookingId } }, chenJing);
    expect(again.cancelBooking.userErrors[0].code).toBe('INVALID_TRANSITION');
    expect((await api.db.bookingSlot.findUniqueOrThrow({ where: { id: soon.id } })).booked).toBe(0);

    // The freed place can be booked, by her again (the same row) or anyone.
    const rebooked = await gql(BOOK, { input: { slotId: soon.globalId } }, chenJing);
    expect(rebooked.bookVisit.booking.id).toBe(bookingId);
    expect(rebooked.bookVisit.booking.status).toBe('BOOKED');
  });

  it('refuses a slot that has begun and an unknown one', async () => {
    const begun = await slot(5, -1);
    const late = await gql(BOOK, { input: { slotId: begun.globalId } }, liHua);
    expect(late.bookVisit.userErrors[0]).toMatchObject({ code: 'EXPIRED', field: ['input', 'slotId'] });
    const unknown = await gql(BOOK, { input: { slotId: toGlobalId('BookingSlot', itemId) } }, liHua);
    expect(unknown.bookVisit.userErrors[0].code).toBe('NOT_FOUND');
    expect((await api.db.bookingSlot.findUniqueOrThrow({ where: { id: begun.id } })).booked).toBe(0);
  });

  it('shows window staff the day’s bookings; they mark 到场 and 爽约 and link the recorded window case', async () => {
    const today = await slot(4, 8);
    const [arrives, stays] = await Promise.all([
      gql(BOOK, { input: { slotId: today.globalId } }, liHua),
      gql(BOOK, { input: { slotId: today.globalId } }, chenJing),
    ]);
    const arrivesId = arrives.bookVisit.booking.id;
    const staysId = stays.bookVisit.booking.id;

    const day = await gql(DAY, { centreId: toGlobalId('ServiceCentre', centreId), day: '2026-12-08' }, clerk);
    const ids = day.centreBookings.nodes.map((n: Data) => n.id);
    expect(ids).toEqual(expect.arrayContaining([arrivesId, staysId]));
    expect(day.centreBookings.nodes.find((n: Data) => n.id === arrivesId)).toMatchObject({
      citizenName: '李华',
      citizenMaskedIdNumber: '110***********002X',
    });
    const otherDay = await gql(
      DAY,
      { centreId: toGlobalId('ServiceCentre', centreId), day: '2026-12-09' },
      clerk,
    );
    expect(otherDay.centreBookings.nodes.map((n: Data) => n.id)).not.toContain(arrivesId);

    const early = await gql(MARK, { input: { bookingId: staysId, attendance: 'NO_SHOW' } }, clerk);
    expect(early.markBookingAttendance.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'bookingId'],
    });
    const arrived = await gql(MARK, { input: { bookingId: arrivesId, attendance: 'ARRIVED' } }, clerk);
    expect(arrived.markBookingAttendance.booking.status).toBe('ARRIVED');
    const twice = await gql(MARK, { input: { bookingId: arrivesId, attendance: 'NO_SHOW' } }, clerk);
    expect(twice.markBookingAttendance.userErrors[0].code).toBe('INVALID_TRANSITION');

    now = at(9);
    const noShow = await gql(MARK, { input: { bookingId: staysId, attendance: 'NO_SHOW' } }, clerk);
    expect(noShow.markBookingAttendance.booking.status).toBe('NO_SHOW');
    expect((await gql(MINE, {}, chenJing)).me.bookingNoShowCount).toBe(1);
    expect((await gql(MINE, {}, liHua)).me.bookingNoShowCount).toBe(0);
    // A 爽约 still holds its place: the counter does not move.
    expect((await api.db.bookingSlot.findUniqueOrThrow({ where: { id: today.id } })).booked).toBe(2);

    // Linking: the case must be a window case of this citizen and item.
    const li = await api.db.user.findFirstOrThrow({ where: { name: '李华' } });
    const item = await api.db.serviceItem.findUniqueOrThrow({ where: { id: itemId } });
    const kase = await api.db.case.create({
      data: {
        businessNumber: '261208100000000001',
        source: 'WINDOW',
        originSystem: 'window',
        applicantId: li.id,
        itemId,
        departmentId: item.departmentId,
        status: 'RECEIVED',
        appliedAt: now,
        statusChangedAt: now,
      },
    });
    const wrong = await gql(LINK, { input: { bookingId: arrivesId, businessNumber: 'NO-SUCH' } }, clerk);
    expect(wrong.linkBookingCase.userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'businessNumber'],
    });
    const notArrived = await gql(
      LINK,
      { input: { bookingId: staysId, businessNumber: kase.businessNumber } },
      clerk,
    );
    expect(notArrived.linkBookingCase.userErrors[0].code).toBe('INVALID_TRANSITION');
    const linked = await gql(
      LINK,
      { input: { bookingId: arrivesId, businessNumber: kase.businessNumber } },
      clerk,
    );
    expect(linked.linkBookingCase).toEqual({
      booking: { id: arrivesId, caseBusinessNumber: kase.businessNumber },
      userErrors: [],
    });
    expect((await api.db.booking.findFirstOrThrow({ where: { caseId: kase.id } })).id).toBeDefined();
  });

  it('keeps the lists to their people and pages at most 100', async () => {
    const citizenAsks = await api.graphql(
      DAY,
      { centreId: toGlobalId('ServiceCentre', centreId), day: '2026-12-08' },
      liHua,
    );
    expect(citizenAsks.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const clerkBooks = await api.graphql(
      BOOK,
      { input: { slotId: toGlobalId('BookingSlot', itemId) } },
      clerk,
    );
    expect(clerkBooks.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMany = await api.graphql(SLOTS, { itemId: itemGlobalId, first: 101 }, null);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // 陈静's bookings are hers: through node(id:) 李华 sees nothing.
    const hers = (await gql(MINE, {}, chenJing)).me.bookings.nodes[0].id;
    const peek = await gql('query($id: ID!) { node(id: $id) { id } }', { id: hers }, liHua);
    expect(peek.node).toBeNull();
  });
});

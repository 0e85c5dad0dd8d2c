import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { toGlobalId } from '../../api/src/lib/global-id.ts';
import { ACCOUNTS, screenshotWidths, waitForHydration } from './browser';
import { usersInBrowsers } from './users';

// Issue 16, 我的预约: a citizen books the last place of a slot while another is refused, and cancels; window
// staff mark the arrival of a booked visit and link its window case. At desktop width and on a phone.

const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));
const { openAs } = usersInBrowsers(webUrl);
afterAll(() => db.$disconnect());

const DAY_MS = 24 * 60 * 60_000;
const CST_MS = 8 * 60 * 60_000;
const BOOK_ITEM = 'nk-ss-card-application'; // 社会保障卡申领
const ARRIVAL_ITEM = 'nk-street-birth-registration'; // 生育登记服务

/** The list as shown at this width: the table on wide screens, the cards on phones. */
const list = (page: Page, testId: string, width: number) =>
  page.getByTestId(width < 768 ? `${testId}-cards` : testId);

const hhmm = (at: Date) => new Date(at.getTime() + CST_MS).toISOString().slice(11, 16);

/** A fresh slot of `capacity` for the item at the seeded centre, its bookings of earlier runs removed. */
async function freshSlot(code: string, startsAt: Date, capacity: number) {
  const item = await db.serviceItem.findUniqueOrThrow({ where: { code } });
  const centre = await db.serviceCentre.findFirstOrThrow();
  const key = { centreId: centre.id, itemId: item.id, startsAt };
  const old = await db.bookingSlot.findUnique({ where: { centreId_itemId_startsAt: key } });
  if (old) {
    await db.booking.deleteMany({ where: { slotId: old.id } });
    await db.bookingSlot.delete({ where: { id: old.id } });
  }
  const slot = await db.bookingSlot.create({
    data: { ...key, endsAt: new Date(startsAt.getTime() + 30 * 60_000), capacity },
  });
  return { slot, item };
}

for (const width of [1280, 375]) {
  describe(`我的预约 at ${width} px`, () => {
    it('books the last place while another citizen is refused as 已约满, and cancels from 我的预约', async () => {
      // 17:00 or 17:30 CST three days on: after the seeded slots, one per width.
      const day = new Date(Math.floor((Date.now() + CST_MS) / DAY_MS) * DAY_MS + 3 * DAY_MS - CST_MS);
      const startsAt = new Date(day.getTime() + (17 * 60 + (width < 768 ? 30 : 0)) * 60_000);
      const { slot, item } = await freshSlot(BOOK_ITEM, startsAt, 1);
      const path = `/personal/bookings/new?item=${encodeURIComponent(toGlobalId('ServiceItem', item.id))}`;
      const [first, second] = await Promise.all([
        openAs(ACCOUNTS.citizen, path),
        openAs(ACCOUNTS.companyUser, path),
      ]);
      const time = `${hhmm(startsAt)}–${hhmm(new Date(startsAt.getTime() + 30 * 60_000))}`;
      const bookName = new RegExp(`^预约：.*${time}`);
      const buttons = [first, second].map((page) =>
        list(page, 'booking-slots', width).getByRole('button', { name: bookName }),
      );
      for (const [index, page] of [first, second].entries()) {
        await page.setViewportSize({ width, height: 800 });
        await waitForHydration(buttons[index]!);
        // Both see the one place left.
        const row = list(page, 'booking-slots', width)
          .locator('tr, li')
          .filter({ has: page.getByRole('button', { name: bookName }) });
        await row.getByText('1 / 1').waitFor();
      }
      await screenshotWidths(first, 'page-预约办事');

      await buttons[0]!.click();
      await first.getByText('预约成功').first().waitFor();
      await list(first, 'booking-slots', width).getByText('已预约').first().waitFor();
      // The other citizen still sees the place they loaded; the hall refuses it.
      await buttons[1]!.click();
      await second.getByText('该时段已约满，请选择其他时段。').first().waitFor();
      await list(second, 'booking-slots', width).getByText('已约满').first().waitFor();
      expect((await db.bookingSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(1);
      expect(await db.booking.count({ where: { slotId: slot.id, status: 'BOOKED' } })).toBe(1);

      await first.getByRole('link', { name: '预约记录' }).first().click();
      await first.getByRole('heading', { name: '我的预约' }).waitFor();
      const cancel = list(first, 'my-bookings', width).getByRole('button', {
        name: new RegExp(`^取消预约：.*${time}`),
      });
      await waitForHydration(cancel);
      await screenshotWidths(first, 'page-我的预约');
      expect(await first.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await cancel.click();
      await first.getByText('预约已取消').first().waitFor();
      await list(first, 'my-bookings', width).getByText('已取消').first().waitFor();
      expect((await db.bookingSlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(0);
    });

    it('lets window staff mark the arrival of a booked visit and link the window case they recorded', async () => {
      const soon = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + (width < 768 ? 2 : 1) * 60_000);
      const { slot, item } = await freshSlot(ARRIVAL_ITEM, soon, 2);
      const citizen = await db.user.findFirstOrThrow({ where: { name: ACCOUNTS.citizen.name } });
      await db.booking.deleteMany({ where: { userId: citizen.id, slot: { itemId: item.id } } });
      await db.booking.create({ data: { slotId: slot.id, userId: citizen.id, bookedAt: new Date() } });
      await db.bookingSlot.update({ where: { id: slot.id }, data: { booked: 1 } });
      const businessNumber = `E2E${Date.now()}`;
      await db.case.create({
        data: {
          businessNumber,
          source: 'WINDOW',
          originSystem: 'window',
          applicantId: citizen.id,
          itemId: item.id,
          departmentId: item.departmentId,
          status: 'RECEIVED',
          appliedAt: new Date(),
          statusChangedAt: new Date(),
        },
      });

      const page = await openAs(ACCOUNTS.windowClerk, '/staff/window/bookings');
      await page.setViewportSize({ width, height: 800 });
      const arrive = list(page, 'centre-bookings', width).getByRole('button', {
        name: `到场：${ACCOUNTS.citizen.name}`,
      });
      await waitForHydration(arrive);
      await arrive.click();
      await page.getByText('已标记到场').first().waitFor();
      const numberInput = list(page, 'centre-bookings', width).getByLabel(
        `${ACCOUNTS.citizen.name}的窗口办件业务编号`,
      );
      await numberInput.fill(businessNumber);
      await screenshotWidths(page, 'page-今日预约');
      await list(page, 'centre-bookings', width).getByRole('button', { name: '关联办件' }).click();
      await page.getByText('已关联办件').first().waitFor();
      await list(page, 'centre-bookings', width).getByText(`办件 ${businessNumber}`).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const booking = await db.booking.findFirstOrThrow({ where: { slotId: slot.id } });
      expect(booking.status).toBe('ARRIVED');
      expect(booking.caseId).not.toBeNull();
    });
  });
}

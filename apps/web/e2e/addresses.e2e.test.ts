import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { ACCOUNTS, screenshotWidths, waitForHydration } from './browser';
import { usersInBrowsers } from './users';

// Issue 16, 邮政速递 → 收件地址: a citizen adds two addresses, edits one and makes it the default; phones masked.

const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));
const { openAs } = usersInBrowsers(webUrl);
afterAll(() => db.$disconnect());

for (const width of [1280, 375]) {
  describe(`收件地址 at ${width} px`, () => {
    it('adds, edits and sets the default address, with the postcode checked and phones shown masked', async () => {
      const owner = await db.user.findFirstOrThrow({ where: { name: ACCOUNTS.citizen.name } });
      await db.caseDeliveryAddress.deleteMany({ where: { case: { applicantId: owner.id } } });
      await db.deliveryAddress.deleteMany({ where: { userId: owner.id } });
      const page = await openAs(ACCOUNTS.citizen, '/personal/delivery/addresses');
      await page.setViewportSize({ width, height: 800 });
      const submit = page.getByRole('button', { name: '添加地址' });
      await waitForHydration(submit);

      async function add(name: string, phone: string, address: string, postcode: string) {
        await page.getByLabel('收件人').fill(name);
        await page.getByLabel('手机号').fill(phone);
        await page.getByLabel('详细地址').fill(address);
        await page.getByLabel('邮政编码').fill(postcode);
        await page.getByRole('button', { name: '添加地址' }).click();
      }
      await add('李华', '13800138000', '天津市南开区卫津路92号', '3000');
      await page.getByText('邮政编码须为 6 位数字').waitFor();
      await page.getByLabel('邮政编码').fill('300072');
      await page.getByRole('button', { name: '添加地址' }).click();
      await page.getByText('地址已添加').first().waitFor();
      const listed = page.getByTestId('address-list');
      await listed.getByText('138****8000').waitFor();
      await add('李华单位', '13912345678', '天津市河西区友谊路35号', '300061');
      await listed.getByText('139****5678').waitFor();
      expect(await listed.textContent()).not.toContain('13912345678');

      await listed.getByRole('button', { name: '编辑：李华单位' }).click();
      await page.getByRole('heading', { name: '编辑地址' }).waitFor();
      await page.getByLabel('详细地址').fill('天津市河西区友谊路36号');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('地址已保存').first().waitFor();
      await listed.getByText('天津市河西区友谊路36号（300061）').waitFor();

      await listed.getByRole('button', { name: '设为默认：李华单位' }).click();
      await page.getByText('已设为默认地址').first().waitFor();
      await listed.locator('li').first().getByText('李华单位').waitFor();
      await listed.locator('li').first().getByText('默认').waitFor();
      await screenshotWidths(page, 'page-收件地址');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const refreshed = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
      const office = await db.deliveryAddress.findFirstOrThrow({
        where: { userId: owner.id, recipientName: '李华单位' },
      });
      expect(refreshed.defaultDeliveryAddressId).toBe(office.id);
      expect(office.address).toBe('天津市河西区友谊路36号');
    });
  });
}

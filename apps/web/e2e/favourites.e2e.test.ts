import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { ACCOUNTS, saveScreenshot, waitForHydration } from './browser';
import { usersInBrowsers } from './users';

// Issue 16, 我的收藏: a citizen stars an item in 我要办事, finds it in 我的收藏, applies from there, and unstars it.

const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));
const { openAs } = usersInBrowsers(webUrl);
afterAll(() => db.$disconnect());

const ITEM = '外商投资项目核准';

const catalogueRow = (page: Page) =>
  page.getByTestId('catalogue-table').locator('tbody tr').filter({ hasText: ITEM });

/** Ant Design on the page: its classes and its css-in-js styles (我要办事 and 我的收藏 ship none). */
const antdOnPage = (page: Page) =>
  page.evaluate(() => ({
    classes: document.querySelectorAll('[class*="ant-"]').length,
    cssInJs: document.querySelectorAll('style[data-css-hash], style[data-rc-order]').length,
  }));

/** The list as shown at this width: the table on wide screens, the cards on phones. */
const favouriteList = (page: Page, width: number) =>
  page.getByTestId(width < 768 ? 'favourite-items-cards' : 'favourite-items');

for (const width of [1280, 375]) {
  describe(`我的收藏 at ${width} px`, () => {
    it('stars an item in 我要办事, applies from 我的收藏, and 取消收藏 removes it', async () => {
      const owner = await db.user.findFirstOrThrow({ where: { name: ACCOUNTS.companyUser.name } });
      await db.favouriteItem.deleteMany({ where: { userId: owner.id } }); // nothing left by an earlier run
      const page = await openAs(ACCOUNTS.companyUser, '/personal/apply?search=外商投资');
      await page.setViewportSize({ width, height: 800 });
      const star = catalogueRow(page).locator('button[aria-pressed]');
      await waitForHydration(star);
      expect(await star.getAttribute('aria-pressed')).toBe('false');
      expect(await star.getAttribute('aria-label')).toBe(`收藏：${ITEM}`);
      expect(await antdOnPage(page)).toEqual({ classes: 0, cssInJs: 0 });
      await star.click();
      await page.getByText(`已收藏：${ITEM}`).first().waitFor();
      expect(await star.getAttribute('aria-pressed')).toBe('true');
      // The star is kept: a reload shows it.
      await page.reload();
      await catalogueRow(page).getByText('已收藏').waitFor();
      expect(await star.getAttribute('aria-pressed')).toBe('true');
      expect(await db.favouriteItem.count({ where: { userId: owner.id, item: { name: ITEM } } })).toBe(1);

      await page.getByRole('link', { name: '我的收藏' }).first().click();
      await page.getByRole('heading', { name: '我的收藏' }).waitFor();
      const list = favouriteList(page, width);
      await list.getByText(ITEM).waitFor();
      expect(await antdOnPage(page)).toEqual({ classes: 0, cssInJs: 0 });
      await saveScreenshot(page, `page-我的收藏-${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await list.getByRole('link', { name: '在线申报' }).click();
      await page.getByRole('heading', { name: ITEM }).waitFor();

      await page.goto('/personal/favourites');
      const unstar = favouriteList(page, width).getByRole('button', { name: `取消收藏：${ITEM}` });
      await waitForHydration(unstar);
      await unstar.click();
      await page.getByText(`已取消收藏：${ITEM}`).first().waitFor();
      await page.getByText('暂无收藏的事项。').first().waitFor();
      expect(await db.favouriteItem.count({ where: { userId: owner.id } })).toBe(0);
    });
  });
}

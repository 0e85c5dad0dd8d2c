import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  ACCOUNTS,
  launchBrowser,
  newContext,
  saveScreenshot,
  signIn as submitSignIn,
  waitForHydration,
} from './browser';

// The seeded citizen of the guide, section 3.
const CITIZEN = ACCOUNTS.citizen;

// The guide's 办结件 table: 业务编号 and 来源, newest application first.
const GUIDE_COMPLETED_ROWS = [
  ['20191108095653989372', '网上申报'],
  ['20191107192640286801', '网上申报'],
  ['191107191733256400', '窗口申报'],
  ['20191107180245378802', '互联互通'],
  ['20191107163941662896', '互联互通'],
  ['20191107151420633614', '互联互通'],
  ['2019110714529886846', '网上申报'],
  ['2019110714175756717', '互联互通'],
  ['20191107092055800274', '网上申报'],
  ['20191107092139163613', '互联互通'],
] as const;

const webUrl = inject('webUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await newContext(browser, webUrl);
  page = await context.newPage();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await saveScreenshot(page, task.name);
  await context?.close();
});

function signIn(login: string, password: string) {
  return submitSignIn(page, { login, password });
}

describe('个人空间 — 我的办件', () => {
  it('sends signed-out visitors of 个人空间 to the sign-in page', async () => {
    await page.goto('/personal');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe('/personal');
    await page.getByRole('button', { name: '登录' }).waitFor();
  });

  it('says 账号或密码错误 for a wrong password', async () => {
    await page.goto('/login');
    await signIn(CITIZEN.login, 'wrong-password');
    await page.getByRole('alert').filter({ hasText: '账号或密码错误' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('locks a login after five failed attempts, and says so', async () => {
    await page.goto('/login');
    const companyPhone = '13700137000';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const answered = page.waitForResponse((response) =>
        response.url().includes('/api/auth/callback/credentials'),
      );
      await signIn(companyPhone, `wrong-${attempt}`);
      await answered;
    }
    await signIn(companyPhone, 'Company#2019');
    await page.getByRole('alert').filter({ hasText: '登录失败次数过多' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it("shows the guide's 办结件 table after signing in", async () => {
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: '登录' }).click();
    await page.waitForURL('**/login');
    await signIn(CITIZEN.login, CITIZEN.password);

    // The header shows the user's name; clicking it opens 个人空间 (guide: 在系统首页点击个人姓名).
    await page.waitForURL('**/personal');
    await page.goto('/');
    await page.getByTestId('header-user-name').click();
    await page.waitForURL('**/personal');
    const sidebar = page.getByRole('complementary', { name: '个人空间' });
    await sidebar.getByText('认证等级 | 实名认证').waitFor();

    await sidebar.getByRole('link', { name: /办结件/ }).click();
    await page.waitForURL('**/personal/cases?list=COMPLETED');
    await page.getByRole('heading', { name: '办结件' }).waitFor();

    const table = page.getByTestId('case-table');
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual([
      '业务编号',
      '申请时间',
      '审批事项',
      '审批部门',
      '来源',
      '操作',
    ]);

    // The guide's cases (applied for in November 2019; newer ones, e.g. recently completed, come first).
    await page.goto('/personal/cases?list=COMPLETED&appliedTo=2019-12-31');
    const rows = table.locator('tbody tr.data-table__row');
    await expect.poll(() => rows.count()).toBe(GUIDE_COMPLETED_ROWS.length);
    for (const [index, [businessNumber, source]] of GUIDE_COMPLETED_ROWS.entries()) {
      const cells = rows.nth(index).locator('td');
      expect((await cells.nth(0).innerText()).trim()).toBe(businessNumber);
      expect((await cells.nth(4).innerText()).trim()).toBe(source);
      // Evaluated long ago (or by the system after 7 natural days), as in the guide: 已评价 查看.
      expect((await cells.nth(5).innerText()).replace(/\s+/g, ' ').trim()).toBe('已评价 查看');
    }
    // 申请时间 in China Standard Time, although this browser runs in New York time.
    expect((await rows.first().locator('td').nth(1).innerText()).trim()).toBe('2019-11-08 10:01:19');
  });

  it('filters 我的办件 by 申请时间 and keyword, kept in the URL', async () => {
    await page.goto('/login');
    await signIn(CITIZEN.login, CITIZEN.password);
    await page.waitForURL('**/personal');
    await page.goto('/personal/cases?list=COMPLETED');
    const rows = page.getByTestId('case-table').locator('tbody tr.data-table__row');
    const numbers = async () =>
      (await rows.locator('td:first-child').allInnerTexts()).map((text) => text.trim());

    await page.getByLabel('申请时间起').fill('2019-11-07');
    await page.getByLabel('申请时间止').fill('2019-11-07');
    await page.getByLabel('关键字').fill('参保单位');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL((url) => url.searchParams.get('keyword') === '参保单位');
    const url = new URL(page.url());
    expect(url.searchParams.get('list')).toBe('COMPLETED');
    expect(url.searchParams.get('appliedFrom')).toBe('2019-11-07');
    expect(url.searchParams.get('appliedTo')).toBe('2019-11-07');
    await expect.poll(numbers).toEqual(['20191107180245378802', '2019110714175756717']);

    // A business number matches exactly; the page works from its URL alone.
    await page.goto('/personal/cases?list=COMPLETED&keyword=191107191733256400');
    await expect.poll(numbers).toEqual(['191107191733256400']);

    await page.getByLabel('关键字').fill('不存在的事项');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('没有符合条件（关键字“不存在的事项”）的办结件').waitFor();
    await page.getByRole('link', { name: '清除筛选' }).click();
    await page.waitForURL((url) => url.search === '?list=COMPLETED');
    await expect.poll(() => rows.count()).toBe(10);

    // 来源 (a native select) narrows the list at once and keeps the list in the URL.
    const source = page.getByLabel('来源');
    await waitForHydration(source);
    await source.selectOption({ label: '窗口申报' });
    await page.waitForURL((url) => url.searchParams.get('source') === 'WINDOW');
    expect(new URL(page.url()).searchParams.get('list')).toBe('COMPLETED');
    await expect
      .poll(async () => (await rows.locator('td:nth-child(5)').allInnerTexts()).length)
      .toBeGreaterThan(0);
    for (const text of await rows.locator('td:nth-child(5)').allInnerTexts())
      expect(text.trim()).toBe('窗口申报');
  });
});

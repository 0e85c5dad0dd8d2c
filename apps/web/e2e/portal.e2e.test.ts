import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, launchBrowser, newContext, saveScreenshot, signIn, waitForHydration } from './browser';

/**
 * Issue 17's 首页 story: a visitor finds 外商投资项目核准 from the home page by its pinyin initials and by a
 * synonym, reads its 办事指南 and starts 在线申报 after signing in — at desktop width, at 375 px and in 关怀模式.
 * Also: 关怀模式 follows the signed-in person to another browser; the home page at 200 % zoom.
 */
const webUrl = inject('webUrl');
const ITEM = '外商投资项目核准';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** No sideways scrolling: the page fits the window. */
async function fitsWidth(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(widths.viewport);
}

/** Clicks the header's 关怀模式 switch and waits for the page it comes back to, in the expected mode. */
async function switchCareMode(page: Page, on: boolean) {
  await page.getByTestId('care-mode-switch').click();
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-testid="care-mode-switch"]')?.getAttribute('aria-pressed') === expected,
    String(on),
  );
  await page.waitForLoadState('load');
}

async function searchFromHome(page: Page, text: string) {
  await page.goto('/');
  await page.getByLabel('搜索办事事项').fill(text);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/search');
  await expect.poll(() => page.locator('h1').innerText()).toBe('搜索结果');
}

async function expectCareMode(page: Page) {
  expect(await page.locator('html').getAttribute('class')).toContain('care');
  const sizes = await page.evaluate(() => {
    const px = (element: Element | null) => (element ? parseFloat(getComputedStyle(element).fontSize) : 0);
    const texts = [...document.querySelectorAll('main p, main li, main a, main dd, main label')];
    return {
      smallest: Math.min(...texts.map(px)),
      input: document.querySelector('#search-q')?.getBoundingClientRect().height ?? null,
    };
  });
  expect(sizes.smallest, 'no text below 18 px in 关怀模式').toBeGreaterThanOrEqual(18);
  if (sizes.input !== null) expect(sizes.input).toBeGreaterThanOrEqual(48);
}

const VARIANTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, care: false },
  { name: '375 px', viewport: { width: 375, height: 812 }, care: false },
  { name: '关怀模式 at 375 px', viewport: { width: 375, height: 812 }, care: true },
] as const;

describe('首页 → 搜索 → 办事指南 → 在线申报', () => {
  for (const variant of VARIANTS) {
    it(`finds ${ITEM} by wstz and by a synonym, reads its guide, applies after signing in (${variant.name})`, async () => {
      const context = await newContext(browser, webUrl);
      const page = await context.newPage();
      try {
        await page.setViewportSize(variant.viewport);
        await page.goto('/');
        if (variant.care) {
          await switchCareMode(page, true);
          await expectCareMode(page);
        }
        await fitsWidth(page);

        // By pinyin initials: the result names the item, its four characters highlighted.
        await searchFromHome(page, 'wstz');
        const result = page.locator('.search-result', { hasText: ITEM });
        await expect.poll(() => result.locator('mark').first().innerText()).toBe('外商投资');
        await expect.poll(() => result.innerText()).toContain('拼音首字母匹配');
        await fitsWidth(page);
        if (variant.care) await expectCareMode(page);

        // By a synonym (a word not in its name).
        await searchFromHome(page, '外资项目');
        const bySynonym = page.locator('.search-result', { hasText: ITEM });
        await expect.poll(() => bySynonym.innerText()).toContain('同义词匹配：外资项目');
        await bySynonym.getByRole('link', { name: ITEM }).click();

        // 办事指南.
        await page.waitForURL((url) => url.pathname.startsWith('/items/'));
        expect(await page.locator('h1').innerText()).toContain(ITEM);
        for (const heading of ['申请条件', '申请材料']) {
          expect(await page.getByRole('heading', { name: heading }).isVisible()).toBe(true);
        }
        const guide = await page.locator('main').innerText();
        expect(guide).toContain('项目申请报告');
        expect(guide).toContain('天津市政务服务中心');
        expect(guide).toContain('20 个工作日');
        expect(guide).not.toContain('预约'); // no bookings exist, so none is offered
        await fitsWidth(page);
        if (variant.care) await expectCareMode(page);

        // 在线申报: sign in first, then the online form of this item.
        await page.getByTestId('apply-online').click();
        await page.waitForURL((url) => url.pathname === '/login');
        await signIn(page, ACCOUNTS.company);
        await page.waitForURL((url) => url.pathname.startsWith('/personal/apply/'), { timeout: 60_000 });
        await waitForHydration(page.locator('h1'));
        expect(await page.locator('h1').innerText()).toBe(ITEM);
        expect(await page.getByText('项目信息').first().isVisible()).toBe(true);
        if (variant.care) expect(await page.locator('html').getAttribute('class')).toContain('care');
      } catch (error) {
        await saveScreenshot(page, `portal ${variant.name}`);
        throw error;
      } finally {
        await context.close();
      }
    });
  }
});

describe('关怀模式 and zoom', () => {
  it('keeps 关怀模式 with the account: on in another browser after signing in, off again when switched off', async () => {
    const contexts: BrowserContext[] = [];
    const signedIn = async () => {
      const context = await newContext(browser, webUrl);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto('/login');
      await signIn(page, ACCOUNTS.ndrcHead);
      await page.waitForURL((url) => url.pathname !== '/login');
      await page.goto('/');
      return page;
    };
    try {
      const first = await signedIn();
      expect(await first.locator('html').getAttribute('class')).toBeNull();
      await switchCareMode(first, true);
      expect(await first.locator('html').getAttribute('class')).toBe('care');

      const second = await signedIn(); // no cookie: the account's setting
      expect(await second.locator('html').getAttribute('class')).toBe('care');
      expect(await second.getByTestId('care-mode-switch').getAttribute('aria-pressed')).toBe('true');
      await switchCareMode(second, false);
      expect(await second.locator('html').getAttribute('class')).toBeNull();

      const third = await signedIn();
      expect(await third.locator('html').getAttribute('class')).toBeNull();
    } finally {
      for (const context of contexts) await context.close();
    }
  });

  it('reads well at 200 % zoom: the home page fits, text at twice its size, the search box usable', async () => {
    // A 1280 px window at 200 % zoom lays the page out in 640 CSS pixels at device scale 2.
    const context = await browser.newContext({
      baseURL: webUrl,
      locale: 'zh-CN',
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    try {
      await page.goto('/');
      await fitsWidth(page);
      const search = page.getByLabel('搜索办事事项');
      expect(await search.isVisible()).toBe(true);
      const box = await search.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      const overlaps = await page.evaluate(() => {
        // Header items wrap rather than overlap each other.
        const items = [...document.querySelectorAll('.site-header__inner > *')].map((e) =>
          e.getBoundingClientRect(),
        );
        return items.some((a, i) =>
          items.some(
            (b, j) => i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
          ),
        );
      });
      expect(overlaps).toBe(false);
      await page.getByLabel('搜索办事事项').fill('wstz');
      await page.getByRole('button', { name: '搜索', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/search');
      await fitsWidth(page);
    } catch (error) {
      await saveScreenshot(page, 'portal 200 percent');
      throw error;
    } finally {
      await context.close();
    }
  });
});

describe('首页, 办事指南, 搜索结果, 公示 and 通知公告 without JavaScript', () => {
  /** Every script the page asked for or carries: none on the script-free pages (pages/). */
  async function scriptsOf(page: Page, path: string) {
    const requested: string[] = [];
    const onRequest = (request: { resourceType(): string; url(): string }) => {
      if (request.resourceType() === 'script') requested.push(request.url());
    };
    page.on('request', onRequest);
    await page.goto(path);
    await page.waitForLoadState('load');
    page.off('request', onRequest);
    const inPage = await page.evaluate(() => document.scripts.length);
    return { requested, inPage };
  }

  it('ship no script, signed out and signed in, and 退出 works through the sign-out page', async () => {
    const context = await newContext(browser, webUrl);
    const page = await context.newPage();
    try {
      await page.goto('/search?q=wstz');
      const guidePath = await page
        .locator('.search-result', { hasText: ITEM })
        .getByRole('link', { name: ITEM })
        .getAttribute('href');
      expect(guidePath).toMatch(/^\/items\//);
      await page.goto('/');
      const noticePath = await page.locator('a[href^="/notices/"]').first().getAttribute('href');
      const scriptFree = ['/', '/search?q=wstz', '/gongshi', noticePath!, guidePath!]; // the guide last: checked below
      for (const path of scriptFree) {
        expect(await scriptsOf(page, path), path).toEqual({ requested: [], inPage: 0 });
      }
      // A page of the App Router, for contrast: the same check finds its scripts.
      expect((await scriptsOf(page, '/login')).requested.length).toBeGreaterThan(0);

      await signIn(page, ACCOUNTS.citizen);
      await page.waitForURL((url) => url.pathname !== '/login');
      for (const path of scriptFree) {
        expect(await scriptsOf(page, path), path).toEqual({ requested: [], inPage: 0 });
      }
      // The header is the App Router's: the name leads to 个人空间, messages, 关怀模式.
      expect(await page.getByTestId('header-user-name').innerText()).toBe(ACCOUNTS.citizen.name);
      expect(await page.getByTestId('header-messages').isVisible()).toBe(true);
      expect(await page.title()).toMatch(new RegExp(`^${ITEM} 办事指南 - `));

      // 退出 is a link here (no script to run it); the sign-out page asks once, then the hall signs out.
      await page.getByRole('link', { name: '退出' }).click();
      await page.waitForURL((url) => url.pathname === '/logout');
      await page.getByRole('heading', { name: '退出登录' }).waitFor();
      const confirm = page.getByRole('button', { name: '确认退出' });
      await waitForHydration(confirm);
      await confirm.click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('banner').getByRole('link', { name: '登录' }).waitFor();
      expect(await page.getByTestId('header-user-name').count()).toBe(0);
    } catch (error) {
      await saveScreenshot(page, 'portal without javascript');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('answers an unknown item with 404 and 页面不存在', async () => {
    const context = await newContext(browser, webUrl);
    const page = await context.newPage();
    try {
      const response = await page.goto(
        '/items/U2VydmljZUl0ZW06MDAwMDAwMDAtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw',
      );
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe('页面不存在');
      expect(await page.title()).toMatch(/^事项不存在 - /);
    } finally {
      await context.close();
    }
  });
});

describe('通知公告 on the script-free 首页', () => {
  it('shows a notice as soon as it is published and drops it as soon as it is withdrawn', async () => {
    const title = `端到端通知 ${Date.now()}`;
    const adminContext = await newContext(browser, webUrl);
    const visitorContext = await newContext(browser, webUrl);
    const admin = await adminContext.newPage();
    const visitor = await visitorContext.newPage();
    const noticesOnHome = async () => {
      await visitor.goto('/');
      return visitor.getByRole('region', { name: '通知公告' }).innerText();
    };
    try {
      expect(await noticesOnHome()).not.toContain(title); // the home page's data is now in the cache

      await admin.goto('/login?callbackUrl=%2Fadmin%2Fnotices');
      await signIn(admin, ACCOUNTS.admin);
      await admin.waitForURL((url) => url.pathname === '/admin/notices');
      await admin.getByLabel('标题').fill(title);
      await admin.getByLabel(/^正文/).fill('发布后首页立即可见。');
      await admin.getByLabel('保存后立即发布').check();
      await admin.getByRole('button', { name: '保存', exact: true }).click();
      await admin.waitForURL((url) => url.searchParams.get('done') === 'created');
      // Within the cache's 60 s: the publication itself refreshed it (updateTag), for pages/ too.
      expect(await noticesOnHome()).toContain(title);

      await admin.getByRole('button', { name: `撤回：${title}` }).click();
      await admin.getByRole('button', { name: `发布：${title}` }).waitFor();
      expect(await noticesOnHome()).not.toContain(title);
    } catch (error) {
      await saveScreenshot(visitor, 'portal notices');
      throw error;
    } finally {
      await adminContext.close();
      await visitorContext.close();
    }
  });
});

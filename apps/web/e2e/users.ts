import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, newContext, saveScreenshot, signIn } from './browser';

/**
 * For test files whose tests act as several users at once: one Chromium for the file, a fresh context (own
 * cookies, i.e. its own user) per `openAs`, every context closed after each test, and every opened page
 * saved as a screenshot first when the test failed. Registers its vitest hooks, so call it at the top level
 * of the file. (Not in browser.ts: `npm run audit:web` imports that outside vitest.)
 */
export function usersInBrowsers(webUrl: string) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      for (const [index, page] of pages.entries()) await saveScreenshot(page, `${task.name}-${index}`);
    }
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    pages.length = 0;
  });

  return {
    /** A new browser (own cookies) signed in as `account`, having asked for `path` first. */
    async openAs(account: { login: string; password: string }, path: string): Promise<Page> {
      const context = await newContext(browser, webUrl);
      contexts.push(context);
      const page = await context.newPage();
      pages.push(page);
      await page.goto(path);
      await page.waitForURL('**/login?**');
      await signIn(page, account);
      await page.waitForURL((url) => url.pathname === new URL(path, webUrl).pathname);
      return page;
    },
    /** Another page (e.g. a second tab) to screenshot should the test fail. */
    track(page: Page) {
      pages.push(page);
    },
  };
}

/** Clicks the modal's 确认提交 (forms that cannot be undone ask first). */
export async function confirmModal(page: Page) {
  // Several users' pages are open: a page in the background gets no animation frames, so its modal would
  // never finish zooming in. Click only once the zoom-in has finished (a click during it can miss).
  await page.bringToFront();
  const dialog = page.getByRole('dialog');
  await expect
    .poll(async () => (await dialog.getAttribute('class')) ?? '', { timeout: 15_000 })
    .not.toMatch(/ant-zoom/);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await dialog.waitFor({ state: 'detached' });
}

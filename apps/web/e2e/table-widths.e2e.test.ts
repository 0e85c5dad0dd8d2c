import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, saveScreenshot, signIn } from './browser';
import { PAGES, accountOf, pathOf, type CheckedPage } from './pages';
import { tableProblems } from './table-problems';

/**
 * Every page of e2e/pages.ts, each table it shows, at the desktop widths people use: every column shows, the
 * last (操作) column is on screen without scrolling, and no word is broken — a cell is never narrower than
 * its longest word (Chinese split into words the way the browser's own dictionary does, Intl.Segmenter); no
 * word of a heading, a name or an identifier is split across two lines; department and item names take at
 * most two lines.
 */

const webUrl = inject('webUrl');
const WIDTHS = [1024, 1280, 1366, 1920];
/** Columns whose cells are names (at most two lines each). */
const NAME_COLUMNS = /审批部门|审批事项|事项名称|实施部门|部门/;

let browser: Browser;
const contexts = new Map<string, BrowserContext>();
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function contextFor(page: CheckedPage): Promise<BrowserContext> {
  const existing = contexts.get(page.as);
  if (existing) return existing;
  const context = await newContext(browser, webUrl);
  const account = accountOf(page);
  if (account) {
    const tab = await context.newPage();
    await tab.goto('/login');
    await signIn(tab, account);
    await tab.waitForURL((url) => url.pathname !== '/login');
    await tab.close();
  }
  contexts.set(page.as, context);
  return context;
}

describe('tables fit at desktop widths', () => {
  for (const page of PAGES) {
    it(`${page.name} (${page.as})`, async () => {
      const context = await contextFor(page);
      const tab = await context.newPage();
      try {
        await tab.setViewportSize({ width: WIDTHS[0]!, height: 800 });
        await tab.goto(await pathOf(tab, page));
        await tab.waitForLoadState('load');
        const problems: string[] = [];
        for (const width of WIDTHS) {
          await tab.setViewportSize({ width, height: 800 });
          // Let layout settle at the new width.
          await tab.waitForTimeout(100);
          problems.push(
            ...(await tableProblems(tab, NAME_COLUMNS.source)).map((line) => `${width} px: ${line}`),
          );
          if (process.env.E2E_SCREENSHOTS) await saveScreenshot(tab, `tables-${page.name}-${width}`);
        }
        expect(problems, problems.join('\n')).toEqual([]);
      } catch (error) {
        await saveScreenshot(tab, `tables-${page.name}`);
        throw error;
      } finally {
        await tab.close();
      }
    });
  }
});

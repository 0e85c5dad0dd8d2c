import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, saveScreenshot, signIn } from './browser';
import { PAGES, accountOf, pathOf, type CheckedPage } from './pages';

/**
 * Every page of e2e/pages.ts that shows a table, at the desktop widths people use: every column shows, the
 * last (操作) column is on screen without scrolling, and no word is broken — a cell is never narrower than
 * its longest word (Chinese split into words the way the browser's own dictionary does, Intl.Segmenter); no
 * word of a heading, a name or an identifier is split across two lines; department and item names take at
 * most two lines.
 */

const webUrl = inject('webUrl');
const WIDTHS = [1024, 1280, 1366, 1920];
const TABLE_PAGES = PAGES.filter((page) =>
  /我的办件|部门办件|差评回复|评价统计|申诉复核|我的证照|我要办事|办件办理|办件详情/.test(page.name),
);
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

/** What is wrong with the page's visible tables at the current width, one line per problem. */
function tableProblems(tab: Page, nameColumns: string): Promise<string[]> {
  return tab.evaluate((namePattern) => {
    const names = new RegExp(namePattern);
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const problems: string[] = [];
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const tables = [...document.querySelectorAll('table')].filter(visible);
    for (const [index, table] of tables.entries()) {
      const label = `table ${index + 1} (${table.querySelector('th')?.textContent?.trim() ?? '?'}…)`;
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      // The whole table, its last column included, is inside the window without scrolling sideways.
      const box = table.getBoundingClientRect();
      if (box.right > document.documentElement.clientWidth + 0.5) {
        problems.push(`${label}: ends at ${Math.round(box.right)} px, beyond the window`);
      }
      let scroller: HTMLElement | null = table.parentElement;
      while (scroller && scroller !== document.body) {
        if (
          scroller.scrollWidth > scroller.clientWidth + 1 &&
          getComputedStyle(scroller).overflowX !== 'visible'
        ) {
          problems.push(`${label}: scrolls sideways (${scroller.scrollWidth} > ${scroller.clientWidth} px)`);
          break;
        }
        scroller = scroller.parentElement;
      }
      for (const row of table.querySelectorAll('tr')) {
        for (const [column, cell] of [...row.children].entries()) {
          if (!(cell instanceof HTMLTableCellElement) || !visible(cell) || cell.colSpan > 1) continue;
          const style = getComputedStyle(cell);
          const contentWidth =
            cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          const lineTops = new Set<number>();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const { segment, index: at, isWordLike } of segmenter.segment(text)) {
              if (!isWordLike) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + segment.length);
              const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
              const tops = new Set(rects.map((rect) => Math.round(rect.top)));
              for (const top of tops) lineTops.add(top);
              const width = range.getBoundingClientRect().width;
              // Running Chinese text may wrap between any two characters, as Chinese is typeset; headings,
              // names and identifiers (no Chinese) may not.
              const mustStayWhole =
                cell.tagName === 'TH' || names.test(headers[column] ?? '') || !/\p{Script=Han}/u.test(text);
              if (tops.size > 1 && mustStayWhole) {
                problems.push(
                  `${label}: "${segment}" is broken across ${tops.size} lines in "${text.trim()}"`,
                );
              } else if (width > contentWidth + 1) {
                problems.push(
                  `${label}: cell "${text.trim()}" is ${Math.round(contentWidth)} px, its word "${segment}" ${Math.round(width)} px`,
                );
              }
            }
          }
          const header = headers[column] ?? '';
          if (cell.tagName === 'TD' && names.test(header) && lineTops.size > 2) {
            problems.push(`${label}: ${header} "${cell.textContent?.trim()}" takes ${lineTops.size} lines`);
          }
        }
      }
    }
    return problems;
  }, nameColumns);
}

describe('tables fit at desktop widths', () => {
  for (const page of TABLE_PAGES) {
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
          // Let layout (and Ant Design's responsive observers) settle at the new width.
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

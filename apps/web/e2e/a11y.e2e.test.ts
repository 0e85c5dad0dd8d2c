import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, saveScreenshot, signIn, waitForHydration } from './browser';
import { PAGES, accountOf, pathOf, type CheckedPage } from './pages';

/** lib/care-mode.ts's cookie (the e2e files import nothing of the app). */
const CARE_COOKIE = 'hall-care';

/**
 * Every page in e2e/pages.ts, as its user sees it: exactly one <h1> (the expected one, server-rendered), no
 * serious or critical axe-core violation at desktop width and at 375 px, and no sideways scrolling at 375 px —
 * then all of it again in 关怀模式 (the hall-care cookie: larger type and controls, higher contrast).
 * With A11Y_SCREENSHOTS=1 it also saves each page at both widths, in both modes, to test-results/.
 */

const webUrl = inject('webUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

let browser: Browser;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** One signed-in context per account, shared by its pages (signing in once). */
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

/** Loads the page and waits until React has hydrated it (the state a user acts in). */
async function load(tab: Page, path: string) {
  await tab.goto(path);
  await tab.waitForLoadState('load');
  // The pages of pages/ (首页, 办事指南) carry no script: nothing hydrates there.
  if (await tab.evaluate(() => document.scripts.length > 0))
    await waitForHydration(tab.locator('h1').first());
}

/** axe-core's serious and critical violations, one readable line per rule and failing element. */
async function seriousViolations(tab: Page): Promise<string[]> {
  await tab.addScriptTag({ content: axeSource });
  const results = await tab.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
  );
  const serious = results.violations.filter(
    (violation: Result) =>
      violation.impact === 'serious' ||
      violation.impact === 'critical' ||
      // Moderate in axe, but two regions of one name cannot be told apart by a screen reader's landmark list.
      violation.id === 'landmark-unique',
  );
  return serious.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n    at ${node.target.join(' ')}: ${node.html.slice(0, 160)}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
    ),
  );
}

async function h1Texts(tab: Page): Promise<string[]> {
  return (await tab.locator('h1').allInnerTexts()).map((text) => text.trim());
}

const byAccount = new Map<CheckedPage['as'], CheckedPage[]>();
for (const page of PAGES) byAccount.set(page.as, [...(byAccount.get(page.as) ?? []), page]);

for (const [as, pages] of byAccount) {
  describe(`pages as ${as}`, () => {
    afterAll(async () => {
      await contexts.get(as)?.close();
      contexts.delete(as);
    });

    for (const checked of pages) {
      it(`${checked.name}: one <h1>, no serious axe violation, no sideways scrolling at 375 px`, async () => {
        const context = await contextFor(checked);
        const tab = await context.newPage();
        try {
          await tab.setViewportSize(DESKTOP);
          const path = await pathOf(tab, checked);
          await load(tab, path);

          // The <h1> comes from the server: it is in the HTML before any script runs.
          if (!checked.h1OnlyAfterHydration) {
            // Node's fetch with the page's cookies, not context.request: Playwright's client reused a kept-alive
            // socket that next start had just closed (ECONNRESET) on a slow CI run; undici honours the server's
            // keep-alive timeout.
            const cookie = (await context.cookies(webUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
            const html = await (await fetch(new URL(path, webUrl), { headers: { cookie } })).text();
            expect(html, `${path}: no <h1> in the server-rendered HTML`).toMatch(/<h1[\s>]/);
          }

          const headings = await h1Texts(tab);
          expect(headings, `${path}: expected exactly one <h1>`).toHaveLength(1);
          expect(headings[0]).toMatch(checked.h1);

          expect((await seriousViolations(tab)).join('\n'), `${path} at ${DESKTOP.width} px`).toBe('');
          if (process.env.A11Y_SCREENSHOTS) await saveScreenshot(tab, `desktop ${as} ${checked.name}`);

          // Hover and focus colours: the page's first primary button, hovered, then focused.
          const primary = tab.locator('.button--primary:visible').first();
          if ((await primary.count()) > 0 && (await primary.isEnabled())) {
            await primary.hover();
            await tab.waitForTimeout(300); // the button's colour transition (globals.css)
            expect((await seriousViolations(tab)).join('\n'), `${path}: hovering the primary button`).toBe(
              '',
            );
            await primary.focus();
            await tab.waitForTimeout(300);
            expect((await seriousViolations(tab)).join('\n'), `${path}: the primary button focused`).toBe('');
          }

          await tab.setViewportSize(PHONE);
          await load(tab, path);
          const widths = await tab.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            viewport: document.documentElement.clientWidth,
          }));
          expect(widths.scroll, `${path}: page is wider than the 375 px screen`).toBeLessThanOrEqual(
            widths.viewport,
          );
          expect((await seriousViolations(tab)).join('\n'), `${path} at ${PHONE.width} px`).toBe('');
          if (process.env.A11Y_SCREENSHOTS) await saveScreenshot(tab, `375px ${as} ${checked.name}`);

          // 关怀模式: the same checks with the browser's switch on (this context only, removed after).
          await context.addCookies([{ name: CARE_COOKIE, value: '1', url: webUrl }]);
          try {
            await load(tab, path);
            expect(await tab.locator('html').getAttribute('class'), `${path}: 关怀模式 is on`).toContain(
              'care',
            );
            const careWidths = await tab.evaluate(() => ({
              scroll: document.documentElement.scrollWidth,
              viewport: document.documentElement.clientWidth,
            }));
            expect(
              careWidths.scroll,
              `${path} in 关怀模式: wider than the 375 px screen`,
            ).toBeLessThanOrEqual(careWidths.viewport);
            expect((await seriousViolations(tab)).join('\n'), `${path} in 关怀模式 at 375 px`).toBe('');
            if (process.env.A11Y_SCREENSHOTS) await saveScreenshot(tab, `care 375px ${as} ${checked.name}`);
            await tab.setViewportSize(DESKTOP);
            await load(tab, path);
            expect((await seriousViolations(tab)).join('\n'), `${path} in 关怀模式 at 1280 px`).toBe('');
            if (process.env.A11Y_SCREENSHOTS) await saveScreenshot(tab, `care desktop ${as} ${checked.name}`);
          } finally {
            await context.clearCookies({ name: CARE_COOKIE });
          }
        } catch (error) {
          await saveScreenshot(tab, `a11y ${as} ${checked.name}`);
          throw error;
        } finally {
          await tab.close();
        }
      });
    }
  });
}

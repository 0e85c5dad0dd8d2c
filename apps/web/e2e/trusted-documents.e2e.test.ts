import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, launchBrowser, newContext, saveScreenshot, signIn, waitForHydration } from './browser';

// The API of these browser tests runs only the web app's trusted documents (global-setup → startTestStack),
// as in production: every other browser test passing shows the pages work that way; this one shows that the
// browser sends hashes, never query text, and that text is refused.

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

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await saveScreenshot(page, task.name);
  await context?.close();
});

describe('trusted documents', () => {
  it('client components send only hashes through /api/graphql, and query text is refused', async () => {
    context = await newContext(browser, webUrl);
    page = await context.newPage();
    const sent: Request[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/graphql') sent.push(request);
    });
    await page.goto('/staff/window');
    await page.waitForURL('**/login?**');
    await signIn(page, ACCOUNTS.windowClerk);
    await page.waitForURL((url) => url.pathname === '/staff/window');

    // Picking a department makes the form load its items in the browser (a client-side query).
    const department = page.getByLabel('审批部门');
    await waitForHydration(department);
    await department.fill('市运管处运政科');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="市运管处运政科"]')
      .click();
    await page.getByLabel('审批事项').fill('辆次审验');
    await page
      .locator(
        '.ant-select-dropdown:visible .ant-select-item-option[title="道路运输道路运输车辆年审(辆次审验)"]',
      )
      .waitFor();

    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      const body = request.postDataJSON() as { query?: string; extensions?: Record<string, unknown> };
      expect(body.query).toBeUndefined();
      expect(body.extensions).toMatchObject({
        persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      const response = await request.response();
      expect(response?.status()).toBe(200);
      expect(((await response!.json()) as { errors?: unknown }).errors).toBeUndefined();
    }

    // The same signed-in browser, sending text through the same route: the API refuses it.
    const text = await context.request.post(`${webUrl}/api/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: { query: '{ me { name } }' },
    });
    expect(text.status()).toBe(400);
    expect(await text.json()).toMatchObject({
      errors: [{ extensions: { code: 'PERSISTED_QUERY_REQUIRED' } }],
    });
  });
});

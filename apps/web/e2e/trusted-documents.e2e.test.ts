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
    await page.goto('/admin/clients');
    await page.waitForURL('**/login?**');
    await signIn(page, ACCOUNTS.admin);
    await page.waitForURL((url) => url.pathname === '/admin/clients');

    // 接入系统's 创建 is a client-side mutation (urql): the browser sends it through /api/graphql.
    const name = page.getByLabel('系统名称');
    await waitForHydration(name);
    await name.fill('可信文档测试系统');
    await page.getByLabel('client_id').fill('e2e-trusted-documents');
    await page.getByLabel('审批部门').fill('南开社保');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="南开社保分中心"]')
      .click();
    await page.getByRole('checkbox', { name: /cases:read/ }).check();
    await page.getByRole('button', { name: '创建' }).click();
    await page
      .getByTestId('api-client-table')
      .locator('tr')
      .filter({ hasText: 'e2e-trusted-documents' })
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

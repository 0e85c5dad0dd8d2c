import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, launchBrowser, newContext, saveScreenshot, signIn, waitForHydration } from './browser';

// The API of these browser tests runs only the web app's trusted documents (global-setup → startTestStack),
// as in production: every other browser test passing shows the pages work that way; this one shows that the
// browser sends hashes, never query text, and that text is refused.

const webUrl = inject('webUrl');

// The other device 退出 signs out: a browser no other test signs in with, so only this test's session matches.
const OTHER_DEVICE_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0';

let browser: Browser;
let context: BrowserContext;
let otherDevice: BrowserContext | undefined;
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
  await otherDevice?.close();
});

describe('trusted documents', () => {
  it('client components send only hashes through /api/graphql, and query text is refused', async () => {
    // 李华 signed in on a second device, which the first one then signs out (在线设备 → 退出).
    otherDevice = await browser.newContext({ baseURL: webUrl, locale: 'zh-CN', userAgent: OTHER_DEVICE_UA });
    const other = await otherDevice.newPage();
    await other.goto('/login?callbackUrl=%2Fpersonal');
    await signIn(other, ACCOUNTS.citizen);
    await other.waitForURL((url) => url.pathname === '/personal');

    context = await newContext(browser, webUrl);
    page = await context.newPage();
    const sent: Request[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/graphql') sent.push(request);
    });
    await page.goto('/personal/account/sessions');
    await page.waitForURL('**/login?**');
    await signIn(page, ACCOUNTS.citizen);
    await page.waitForURL((url) => url.pathname === '/personal/account/sessions');

    // 在线设备's 退出 is a client-side mutation (urql, loaded when pressed): the browser sends it through
    // /api/graphql. (The admin and staff forms that used to be watched here run as server actions now.)
    const end = page
      .getByTestId('live-sessions')
      .getByRole('button', { name: /^退出 Firefox 115/ })
      .first();
    await waitForHydration(end);
    await end.click();
    await page.locator('.confirm-panel:visible').getByRole('button', { name: '退出', exact: true }).click();
    await page.getByText('该设备已退出登录').waitFor();
    await other.goto('/personal');
    await other.waitForURL('**/login?**');

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

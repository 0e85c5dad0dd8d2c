import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, launchBrowser, newContext, signIn } from './browser';

const webUrl = inject('webUrl');
/** A well-formed global ID of a material that does not exist (base64url of `CaseMaterial:<uuid>`). */
const UNKNOWN_FILE = Buffer.from('CaseMaterial:01930000-0000-7000-8000-000000000000').toString('base64url');

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('/api/files answers in the caller’s terms', () => {
  it('signed out: 401 for any file, known or not, and for an upload (never 502)', async () => {
    for (const id of ['no-such-file', UNKNOWN_FILE]) {
      const response = await fetch(`${webUrl}/api/files/${id}`);
      expect(response.status, id).toBe(401);
      expect(await response.text()).toBe('请先登录。');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
    const form = new FormData();
    form.set('caseId', 'x');
    form.set('itemMaterialId', 'y');
    form.set('file', new Blob([Buffer.from('%PDF-1.4\n')], { type: 'application/pdf' }), 'a.pdf');
    const upload = await fetch(`${webUrl}/api/files`, { method: 'POST', body: form });
    expect(upload.status).toBe(401);
  });

  it('signed in: 404 for an unknown file; after 退出 the same cookie gets 401', async () => {
    const context = await newContext(browser, webUrl);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/login?callbackUrl=%2Fpersonal');
    await signIn(page, ACCOUNTS.citizen);
    await page.waitForURL('**/personal');
    const cookies = (await context.cookies()).filter((cookie) => cookie.name.includes('session-token'));

    for (const id of ['no-such-file', UNKNOWN_FILE]) {
      const response = await context.request.get(`/api/files/${id}`);
      expect(response.status(), id).toBe(404);
      expect(await response.text()).toBe('文件不存在或无权查看。');
    }

    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const copy = await newContext(browser, webUrl);
    contexts.push(copy);
    await copy.addCookies(cookies);
    const revoked = await copy.request.get(`/api/files/${UNKNOWN_FILE}`);
    expect(revoked.status()).toBe(401);
  });
});

import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, launchBrowser, newContext, signIn, type Account } from './browser';
import { BAD_REVIEW_DAY } from './periods';
import { ViewerDocument } from '../gql/graphql';
import { documentHash } from '../lib/urql-exchanges';

const webUrl = inject('webUrl');

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function freshContext(): Promise<BrowserContext> {
  const context = await newContext(browser, webUrl);
  contexts.push(context);
  return context;
}

/**
 * The web's own Viewer query (`me { name … }`, by its trusted-document hash) through the same-origin GraphQL
 * route, with whatever cookies the context holds.
 */
async function whoAmI(context: BrowserContext): Promise<string | null> {
  const response = await context.request.post(`${webUrl}/api/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      operationName: 'Viewer',
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(ViewerDocument) } },
    },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: { me: { name: string } | null } };
  return body.data.me?.name ?? null;
}

describe('退出 ends the session', () => {
  it('a session cookie copied before 退出 no longer answers afterwards', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.goto('/login?callbackUrl=%2Fpersonal');
    await signIn(page, ACCOUNTS.citizen);
    await page.waitForURL('**/personal');
    await page.getByRole('button', { name: '退出' }).waitFor();

    const captured = (await context.cookies()).filter((cookie) => cookie.name.includes('session-token'));
    expect(captured.length).toBeGreaterThan(0);
    expect(captured.every((cookie) => cookie.httpOnly && cookie.sameSite === 'Lax')).toBe(true);

    // The next person at the shared computer, holding a copy of the cookie.
    const copy = await freshContext();
    await copy.addCookies(captured);
    expect(await whoAmI(copy)).toBe(ACCOUNTS.citizen.name);

    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await whoAmI(context)).toBeNull();
    expect(await whoAmI(copy)).toBeNull();

    const revisit = await copy.newPage();
    await revisit.goto('/personal');
    await revisit.waitForURL('**/login?**');
  });
});

/** Signs `account` in through /login in a fresh context and returns that context's session cookies. */
async function signedInCookies(account: Account) {
  const context = await freshContext();
  const page = await context.newPage();
  await page.goto('/login');
  await signIn(page, account);
  await page.waitForURL((url) => url.pathname !== '/login');
  return {
    context,
    page,
    cookies: (await context.cookies()).filter((c) => c.name.includes('session-token')),
  };
}

describe('after a session ends, signing in returns to the page', () => {
  for (const { account, path, heading } of [
    { account: ACCOUNTS.citizen, path: '/personal/cases?list=COMPLETED', heading: '办结件' },
    { account: ACCOUNTS.supervisor, path: `/dashboard?kind=WEEK&day=${BAD_REVIEW_DAY}`, heading: '统计分析' },
  ]) {
    it(`${path} (${account.name})`, async () => {
      // A second browser holds the same session; 退出 there ends it for this one too (as idle, expiry or
      // 退出 on another device would: the browser keeps its cookie, the API no longer knows the session).
      const { page: other, cookies } = await signedInCookies(account);
      const context = await freshContext();
      await context.addCookies(cookies);
      const page = await context.newPage();
      await page.goto(path);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await other.getByRole('button', { name: '退出' }).click();
      await other.waitForURL((url) => url.pathname === '/');

      await page.goto(path);
      await page.waitForURL((url) => url.pathname === '/login');
      expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(path);
      await signIn(page, account);
      await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
      await page.getByRole('heading', { name: heading }).first().waitFor();
    });
  }

  it('refuses a callback to another site: protocol-relative, backslashed or absolute, it lands on 个人空间', async () => {
    for (const callback of ['//evil.example/x', '/\\evil.example/x', 'https://evil.example/x']) {
      const context = await freshContext();
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).host));
      await page.goto(`/login?callbackUrl=${encodeURIComponent(callback)}`);
      await signIn(page, ACCOUNTS.citizen);
      await page.waitForURL((url) => url.pathname === '/personal');
      expect(new URL(page.url()).origin).toBe(new URL(webUrl).origin);
      expect(requested.filter((host) => host.includes('evil'))).toEqual([]);
      await context.close();
    }
  });
});

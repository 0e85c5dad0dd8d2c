import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, launchBrowser, newContext, signIn } from './browser';
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

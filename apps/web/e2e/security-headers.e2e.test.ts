import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, launchBrowser, newContext, signIn } from './browser';

const webUrl = inject('webUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function expectSecurityHeaders(headers: Headers, what: string) {
  const csp = headers.get('content-security-policy');
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).not.toContain('unsafe-eval');
  expect(headers.get('strict-transport-security'), what).toMatch(/^max-age=\d+/);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('x-powered-by'), what).toBeNull();
}

describe('security headers (production build)', () => {
  it('are sent with pages, redirects, API routes, static files and 404s', async () => {
    // 首页 (pages/, no script) and 登录 (the App Router): both routers send them.
    expectSecurityHeaders((await fetch(`${webUrl}/`)).headers, '/');
    const login = await fetch(`${webUrl}/login`);
    expectSecurityHeaders(login.headers, '/login');
    const html = await login.text();
    expectSecurityHeaders((await fetch(`${webUrl}/personal`, { redirect: 'manual' })).headers, 'redirect');
    expectSecurityHeaders((await fetch(`${webUrl}/no-such-page`)).headers, '404');
    expectSecurityHeaders((await fetch(`${webUrl}/api/auth/session`)).headers, 'next-auth');
    const graphql = await fetch(`${webUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expectSecurityHeaders(graphql.headers, '/api/graphql');
    const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    expectSecurityHeaders((await fetch(`${webUrl}${script}`)).headers, 'static');
  });

  it('serves files (uploads, the license document) under the sandboxing file policy, not the pages’ one', async () => {
    const file = await fetch(`${webUrl}/api/files/no-such-file`);
    expect(file.ok).toBe(false); // signed out: no file
    const csp = file.headers.get('content-security-policy');
    expect(csp).toMatch(/^sandbox;/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('x-frame-options')).toBe('DENY');
  });

  it('the policy lets the hall work: sign-in and 个人空间 run with no CSP violation', async () => {
    const context = await newContext(browser, webUrl);
    try {
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.goto('/login?callbackUrl=%2Fpersonal%2Fcases');
      await signIn(page, ACCOUNTS.citizen);
      await page.waitForURL('**/personal/cases');
      await page.getByTestId('case-table').waitFor();
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

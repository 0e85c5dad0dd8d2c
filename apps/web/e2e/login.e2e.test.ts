import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, launchBrowser, newContext, saveScreenshot, waitForHydration } from './browser';

/** The sign-in form is plain HTML (no UI library): what Ant Design's form used to give, checked here. */

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

beforeEach(async () => {
  context = await newContext(browser, webUrl);
  page = await context.newPage();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await saveScreenshot(page, task.name);
  await context?.close();
});

async function openSignIn(path = '/login') {
  await page.goto(path);
  await waitForHydration(page.getByRole('button', { name: '登录' }));
}

describe('登录 form', () => {
  it('says in Chinese which field is empty, next to it, and sends nothing', async () => {
    await openSignIn();
    let posted = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/callback/credentials')) posted += 1;
    });
    await page.getByRole('button', { name: '登录' }).click();
    const login = page.getByLabel('身份证号/手机号');
    expect(await login.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('请输入身份证号或手机号').waitFor();
    await page.getByText('请输入密码').waitFor();
    // The message is the input's description, and focus goes to the first empty field.
    const describedBy = await login.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe('请输入身份证号或手机号');
    expect(await login.evaluate((element) => element === document.activeElement)).toBe(true);

    // Blank space is not a login either.
    await login.fill('   ');
    await page.getByLabel('密码').fill('something');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('请输入身份证号或手机号').waitFor();
    expect(await page.getByText('请输入密码').count()).toBe(0);
    expect(posted).toBe(0);
  });

  it('signs in with the keyboard alone, showing a focus ring on each field, and follows callbackUrl', async () => {
    await openSignIn('/login?callbackUrl=%2Fpersonal%2Fcases%3Flist%3DCOMPLETED');
    const login = page.getByLabel('身份证号/手机号');
    await login.focus();
    const ring = (locator: ReturnType<Page['getByLabel']>) =>
      locator.evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      });
    await page.keyboard.type(ACCOUNTS.citizen.login);
    expect(await ring(login)).toBe('solid 2px rgb(26, 95, 180)');
    await page.keyboard.press('Tab');
    const password = page.getByLabel('密码');
    expect(await password.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await ring(password)).toBe('solid 2px rgb(26, 95, 180)');
    await page.keyboard.type(ACCOUNTS.citizen.password);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/personal/cases?list=COMPLETED');
    await page.getByRole('heading', { name: '办结件' }).waitFor();
    expect(await page.getByTestId('header-user-name').innerText()).toBe(ACCOUNTS.citizen.name);
  });

  it('shows the password on the eye button, a tap target of at least 24 × 24 px', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openSignIn();
    const password = page.getByLabel('密码');
    await password.fill('Secret#1');
    const eye = page.getByRole('button', { name: '显示明文' });
    const box = await eye.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    expect(await password.getAttribute('type')).toBe('password');
    expect(await eye.getAttribute('aria-pressed')).toBe('false');
    await eye.click();
    expect(await password.getAttribute('type')).toBe('text');
    expect(await eye.getAttribute('aria-pressed')).toBe('true');
    expect(await password.inputValue()).toBe('Secret#1');
    await eye.click();
    expect(await password.getAttribute('type')).toBe('password');
  });

  it('ships no Ant Design: no antd class, no css-in-js style on the page', async () => {
    await openSignIn();
    const antd = await page.evaluate(() => ({
      classes: document.querySelectorAll('[class*="ant-"]').length,
      cssInJs: document.querySelectorAll('style[data-css-hash], style[data-rc-order]').length,
    }));
    expect(antd).toEqual({ classes: 0, cssInJs: 0 });
  });
});

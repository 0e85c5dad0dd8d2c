import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { encryptPii, piiLookupHash } from '../../api/src/lib/pii.ts';
import { idNumberCheckChar, maskIdNumber } from '../../api/src/lib/id-number.ts';
import { hashPassword } from '../../api/src/auth/password.ts';
import { launchBrowser, saveScreenshot, signIn, waitForHydration } from './browser';

import { signInOverRest } from './sign-in-over-rest';

/**
 * 信息管理 in Chromium: a citizen sees the devices signed in, ends another one with 退出 (it is signed out at
 * once), and changes the password (the other devices are signed out, the new password signs in). Its own
 * citizen, so that the seeded accounts' passwords stay as the other browser tests expect them.
 */
const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));

const LAPTOP_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let browser: Browser;
const contexts: BrowserContext[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') {
    for (const [index, page] of pages.entries()) await saveScreenshot(page, `${task.name}-${index}`);
  }
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  pages.length = 0;
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

let serial = 0;
/** A fresh citizen with a password (a valid 身份证号 of its own per test). */
async function newCitizen(password: string) {
  const n = serial++;
  const first17 = `120104199203${10 + n}${301 + 2 * n}`;
  const idNumber = first17 + idNumberCheckChar(first17);
  await db.user.create({
    data: {
      name: `信息管理${n}`,
      idNumberCipher: encryptPii(idNumber),
      idNumberHash: piiLookupHash(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      realNameLevel: 'REAL_NAME',
      passwordHash: await hashPassword(password),
    },
  });
  return { login: idNumber, password };
}

/** A browser of its own (cookies, user agent, screen width) signed in as `account`, showing `path`. */
async function device(
  account: { login: string; password: string },
  userAgent: string,
  width: number,
  path: string,
) {
  const context = await browser.newContext({
    baseURL: webUrl,
    locale: 'zh-CN',
    timezoneId: 'America/New_York',
    userAgent,
    viewport: { width, height: 800 },
  });
  contexts.push(context);
  const page = await context.newPage();
  pages.push(page);
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await signIn(page, account);
  await page.waitForURL((url) => url.pathname === path);
  return page;
}

/** The 在线设备 list as shown at this width: the table on wide screens, the cards on phones. */
const liveList = (page: Page, width: number) =>
  page.getByTestId(width < 768 ? 'live-sessions-cards' : 'live-sessions');

for (const width of [1280, 375]) {
  describe(`信息管理 at ${width} px`, () => {
    it('lists the devices signed in and 退出 signs another one out at once', async () => {
      const account = await newCitizen('Account#2026');
      const phone = await device(account, PHONE_UA, 375, '/personal');
      const laptop = await device(account, LAPTOP_UA, width, '/personal/account/sessions');

      const live = liveList(laptop, width);
      await expect.poll(() => live.getByText('当前设备').count()).toBe(1);
      await live.getByText('Chrome 131 · Windows 10').waitFor();
      const endPhone = live.getByRole('button', { name: '退出 Safari 17 · iOS 17.5' });
      await waitForHydration(endPhone);
      await endPhone.click();
      await laptop
        .locator('.confirm-panel:visible')
        .getByRole('button', { name: '退出', exact: true })
        .click();
      await laptop.getByText('该设备已退出登录').waitFor();
      await expect.poll(() => live.getByText('Safari 17 · iOS 17.5').count()).toBe(0);
      // 登录记录 keeps the phone's sign-in, marked 已退出.
      const history = laptop.getByTestId(width < 768 ? 'sign-in-history-cards' : 'sign-in-history');
      await history.getByText(/^已退出（/).waitFor();
      await saveScreenshot(laptop, `page-登录设备-${width}`);

      await phone.goto('/personal');
      await phone.waitForURL('**/login?**');
      await laptop.goto('/personal');
      await laptop.waitForURL((url) => url.pathname === '/personal');
    });

    it('修改密码 refuses a weak password and the wrong current one, then signs the other devices out', async () => {
      const account = await newCitizen('Account#2026');
      const other = await device(account, PHONE_UA, 375, '/personal');
      const page = await device(account, LAPTOP_UA, width, '/personal/account/password');
      const submit = page.getByRole('button', { name: '修改密码' });
      await waitForHydration(submit);

      await page.getByLabel('当前密码').fill(account.password);
      await page.getByLabel('新密码', { exact: true }).fill('abcdefgh');
      await page.getByLabel('确认新密码').fill('abcdefgh');
      await submit.click();
      await page.getByText('新密码须同时包含字母和数字').waitFor();

      await page.getByLabel('当前密码').fill('Wrong#2026');
      await page.getByLabel('新密码', { exact: true }).fill('Changed#2027');
      await page.getByLabel('确认新密码').fill('Changed#2027');
      await submit.click();
      await page.getByText('当前密码不正确').waitFor();
      await saveScreenshot(page, `page-修改密码-${width}`);

      await page.getByLabel('当前密码').fill(account.password);
      await submit.click();
      await page.getByText('密码已修改，其他 1 个设备已退出登录').waitFor();

      await other.goto('/personal');
      await other.waitForURL('**/login?**');
      expect((await signInOverRest(webUrl, account)).error).toBe('CredentialsSignin');
      expect((await signInOverRest(webUrl, { ...account, password: 'Changed#2027' })).cookie).toBeTruthy();
      await page.goto('/personal/account');
      await page.getByRole('heading', { level: 1, name: '信息管理' }).waitFor();
      await saveScreenshot(page, `page-信息管理-${width}`);
    });
  });
}

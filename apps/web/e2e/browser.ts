import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Seeded accounts (README: development only). */
export const ACCOUNTS = {
  citizen: { login: '11010519491231002X', password: 'Citizen#2019', name: '李华' },
  companyUser: { login: '120105198208080072', password: 'Company#2019', name: '王刚' },
  supervisor: { login: '120103199506300055', password: 'Supervisor#2019', name: '周婷' },
  windowClerk: { login: '120101199007150029', password: 'Window#2019', name: '刘洋' },
  socialSecurityClerk: { login: '120102198801010033', password: 'Dept#2019', name: '赵敏' },
  approvalClerk: { login: '120104197911200047', password: 'Dept#2019', name: '孙磊' },
  ndrcClerk: { login: '120103198704150030', password: 'Dept#2019', name: '吴峰' },
  company: { login: '120105198208080072', password: 'Company#2019', name: '王刚' },
  socialSecurityHead: { login: '120104197805060044', password: 'Head#2019', name: '郑琳' },
  ndrcHead: { login: '120103197509180061', password: 'Head#2019', name: '冯涛' },
  admin: { login: '120000197001010067', password: 'Admin#2019', name: '系统管理员' },
} as const;

export type Account = (typeof ACCOUNTS)[keyof typeof ACCOUNTS];

const resultsDir = path.resolve(import.meta.dirname, '../test-results');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium (also used by the Lighthouse audit). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Debian's Chromium, headless, with nothing that reaches out to the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

/** A fresh browser context (its own cookies, i.e. its own user) in New York time, to prove CST display. */
export function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'America/New_York' });
}

/**
 * Waits until React has hydrated the element (server-rendered forms can be typed into before that, and
 * hydration would then reset a client component's controlled inputs).
 */
export async function waitForHydration(locator: Locator) {
  const element = await locator.elementHandle();
  await locator
    .page()
    .waitForFunction(
      (node) => Object.keys(node ?? {}).some((key) => key.startsWith('__reactFiber$')),
      element,
    );
}

/** Fills and submits the sign-in form on the current page. */
export async function signIn(page: Page, account: { login: string; password: string }) {
  await waitForHydration(page.getByRole('button', { name: '登录' }));
  await page.getByLabel('身份证号/手机号').fill(account.login);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Saves a full-page screenshot to test-results/ (for failed tests). */
export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name.replace(/[^\w\u4e00-\u9fff-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
}

/**
 * With E2E_SCREENSHOTS=1, saves the page at desktop width and at 375 px (a phone) to test-results/screens/,
 * for looking at new pages; otherwise does nothing.
 */
export async function screenshotWidths(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  const dir = path.join(resultsDir, 'screens');
  mkdirSync(dir, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

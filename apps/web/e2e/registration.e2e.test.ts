import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomInt } from 'node:crypto';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { piiLookupHash } from '../../api/src/lib/pii.ts';
import { idNumberCheckChar } from '../../api/src/lib/id-number.ts';
import { toGlobalId } from '../../api/src/lib/global-id.ts';
import { TEST_RESIDENTS } from '../../api/src/account/identity-service.ts';
import { codeSentTo, createPerson } from './people';
import { launchBrowser, saveScreenshot, screenshotWidths, signIn, waitForHydration } from './browser';

/**
 * 注册, 实名认证, 企业关联 and 找回密码 in Chromium, each at desktop width and at 375 px: a new citizen registers
 * with the code the logging SMS provider recorded, is told 外商投资项目核准 needs 实名认证, raises it and comes
 * back to save the application; a user asks to act for 陈静's firm and 陈静 approves; a forgotten password is
 * reset, which signs out the device that was signed in.
 */
const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));

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

async function open(width: number, path: string) {
  const context = await browser.newContext({
    baseURL: webUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width, height: 800 },
  });
  contexts.push(context);
  const page = await context.newPage();
  pages.push(page);
  await page.goto(path);
  return page;
}

/** A mobile number no other test uses (its masked form too: the last four digits are unique per run). */
const usedEndings = new Set<number>();
function newPhone(): string {
  let ending = randomInt(0, 10_000);
  while (usedEndings.has(ending)) ending = randomInt(0, 10_000);
  usedEndings.add(ending);
  return `1990${String(randomInt(0, 1000)).padStart(3, '0')}${String(ending).padStart(4, '0')}`;
}

/** Ant Design's traces on a page: its class names and its css-in-js styles (注册 and 找回密码 ship none). */
async function antDesignOn(page: Page) {
  return page.evaluate(() => ({
    classes: document.querySelectorAll('[class*="ant-"]').length,
    cssInJs: document.querySelectorAll('style[data-css-hash], style[data-rc-order]').length,
  }));
}

async function askForCode(page: Page, phone: string): Promise<string> {
  const asked = new Date(Date.now() - 1000);
  await page.getByLabel(/手机号/).fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect.poll(() => page.getByRole('button', { name: /秒后重新获取/ }).count()).toBe(1);
  const code = await codeSentTo(db, phone, asked);
  await page.getByLabel('短信验证码').fill(code);
  return code;
}

let serial = 0;
/** A 实名 user with a password and a phone, made in the database (not one of the seeded accounts). */
async function newVerifiedUser(password: string) {
  const n = serial++;
  const first17 = `120106199105${10 + n}${401 + 2 * n}`;
  const idNumber = first17 + idNumberCheckChar(first17);
  const phone = newPhone();
  await createPerson(db, { name: `关联测试${n}`, idNumber, phone, password });
  return { login: phone, password, name: `关联测试${n}` };
}

describe.each([
  { width: 1280, resident: TEST_RESIDENTS[0]! },
  { width: 375, resident: TEST_RESIDENTS[1]! },
])('at $width px', ({ width, resident }) => {
  it('a new citizen registers with an SMS code, raises to 实名 and applies for 外商投资项目核准', async () => {
    const page = await open(width, '/login');
    await page.getByRole('link', { name: '注册' }).click();
    await page.waitForURL('**/register');
    await waitForHydration(page.getByRole('button', { name: '注册' }));
    await screenshotWidths(page, 'register');
    expect(await antDesignOn(page)).toEqual({ classes: 0, cssInJs: 0 });

    const phone = newPhone();
    await askForCode(page, phone);
    await page.getByLabel('姓名').fill(resident.name);
    await page.getByLabel('密码', { exact: true }).fill('Spring2026go');
    await page.getByLabel('确认密码').fill('Spring2026go');
    // Without agreeing nothing is sent.
    await page.getByRole('button', { name: '注册' }).click();
    await expect.poll(() => page.getByText('请阅读并同意用户服务协议和个人信息处理规则').count()).toBe(1);
    expect(await db.user.count({ where: { phoneHash: piiLookupHash(phone) } })).toBe(0);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: '注册' }).click();
    await page.waitForURL('**/personal');
    const user = await db.user.findUniqueOrThrow({ where: { phoneHash: piiLookupHash(phone) } });
    expect(user.realNameLevel).toBe('UNVERIFIED');
    expect(await db.consent.count({ where: { userId: user.id } })).toBe(2);

    const item = await db.serviceItem.findUniqueOrThrow({ where: { code: 'tj-ndrc-foreign-investment' } });
    const applyPath = `/personal/apply/${encodeURIComponent(toGlobalId('ServiceItem', item.id))}`;
    await page.goto(applyPath);
    await expect.poll(() => page.locator('.form-alert').textContent()).toContain('需要先完成实名认证');
    await page.getByRole('link', { name: '去实名认证' }).click();
    await page.waitForURL('**/personal/account/real-name?returnTo=*');
    await waitForHydration(page.getByRole('button', { name: '提交实名认证' }));
    await screenshotWidths(page, 'real-name');

    // A wrong check digit is refused by the API at its field; then the right number.
    const bad = `${resident.idNumber.slice(0, 17)}${resident.idNumber[17] === '0' ? '1' : '0'}`;
    await page.getByLabel('姓名').fill(resident.name);
    await page.getByLabel('居民身份证号').fill(bad);
    await page.getByRole('button', { name: '提交实名认证' }).click();
    await expect.poll(() => page.getByText('身份证号校验位不正确，请核对').count()).toBe(1);
    await page.getByLabel('居民身份证号').fill(resident.idNumber);
    await page.getByRole('button', { name: '提交实名认证' }).click();
    await page.waitForURL(`**${applyPath}`);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).realNameLevel).toBe('REAL_NAME');

    const save = page.getByRole('button', { name: '保存' });
    await waitForHydration(save);
    await page.getByLabel('项目名称').fill('津南外资新材料项目');
    await save.click();
    await expect.poll(() => db.case.count({ where: { applicantId: user.id, status: 'DRAFT' } })).toBe(1);
  });

  it('a user asks to act for a firm and its legal representative approves', async () => {
    const requester = await newVerifiedUser('Linking2026go');
    const firm = await db.license.findFirstOrThrow({ where: { holderName: '天津南开海河贸易有限公司' } });
    const page = await open(width, '/login?callbackUrl=%2Fpersonal%2Ffirm');
    await signIn(page, requester);
    await page.waitForURL('**/personal/firm');
    await waitForHydration(page.getByRole('button', { name: '申请关联' }));
    await screenshotWidths(page, 'firm-request');
    await page.getByLabel('统一社会信用代码').fill(firm.holderCreditCode);
    await page.getByRole('button', { name: '申请关联' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '待确认' }).count()).toBe(1);

    const chen = await open(width, '/login?callbackUrl=%2Fpersonal%2Ffirm');
    await signIn(chen, { login: '120104198503120018', password: 'Citizen#2019' });
    await chen.waitForURL('**/personal/firm');
    const approve = chen.getByRole('button', { name: `同意${requester.name}的申请` });
    await waitForHydration(approve);
    await screenshotWidths(chen, 'firm-decide');
    await approve.click();
    await expect
      .poll(() => chen.getByRole('button', { name: `同意${requester.name}的申请` }).count())
      .toBe(0);

    await page.reload();
    await expect.poll(() => page.getByRole('cell', { name: '已关联' }).count()).toBe(1);
    await page.goto('/personal/files/licenses');
    await expect.poll(() => page.getByText('天津南开海河贸易有限公司').count()).toBeGreaterThan(0);
  });

  it('a forgotten password is reset by a code to the registered mobile, and the signed-in device is signed out', async () => {
    const account = await newVerifiedUser('Forgot2026go');
    const signedIn = await open(width, '/login?callbackUrl=%2Fpersonal%2Faccount');
    await signIn(signedIn, account);
    await signedIn.waitForURL('**/personal/account');

    const page = await open(width, '/login');
    await page.getByRole('link', { name: '忘记密码' }).click();
    await page.waitForURL('**/forgot-password');
    await waitForHydration(page.getByRole('button', { name: '重置密码' }));
    await screenshotWidths(page, 'forgot-password');
    expect(await antDesignOn(page)).toEqual({ classes: 0, cssInJs: 0 });
    await askForCode(page, account.login);
    await page.getByLabel('新密码', { exact: true }).fill('Remember2026go');
    await page.getByLabel('确认新密码').fill('Remember2026go');
    await page.getByRole('button', { name: '重置密码' }).click();
    await expect.poll(() => page.getByText('密码已重置').count()).toBe(1);

    await signedIn.reload();
    await signedIn.waitForURL('**/login**');
    await signIn(signedIn, { login: account.login, password: 'Remember2026go' });
    // The 个人空间 layout sends an ended session to sign in with 个人空间 as the way back.
    await signedIn.waitForURL((url) => url.pathname.startsWith('/personal'));
  });
});

import { afterAll, describe, expect, inject, it } from 'vitest';
import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { decryptPii, maskPhone, piiLookupHash } from '../../api/src/lib/pii.ts';
import { screenshotWidths, waitForHydration } from './browser';
import { codeSentTo, createPerson } from './people';
import { usersInBrowsers } from './users';

/**
 * 信息管理 → 修改手机号 in Chromium: a citizen is refused another account's number, then changes to a new one
 * with the code the logging SMS provider recorded, and signs in with it. A user of its own per width.
 */
const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));
const { openAs } = usersInBrowsers(webUrl);
afterAll(() => db.$disconnect());

const usedEndings = new Set<number>();
/** A mobile number no other test uses (its masked form too: the last four digits are unique per run). */
function newPhone(): string {
  let ending = randomInt(0, 10_000);
  while (usedEndings.has(ending)) ending = randomInt(0, 10_000);
  usedEndings.add(ending);
  return `1980${String(randomInt(0, 1000)).padStart(3, '0')}${String(ending).padStart(4, '0')}`;
}

async function newCitizen(n: number) {
  const phone = newPhone();
  const password = 'Phone#2026go';
  const user = await createPerson(db, { name: `手机测试${n}`, phone, password });
  return { account: { login: phone, password }, userId: user.id, phone };
}

async function askForCode(page: Page, phone: string) {
  await page.getByLabel('新手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
}

// Another account's number per width (one code a minute per number: the widths run within the minute).
for (const [n, width, taken] of [
  [1, 1280, '13900139000'], // 陈静
  [2, 375, '13700137000'], // 王刚
] as const) {
  describe(`修改手机号 at ${width} px`, () => {
    it("is refused another account's number, then changes the number with the SMS code", async () => {
      const { account, userId } = await newCitizen(n);
      const page = await openAs(account, '/personal/account/phone');
      await page.setViewportSize({ width, height: 800 });
      await waitForHydration(page.getByRole('button', { name: '获取验证码' }));
      await screenshotWidths(page, 'change-phone');

      // Another account's number: refused at the field, no code sent.
      await askForCode(page, taken);
      await page.getByText('该手机号已被其他账号使用').waitFor();

      const phone = newPhone();
      const asked = new Date(Date.now() - 1000);
      await askForCode(page, phone);
      await expect.poll(() => page.getByRole('button', { name: /秒后重新获取/ }).count()).toBe(1);
      const code = await codeSentTo(db, phone, asked);
      // A wrong code first: refused at the code field, the number unchanged.
      await page.getByLabel('短信验证码').fill(code === '000000' ? '000001' : '000000');
      await page.getByRole('button', { name: '确认修改' }).click();
      await page.getByText('验证码错误或已失效。').waitFor();
      expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).phoneHash).toBe(
        piiLookupHash(account.login),
      );

      await page.getByLabel('短信验证码').fill(code);
      await page.getByRole('button', { name: '确认修改' }).click();
      await page.getByText(`手机号已修改为 ${maskPhone(phone)}`).waitFor();
      await expect.poll(() => page.getByTestId('current-phone').innerText()).toBe(maskPhone(phone));
      const row = await db.user.findUniqueOrThrow({ where: { id: userId } });
      expect(row.phoneHash).toBe(piiLookupHash(phone));
      expect(decryptPii(row.phoneCipher!)).toBe(phone);

      // The new number signs in.
      const fresh = await openAs({ login: phone, password: account.password }, '/personal/account');
      await fresh.getByText(maskPhone(phone)).first().waitFor();
    });
  });
}

import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { idNumberCheckChar } from '@/lib/id-number';
import { ACCOUNTS, screenshotWidths, waitForHydration } from './browser';
import { usersInBrowsers } from './users';

// 我的证照 as plain HTML (issue 15): 生成验证码, 撤销, 指定/取消证照管理员 are server-action forms; every refusal
// of the rules behind them shows in the API's (the guide's) words. 王刚 is the legal representative of both
// seeded licenses; the second one is 注销.

const webUrl = inject('webUrl');
const ACTIVE = '天津津南外资科技有限公司';
const CANCELLED = '天津津南咸水沽商贸有限公司';
const LICENSES = '/personal/files/licenses';

const { openAs } = usersInBrowsers(webUrl);

function licenseCard(page: Page, name: string): Locator {
  return page.getByTestId('license-card').filter({ hasText: name });
}

/** Ant Design's traces on a page: its class names and its css-in-js styles. */
function antDesignOn(page: Page) {
  return page.evaluate(() => ({
    classes: document.querySelectorAll('[class*="ant-"]').length,
    cssInJs: document.querySelectorAll('style[data-css-hash], style[data-rc-order]').length,
  }));
}

/** A well-formed 居民身份证号 that nobody in the seed has. */
function unregisteredIdNumber(): string {
  const first17 = '11010119900307123';
  return `${first17}${idNumberCheckChar(first17)}`;
}

describe('我的证照', () => {
  it('appoints and removes a license administrator, each refusal in the guide’s words', async () => {
    const page = await openAs(ACCOUNTS.company, LICENSES);
    const card = licenseCard(page, ACTIVE);
    const appoint = card.getByRole('button', { name: '指定管理员' });
    await waitForHydration(appoint);
    expect(await antDesignOn(page)).toEqual({ classes: 0, cssInJs: 0 });
    // One named scroll region per table and license (issue 15: unique region names).
    for (const table of ['验证码', '证照管理员', '用证记录']) {
      expect(await page.getByRole('region', { name: `${ACTIVE} ${table}` }).count()).toBe(1);
    }

    const idNumber = () => card.getByLabel('身份证号');
    const appointAs = async (value: string, answer: string) => {
      await idNumber().fill(value);
      await appoint.click();
      await card.getByText(answer).waitFor();
    };
    await appointAs('12345', '身份证号格式不正确');
    const stranger = unregisteredIdNumber();
    await appointAs(stranger, '未找到该身份证号对应的实名用户。');
    expect(await idNumber().inputValue()).toBe(stranger);
    await appointAs(ACCOUNTS.company.login, '法定代表人本人无需设置为证照管理员。');

    await idNumber().fill(ACCOUNTS.supervisor.login);
    await appoint.click();
    await page.getByRole('status').filter({ hasText: '已指定证照管理员' }).waitFor();
    const administrators = card.getByTestId('license-administrators');
    const row = administrators.locator('tbody tr').filter({ hasText: ACCOUNTS.supervisor.name });
    await row.waitFor();
    // Shown masked, never in full; the form starts afresh.
    expect(await row.innerText()).not.toContain(ACCOUNTS.supervisor.login);
    expect(await row.innerText()).toMatch(/\d{3}\*+\d{3}[\dX]/);
    expect(await idNumber().inputValue()).toBe('');
    await appointAs(ACCOUNTS.supervisor.login, '此人已是该证照的管理员。');
    await screenshotWidths(page, 'licenses-administrators');

    // 取消 asks first in the row; a second tab removes first, so this one's 确定 is refused.
    await row.getByRole('button', { name: `取消：${ACCOUNTS.supervisor.name}` }).click();
    await card.getByText(`取消${ACCOUNTS.supervisor.name}的证照管理员资格？`).waitFor();
    const other = await page.context().newPage();
    await other.goto(page.url());
    await licenseCard(other, ACTIVE)
      .getByRole('button', { name: `确定取消：${ACCOUNTS.supervisor.name}` })
      .click();
    await other.getByRole('status').filter({ hasText: '已取消证照管理员' }).waitFor();
    await card.getByRole('button', { name: `确定取消：${ACCOUNTS.supervisor.name}` }).click();
    await page.getByRole('alert').filter({ hasText: '未找到该证照管理员。' }).waitFor();
    expect(
      await administrators.locator('tbody tr').filter({ hasText: ACCOUNTS.supervisor.name }).count(),
    ).toBe(0);
  });

  it('shows a new code once with 复制, revokes it, and refuses what the rules refuse', async () => {
    const page = await openAs(ACCOUNTS.company, LICENSES);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const card = licenseCard(page, ACTIVE);
    const generate = card.getByRole('button', { name: '生成验证码' });
    await waitForHydration(generate);
    // A 注销 license gives no code, and says why.
    const cancelled = licenseCard(page, CANCELLED);
    expect(await cancelled.getByRole('button', { name: '生成验证码' }).isDisabled()).toBe(true);
    await cancelled.getByText('证照已注销或吊销，不能生成验证码。').waitFor();

    await generate.click();
    const dialog = page.getByRole('dialog', { name: '验证码' });
    const code = (await dialog.getByTestId('generated-code').innerText()).trim();
    expect(code).toMatch(/^\d{8}$/);
    const copy = dialog.getByRole('button', { name: '复制' });
    const box = await copy.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    await copy.click();
    await dialog.getByRole('button', { name: '已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await screenshotWidths(page, 'licenses-code');
    await dialog.getByRole('button', { name: '我已记下' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Shown once: the list has the code's record, never the code.
    const grants = card.getByTestId('license-grants');
    const newest = grants.locator('tbody tr').first();
    await newest.getByText('未使用').waitFor();
    expect(await card.innerText()).not.toContain(code);

    // 撤销 asks first; a second tab revokes first, so this one's 撤销 is refused.
    await newest.getByRole('button', { name: '撤销' }).click();
    await card.getByText('撤销后该验证码不能再使用。确定撤销？').waitFor();
    const other = await page.context().newPage();
    await other.goto(page.url());
    await licenseCard(other, ACTIVE).getByRole('button', { name: '确定撤销' }).click();
    await other.getByRole('status').filter({ hasText: '验证码已撤销' }).waitFor();
    await licenseCard(other, ACTIVE)
      .getByTestId('license-grants')
      .locator('tbody tr')
      .first()
      .getByText('已撤销')
      .waitFor();
    await card.getByRole('button', { name: '确定撤销' }).click();
    await page.getByRole('alert').filter({ hasText: '该验证码已使用、已撤销或已过期，不能撤销。' }).waitFor();
    await screenshotWidths(page, 'licenses-revoked');
  });
});

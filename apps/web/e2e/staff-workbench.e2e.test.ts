import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, waitForHydration } from './browser';
import { usersInBrowsers } from './users';

// This file shares the run's database with personal-cases.e2e.test.ts and changes it (a window case for
// 李华, one of his cases completed), so vitest.config.ts runs the files in name order: that one first. The
// assertions here are relative (counts before and after), so they hold whatever ran before.

const webUrl = inject('webUrl');

// 李华's 恢复养老保险待遇申请, synced from 南开社保分中心's own system and being handled there (seed).
const SOCIAL_SECURITY_CASE = '20261121143005667788';
const WINDOW_BUSINESS_NUMBER = '261126101530123401';

const { openAs } = usersInBrowsers(webUrl);

/** The count next to a list of 我的办件 in the 个人空间 sidebar. */
async function sidebarCount(page: Page, list: string): Promise<number> {
  const sidebar = page.getByRole('complementary', { name: '个人空间' });
  const text = await sidebar.getByRole('link', { name: new RegExp(list) }).innerText();
  return Number(/(\d+)\s*$/.exec(text.trim())?.[1]);
}

function caseRows(page: Page, testId: string) {
  return page.getByTestId(testId).locator('tbody tr.data-table__row');
}

async function cellTexts(row: ReturnType<Page['locator']>): Promise<string[]> {
  return (await row.locator('td').allInnerTexts()).map((text) => text.trim());
}

describe('窗口收件 — window staff', () => {
  it('records a window case that the citizen then sees in 在办件 with 来源 窗口申报', async () => {
    const clerk = await openAs(ACCOUNTS.windowClerk, '/staff/window');
    const banner = clerk.getByRole('banner');
    await banner.getByRole('link', { name: '窗口收件' }).waitFor();
    expect(await banner.getByRole('link', { name: '部门办件' }).count()).toBe(0);
    expect(await clerk.getByTestId('header-user-name').innerText()).toBe('刘洋');

    const idNumber = clerk.getByRole('textbox', { name: '身份证号' });
    await waitForHydration(idNumber);
    // The check digit is checked in the browser before anything is sent.
    await idNumber.fill('110105194912310021');
    await clerk.getByText('身份证号校验位不正确，请核对。').waitFor();
    await idNumber.fill(ACCOUNTS.citizen.login);
    await clerk.getByRole('button', { name: '查询' }).click();
    const match = clerk.getByTestId('citizen-match');
    await match.getByText('李华').waitFor();
    await match.getByText('110***********002X').waitFor();

    // Native selects: the department's items load once it is chosen.
    await clerk.getByLabel('审批部门').selectOption({ label: '市运管处运政科' });
    const item = clerk.getByLabel('审批事项');
    await item
      .locator('option', { hasText: '道路运输道路运输车辆年审(辆次审验)' })
      .waitFor({ state: 'attached' });
    await item.selectOption({ label: '道路运输道路运输车辆年审(辆次审验)' });
    await clerk.getByLabel('业务编号').fill(WINDOW_BUSINESS_NUMBER);
    // An edited ID number must be confirmed by 查询 again before anything is sent.
    await idNumber.fill('');
    await idNumber.fill(ACCOUNTS.citizen.login);
    await clerk.getByLabel('申请时间（北京时间）').fill('2026-11-26T10:15:30');
    await clerk.getByRole('button', { name: '提交' }).click();
    await clerk.getByText('请先点击“查询”，核对申请人身份。').waitFor();
    await clerk.getByRole('button', { name: '查询' }).click();
    await match.getByText('李华').waitFor();
    await clerk.getByRole('button', { name: '提交' }).click();

    const success = clerk.getByRole('status').filter({ hasText: '登记成功' });
    await success.getByText(WINDOW_BUSINESS_NUMBER, { exact: false }).waitFor();
    expect(await idNumber.inputValue()).toBe(''); // the form is cleared for the next applicant

    const citizen = await openAs(ACCOUNTS.citizen, '/personal/cases');
    await citizen.getByRole('heading', { name: '在办件' }).waitFor();
    const row = caseRows(citizen, 'case-table').filter({ hasText: WINDOW_BUSINESS_NUMBER });
    await row.waitFor();
    const cells = await cellTexts(row);
    expect(cells[0]).toBe(WINDOW_BUSINESS_NUMBER);
    // Entered as CST wall-clock time, shown in CST although this browser runs in New York time.
    expect(cells[1]).toBe('2026-11-26 10:15:30');
    expect(cells[2]).toBe('道路运输道路运输车辆年审(辆次审验)');
    expect(cells[3]).toBe('市运管处运政科');
    expect(cells[4]).toBe('窗口申报');

    // Citizens keep 个人空间 in the header and get no staff pages.
    expect(await citizen.getByRole('banner').getByRole('link', { name: '窗口收件' }).count()).toBe(0);
    await citizen.goto('/staff/window');
    await citizen.getByText('您没有权限访问此页面').waitFor();
  });
});

describe('部门办件 — department staff', () => {
  let completedCaseUrl: string | undefined;

  it('completes a case with 邮政速递; it leaves the citizen’s 在办件 for 办结件', async () => {
    const before = await openAs(ACCOUNTS.citizen, '/personal');
    const completedBefore = await sidebarCount(before, '办结件');
    expect(completedBefore).toBeGreaterThanOrEqual(10);

    const clerk = await openAs(ACCOUNTS.socialSecurityClerk, '/staff/department');
    await clerk.getByRole('heading', { name: /部门办件\s*南开社保分中心/ }).waitFor();
    await clerk.getByRole('banner').getByRole('link', { name: '部门办件' }).waitFor();
    await waitForHydration(clerk.getByLabel('关键字'));
    await clerk.getByLabel('关键字').fill(SOCIAL_SECURITY_CASE);
    await clerk.getByRole('button', { name: '查询' }).click();
    await clerk.waitForURL(`**/staff/department?keyword=${SOCIAL_SECURITY_CASE}`);
    const rows = caseRows(clerk, 'department-case-table');
    await expect.poll(() => rows.count()).toBe(1);
    const [number, , item, applicant, source, status, action] = await cellTexts(rows.first());
    expect([number, item, applicant, source, status, action]).toEqual([
      SOCIAL_SECURITY_CASE,
      '恢复养老保险待遇申请',
      '李华',
      '互联互通',
      '部门办理中',
      '办理',
    ]);

    await rows.first().getByRole('link', { name: '办理' }).click();
    await clerk.waitForURL('**/staff/department/cases/**');
    completedCaseUrl = new URL(clerk.url()).pathname;
    const actions = clerk.getByTestId('case-actions');
    await waitForHydration(actions.getByLabel('办理结果'));
    expect(await actions.getByRole('tab').allInnerTexts()).toEqual(['办结']);
    await actions.getByLabel('办理结果').fill('准予恢复养老保险待遇');
    await actions.getByLabel('邮政速递').check();
    // The API's userErrors appear next to the field they are about.
    await actions.getByLabel('快递单号').fill('12');
    await actions.getByRole('button', { name: '办结' }).click();
    await actions.getByText('快递单号格式不正确。').waitFor();
    await actions.getByLabel('快递单号').fill('EA123456789CN');
    await actions.getByRole('button', { name: '办结' }).click();
    await actions.getByRole('status').filter({ hasText: '已办结' }).waitFor();
    await actions.getByText('该办件已办结，无需再办理。').waitFor();
    await clerk.getByText('EA123456789CN').waitFor();

    const citizen = await openAs(ACCOUNTS.citizen, '/personal/cases');
    await citizen.getByRole('heading', { name: '在办件' }).waitFor();
    await caseRows(citizen, 'case-table').first().waitFor();
    expect(await caseRows(citizen, 'case-table').filter({ hasText: SOCIAL_SECURITY_CASE }).count()).toBe(0);
    expect(await sidebarCount(citizen, '办结件')).toBe(completedBefore + 1);

    await citizen.goto('/personal/cases?list=COMPLETED');
    const completed = caseRows(citizen, 'case-table').filter({ hasText: SOCIAL_SECURITY_CASE });
    await completed.waitFor();
    await completed.getByRole('link', { name: '查看' }).click();
    await citizen.waitForURL('**/personal/cases/**');
    await citizen.getByText('准予恢复养老保险待遇').first().waitFor();
    // in the case's details, not the sidebar's 邮政速递 group
    await citizen.locator('.personal__content').getByText('邮政速递').waitFor();
    await citizen.getByText('EA123456789CN').waitFor();
  });

  it('shows a clerk of another department none of that department’s cases', async () => {
    const clerk = await openAs(ACCOUNTS.approvalClerk, '/staff/department');
    await clerk.getByRole('heading', { name: /部门办件\s*天津市南开区审批局/ }).waitFor();
    const rows = caseRows(clerk, 'department-case-table');
    await rows.first().waitFor();
    expect(await rows.filter({ hasText: SOCIAL_SECURITY_CASE }).count()).toBe(0);
    for (const text of await rows.locator('td:nth-child(3)').allInnerTexts()) {
      expect(text).not.toBe('恢复养老保险待遇申请');
    }

    await waitForHydration(clerk.getByLabel('关键字'));
    await clerk.getByLabel('关键字').fill(SOCIAL_SECURITY_CASE);
    await clerk.getByRole('button', { name: '查询' }).click();
    await clerk.getByText('没有符合条件的办件。').waitFor();

    // Opening the case directly answers as if it did not exist.
    expect(completedCaseUrl).toBeDefined();
    await clerk.goto(completedCaseUrl!);
    await clerk.getByText('未找到该办件').waitFor();
    await clerk.getByText('该办件不存在，或不属于本部门。').waitFor();
  });

  it('filters by 状态 and 审批事项 (native selects), only the chosen filters in the URL; 重置 clears them', async () => {
    const clerk = await openAs(ACCOUNTS.socialSecurityClerk, '/staff/department');
    const rows = caseRows(clerk, 'department-case-table');
    await rows.first().waitFor();
    const status = clerk.getByLabel('状态');
    await waitForHydration(status);
    await status.selectOption({ label: '办结' });
    await clerk.getByLabel('审批事项').selectOption({ label: '恢复养老保险待遇申请' });
    await clerk.getByRole('button', { name: '查询' }).click();
    await clerk.waitForURL((url) => url.searchParams.get('status') === 'COMPLETED');
    const url = new URL(clerk.url());
    expect([...url.searchParams.keys()].sort()).toEqual(['itemId', 'status']);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      const cells = await cellTexts(row);
      expect([cells[2], cells[5]]).toEqual(['恢复养老保险待遇申请', '办结']);
    }
    // The form shows the filters in effect after the navigation.
    expect(await clerk.getByLabel('状态').inputValue()).toBe('COMPLETED');

    await clerk.getByRole('button', { name: '重置' }).click();
    await clerk.waitForURL((url) => url.pathname === '/staff/department' && url.search === '');
    expect(await clerk.getByLabel('状态').inputValue()).toBe('');
    expect(await clerk.getByLabel('审批事项').inputValue()).toBe('');
  });
});

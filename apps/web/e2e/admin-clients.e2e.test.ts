import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, screenshotWidths, waitForHydration } from './browser';
import { usersInBrowsers } from './users';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');
const { openAs } = usersInBrowsers(webUrl);

/** The client-credentials grant as the partner system would call it: the HTTP status. */
async function tokenStatus(clientId: string, secret: string): Promise<number> {
  const response = await fetch(`${apiUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  return response.status;
}

async function shownSecret(scope: Page | Locator): Promise<string> {
  const value = scope.getByTestId('client-secret-value');
  await value.waitFor();
  return (await value.innerText()).trim();
}

describe('接入系统 — the admin manages partner clients', () => {
  it('creates a client, sees its secret once, rotates it with an overlap and disables it', async () => {
    const admin = await openAs(ACCOUNTS.admin, '/admin/clients');
    await admin.getByRole('heading', { name: '接入系统', exact: true }).waitFor();
    const create = admin.getByRole('button', { name: '创建' });
    await waitForHydration(create);

    // The form's own rules first (nothing sent), then the API's (a client_id already taken), by their fields.
    await create.click();
    await admin.locator('#client-name-error').getByText('请输入系统名称').waitFor();
    await admin.locator('#client-department-error').getByText('请选择审批部门').waitFor();
    await admin.locator('#client-scopes-error').getByText('请至少选择一项').waitFor();
    await admin.getByLabel('系统名称').fill('端到端测试系统');
    await admin.getByLabel('client_id').fill('nk-social-security-system');
    await admin.getByLabel('审批部门').selectOption({ label: '南开社保分中心' });
    await admin.getByRole('checkbox', { name: /cases:read/ }).check();
    await create.click();
    await admin
      .locator('#client-id-error')
      .getByText('client_id nk-social-security-system 已被其他接入系统使用。')
      .waitFor();
    // What was typed is kept after the refusal.
    expect(await admin.getByLabel('系统名称').inputValue()).toBe('端到端测试系统');
    expect(await admin.getByRole('checkbox', { name: /cases:read/ }).isChecked()).toBe(true);

    await admin.getByLabel('client_id').fill('e2e-rotation-system');
    await create.click();
    const created = admin.getByTestId('client-secret').filter({ hasText: '接入系统已创建' });
    const first = await shownSecret(created);
    expect(await tokenStatus('e2e-rotation-system', first)).toBe(200);
    // The form starts afresh; closed, the secret is gone for good.
    expect(await admin.getByLabel('client_id').inputValue()).toBe('');
    await created.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => admin.getByTestId('client-secret-value').count()).toBe(0);

    const row = admin
      .getByTestId('api-client-table')
      .locator('tr')
      .filter({ hasText: 'e2e-rotation-system' });
    await row.waitFor();
    await row.getByRole('button', { name: '轮换密钥 e2e-rotation-system' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('重叠期（分钟，0–10080）').fill('60');
    await dialog.getByRole('button', { name: '轮换' }).click();
    await admin.getByTestId('client-secret').getByText('原密钥在').waitFor();
    const second = await shownSecret(admin);
    expect(second).not.toBe(first);
    // During the stated overlap both secrets work.
    expect(await tokenStatus('e2e-rotation-system', first)).toBe(200);
    expect(await tokenStatus('e2e-rotation-system', second)).toBe(200);
    await row.getByText('已轮换，原密钥至').waitFor();

    await row.getByRole('button', { name: '停用 e2e-rotation-system' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '停用' }).click();
    await admin.getByText(/^已停用，撤销了 \d+ 个令牌$/).waitFor();
    await row.getByText('已停用').waitFor();
    expect(await tokenStatus('e2e-rotation-system', second)).toBe(401);
    await admin.getByText(/^已停用，撤销了/).waitFor({ state: 'detached' });
    await screenshotWidths(admin, 'page-接入系统');
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, waitForHydration } from './browser';
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

async function shownSecret(page: Page): Promise<string> {
  const value = page.getByTestId('client-secret-value');
  await value.waitFor();
  return (await value.innerText()).trim();
}

describe('接入系统 — the admin manages partner clients', () => {
  it('creates a client, sees its secret once, rotates it with an overlap and disables it', async () => {
    const admin = await openAs(ACCOUNTS.admin, '/admin/clients');
    await admin.getByRole('heading', { name: '接入系统' }).waitFor();
    const name = admin.getByLabel('系统名称');
    await waitForHydration(name);
    await name.fill('端到端测试系统');
    await admin.getByLabel('client_id').fill('e2e-rotation-system');
    await admin.getByLabel('审批部门').fill('南开社保');
    await admin
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="南开社保分中心"]')
      .click();
    await admin.getByRole('checkbox', { name: /cases:read/ }).check();
    await admin.getByRole('button', { name: '创建' }).click();
    const first = await shownSecret(admin);
    expect(await tokenStatus('e2e-rotation-system', first)).toBe(200);

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
    await row.getByText('已停用').waitFor();
    expect(await tokenStatus('e2e-rotation-system', second)).toBe(401);
  });
});

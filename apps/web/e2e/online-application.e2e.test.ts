import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, saveScreenshot, waitForHydration } from './browser';
import { usersInBrowsers } from './users';

// Issue 7's "Done when": 王刚 (legal representative of 天津津南外资科技有限公司) generates a code in 我的证照, applies
// online for 外商投资项目核准 with it, the 市发改委 clerk sees the fetched license, 王刚 sees the fetch logged; five
// wrong codes close code entry. The steps depend on each other, so they run in order in one test per story.

const webUrl = inject('webUrl');
const ITEM = '外商投资项目核准';
const LICENSE_MATERIAL = '投资方登记注册文件（营业执照）';
const UPLOADED = ['项目申请报告', '投资意向书或增资、并购协议', '银行出具的融资意向书'] as const;
const PROJECT_NAME = '津南新材料研发中心建设项目';

const { openAs } = usersInBrowsers(webUrl);

/** A small but real PDF (the API decides the type from the content). */
function pdfBytes(title: string): Buffer {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A real 2×2 PNG: signature, IHDR, IDAT, IEND with their CRCs. */
function pngBytes(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 0, 255, 0, 0, 255, 0, 0, 255, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** With E2E_SCREENSHOTS=1, full-page screenshots at desktop width and at 375 px, for looking at the pages. */
async function snap(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  const desktop = page.viewportSize() ?? { width: 1280, height: 800 };
  await saveScreenshot(page, `${name}-desktop`);
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, `${name}-375`);
  await page.setViewportSize(desktop);
}

function materialRow(page: Page, name: string) {
  return page.locator(`[data-testid="material-row"][data-material="${name}"]`);
}

/** Opens 我要办事, finds the item by name and starts a new application. */
async function startApplication(page: Page) {
  await page.goto('/personal/apply');
  const search = page.getByLabel('事项名称');
  await waitForHydration(search);
  await search.fill('外商投资');
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForURL('**/personal/apply?search=**');
  await snap(page, 'catalogue');
  const row = page.getByTestId('catalogue-table').locator('tbody tr').filter({ hasText: ITEM });
  await row.getByText('天津市发展和改革委员会').waitFor();
  await row.getByRole('link', { name: '在线申报' }).click();
  await page.getByRole('heading', { name: ITEM }).waitFor();
  await waitForHydration(page.getByLabel('项目名称'));
}

async function generateCode(page: Page, whileShown?: (page: Page) => Promise<void>): Promise<string> {
  const card = page.getByTestId('license-card').filter({ hasText: '天津津南外资科技有限公司' });
  await waitForHydration(card.getByRole('button', { name: '生成验证码' }));
  await card.getByRole('button', { name: '生成验证码' }).click();
  const shown = page.getByTestId('generated-code');
  await shown.waitFor();
  const code = (await shown.innerText()).replace(/\D/g, '');
  expect(code).toMatch(/^\d{8}$/);
  await page
    .getByRole('dialog')
    .getByText(/有效期至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）/)
    .waitFor();
  await whileShown?.(page);
  await page.getByRole('button', { name: '我已记下' }).click();
  return code;
}

describe('网上申报 外商投资项目核准 with 获取证照库文件', () => {
  it('goes from a code in 我的证照 to the case in the 市发改委 workbench, and logs the fetch', async () => {
    // 1. 王刚 generates a code; the grant shows as 未使用.
    const holder = await openAs(ACCOUNTS.company, '/personal/files/licenses');
    const code = await generateCode(holder, (page) => snap(page, 'licenses-code'));
    const grants = holder.getByTestId('license-grants');
    await grants.locator('tbody tr').filter({ hasText: '未使用' }).first().waitFor();
    await snap(holder, 'licenses');

    // 2. The applicant (王刚 in another browser) fills 项目信息 and saves it as 暂存件.
    const applicant = await openAs(ACCOUNTS.company, '/personal');
    await startApplication(applicant);
    await applicant.getByLabel('项目名称').fill(PROJECT_NAME);
    await applicant.getByLabel('建设地点').fill('天津市津南区咸水沽镇');
    await applicant.getByLabel('总投资（万元）').fill('1250.50');
    await applicant.getByLabel('投资者名称1').fill('Pacific Materials Ltd.');
    await applicant.getByLabel('国别（地区）1').fill('新加坡');
    await applicant.getByLabel('持股比例1').fill('60');
    await applicant.getByRole('button', { name: '添加外国投资者' }).click();
    await applicant.getByLabel('投资者名称2').fill('Rhein Chemie GmbH');
    await applicant.getByLabel('国别（地区）2').fill('德国');
    await applicant.getByLabel('持股比例2').fill('39.5');
    await applicant.getByTestId('share-total').getByText('持股比例合计：99.5%').waitFor();
    // Shares must add up to 100: the step does not move on.
    await applicant.getByRole('button', { name: '下一步' }).click();
    await applicant.getByText('外国投资者持股比例合计须为100%').waitFor();
    await applicant.getByLabel('持股比例2').fill('40');
    await applicant.getByTestId('share-total').getByText('持股比例合计：100%').waitFor();
    await applicant.getByLabel('所属行业').selectOption('制造业');
    await applicant
      .getByLabel('建设内容')
      .fill('新建研发楼一栋，建筑面积12000平方米，购置研发设备120台（套）。');
    await snap(applicant, 'apply-step1');
    const draftCount = async () =>
      Number(
        await applicant
          .locator('.personal-nav__link', { hasText: '暂存件' })
          .locator('.personal-nav__count')
          .innerText(),
      );
    const draftsBefore = await draftCount();
    await applicant.getByRole('button', { name: '保存' }).click();
    await applicant.getByText('已保存为暂存件').waitFor();
    // The side menu's 暂存件 count follows at once, without a reload (issue 15).
    await expect.poll(draftCount).toBe(draftsBefore + 1);

    // 3. It is in 暂存件; 继续填写 opens the form with the saved data.
    await applicant.goto('/personal/cases?list=DRAFT');
    const draftRow = applicant.getByTestId('case-table').locator('tbody tr').filter({ hasText: ITEM });
    await expect.poll(() => draftRow.count()).toBe(1);
    await snap(applicant, 'drafts');
    await draftRow.getByRole('link', { name: '继续填写' }).click();
    await applicant.waitForURL('**/personal/apply/**?case=**');
    const projectName = applicant.getByLabel('项目名称');
    await waitForHydration(projectName);
    expect(await projectName.inputValue()).toBe(PROJECT_NAME);
    expect(await applicant.getByLabel('持股比例2').inputValue()).toBe('40.00');
    await applicant.getByRole('button', { name: '下一步' }).click();

    // 4. 获取证照库文件 with the code: the license shows with its level-A mark.
    const licenseRow = materialRow(applicant, LICENSE_MATERIAL);
    await licenseRow.getByText('必需').waitFor();
    await licenseRow.getByLabel('获取证照库文件').check();
    await licenseRow.getByLabel('验证码').fill(code);
    await licenseRow.getByRole('button', { name: '获取证照' }).click();
    const snapshot = licenseRow.getByTestId('license-snapshot');
    await snapshot.getByText('证照库（A级）').waitFor();
    await snapshot.getByText('天津津南外资科技有限公司').waitFor();
    await snapshot.getByText('91120116MA06ABCD12').waitFor();
    await snapshot.getByText('此件由天津市市场监督管理委员会提供，仅供办理政务服务事项时使用').waitFor();

    // 5. The other required materials are uploaded (two PDFs and a PNG).
    const files = [
      { name: 'report.pdf', mimeType: 'application/pdf', buffer: pdfBytes('report') },
      { name: '投资意向书.pdf', mimeType: 'application/pdf', buffer: pdfBytes('intent') },
      { name: 'bank-letter.png', mimeType: 'image/png', buffer: pngBytes() },
    ];
    for (const [index, material] of UPLOADED.entries()) {
      const row = materialRow(applicant, material);
      await row.locator('input[type=file]').setInputFiles(files[index]!);
      await row.getByText(files[index]!.name).waitFor();
    }

    await snap(applicant, 'apply-step2');

    // 6. 确认提交 shows the summary with nothing missing; 提交 opens the case.
    await applicant.getByRole('button', { name: '下一步' }).click();
    await applicant.getByText(PROJECT_NAME).waitFor();
    expect(await applicant.getByText(/^尚缺/).count()).toBe(0);
    await snap(applicant, 'apply-step3');
    await applicant.getByRole('button', { name: '提交' }).click();
    await applicant.waitForURL('**/personal/cases/**');
    await applicant.getByText('网上申报').first().waitFor();
    const businessNumber = (
      await applicant
        .locator('dt', { hasText: /^业务编号$/ })
        .locator('xpath=following-sibling::dd[1]')
        .innerText()
    ).trim();
    expect(businessNumber).toMatch(/^\d{20}$/);
    await snap(applicant, 'case-detail');

    await applicant.goto('/personal/cases?list=IN_PROGRESS');
    const inProgress = applicant
      .getByTestId('case-table')
      .locator('tbody tr')
      .filter({ hasText: businessNumber });
    await inProgress.waitFor();
    const cells = (await inProgress.locator('td').allInnerTexts()).map((text) => text.trim());
    expect(cells[2]).toBe(ITEM);
    expect(cells[3]).toBe('天津市发展和改革委员会');
    expect(cells[4]).toBe('网上申报');

    // 7. The 市发改委 clerk opens it and finds the license among its materials; uploaded files open unchanged.
    const clerk = await openAs(ACCOUNTS.ndrcClerk, '/staff/department');
    const clerkRow = clerk
      .getByTestId('department-case-table')
      .locator('tbody tr')
      .filter({ hasText: businessNumber });
    await clerkRow.getByRole('link', { name: '办理' }).click();
    await clerk.waitForURL('**/staff/department/cases/**');
    const materials = clerk.getByTestId('case-materials');
    const licenseMaterial = materials.locator('tbody tr').filter({ hasText: LICENSE_MATERIAL });
    await licenseMaterial.getByText('证照库（A级）').waitFor();
    await materials.getByTestId('license-snapshot').getByText('天津津南外资科技有限公司').waitFor();
    await clerk.getByText(PROJECT_NAME).waitFor();
    await snap(clerk, 'clerk-case');
    // The license document (HTML) opens under the web's security headers: sandboxed, its styles allowed.
    const documentHref = await licenseMaterial.getByRole('link', { name: '查看' }).getAttribute('href');
    const licenseDocument = await clerk.context().request.get(documentHref!);
    expect(licenseDocument.headers()['content-type']).toContain('text/html');
    expect(licenseDocument.headers()['content-security-policy']).toContain('sandbox');
    const documentTab = await clerk.context().newPage();
    const violations: string[] = [];
    documentTab.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await documentTab.goto(documentHref!);
    await documentTab.getByText('天津津南外资科技有限公司').first().waitFor();
    expect(violations).toEqual([]);
    await documentTab.close();
    const reportRow = materials.locator('tbody tr').filter({ hasText: 'report.pdf' });
    const href = await reportRow.getByRole('link', { name: '查看' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/files\//);
    const download = await clerk.context().request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    expect(Buffer.compare(await download.body(), files[0]!.buffer)).toBe(0);
    // Someone else (李华) cannot open the file by its address.
    const stranger = await openAs(ACCOUNTS.citizen, '/personal');
    expect((await stranger.context().request.get(href!)).status()).toBe(404);
    // Holding no license, 李华 sees a plain empty 我的证照.
    await stranger.goto('/personal/files/licenses');
    await stranger.getByText('暂无证照').waitFor();
    expect(await stranger.getByTestId('license-card').count()).toBe(0);
    await snap(stranger, 'licenses-empty');

    // 8. 王刚 sees the code used and the fetch in 用证记录.
    await holder.reload();
    const card = holder.getByTestId('license-card').filter({ hasText: '天津津南外资科技有限公司' });
    await card
      .getByTestId('license-grants')
      .locator('tbody tr')
      .filter({ hasText: '已使用' })
      .first()
      .waitFor();
    // 用证记录 is shown under the codes (no tabs), in its own named scroll region.
    await card.getByRole('heading', { name: '用证记录' }).waitFor();
    const access = card
      .getByTestId('license-access-log')
      .locator('tbody tr')
      .filter({ hasText: businessNumber });
    await access.waitFor();
    const accessCells = (await access.locator('td').allInnerTexts()).join(' ');
    expect(accessCells).toContain('王刚');
    expect(accessCells).toContain(ITEM);
    expect(accessCells).toContain('获取成功');
    await snap(holder, 'licenses-access-log');
    // Four browsers and a dozen pages: longer than the default on a busy machine.
  }, 300_000);

  it('closes code entry after five wrong codes and says until when', async () => {
    const applicant = await openAs(ACCOUNTS.company, '/personal');
    await startApplication(applicant);
    await applicant.getByLabel('项目名称').fill('错误验证码测试项目');
    await applicant.getByRole('button', { name: '保存' }).click();
    await applicant.getByText('已保存为暂存件').waitFor();
    // 提交 of an incomplete 暂存件 sends the applicant to the form, at 确认提交, saying what is missing.
    await applicant.goto('/personal/cases?list=DRAFT');
    const draftRow = applicant.getByTestId('case-table').locator('tbody tr').filter({ hasText: ITEM });
    const submit = draftRow.getByRole('button', { name: '提交' });
    await waitForHydration(submit);
    await submit.click();
    await applicant.waitForURL('**/personal/apply/**step=confirm');
    await applicant
      .getByText(/^尚缺：建设地点、总投资、外国投资者.*投资方登记注册文件（营业执照）/)
      .waitFor();
    await applicant.getByRole('button', { name: '上一步' }).click();

    const licenseRow = materialRow(applicant, LICENSE_MATERIAL);
    const input = licenseRow.getByLabel('验证码');
    await waitForHydration(input);
    const alert = licenseRow.getByRole('alert');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await input.fill(String(10_000_000 + attempt));
      // 获取证照 is a server action: a POST to the page itself, marked by Next's `next-action` header.
      const answered = applicant.waitForResponse(
        (response) => response.request().method() === 'POST' && 'next-action' in response.request().headers(),
      );
      await licenseRow.getByRole('button', { name: '获取证照' }).click();
      await answered;
      await alert.waitFor();
      if (attempt < 5) await alert.getByText('验证码错误或已失效').waitFor();
    }
    // The fifth wrong code locks entry; if the API locks only from the sixth try, that try must say so.
    if (await input.isEnabled()) {
      await input.fill('10000006');
      await licenseRow.getByRole('button', { name: '获取证照' }).click();
    }
    await expect.poll(() => input.isDisabled()).toBe(true);
    // Until when, in CST, whether the API's message or the form says it.
    expect(await alert.innerText()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）/);
    expect(await licenseRow.getByRole('button', { name: '获取证照' }).isDisabled()).toBe(true);
    await snap(applicant, 'apply-locked');
  });
});

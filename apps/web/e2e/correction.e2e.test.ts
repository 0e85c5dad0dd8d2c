import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { createCaseLike } from '../../api/src/testing/fixtures.ts';
import { toGlobalId } from '../../api/src/lib/global-id.ts';
import { ACCOUNTS, saveScreenshot, waitForHydration } from './browser';
import { usersInBrowsers } from './users';

// Issue 16, 补正 online: a citizen answers a 补正 notice with uploads and 提交补正; the department sees the new
// materials marked 补正材料; 我的文件 lists and opens them; a second tab still showing the form is told the case
// no longer waits for them.

const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));
const { openAs, track } = usersInBrowsers(webUrl);
afterAll(() => db.$disconnect());

const MISSING = ['恢复待遇申请表', '居民身份证'] as const;
const TEMPLATE_CASE = '20261121143005667788'; // 李华's case at 南开社保分中心 (clerk 赵敏)

/** A small but real PDF (the API decides the type from the content). */
const pdf = (title: string) => ({
  name: `${title}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  ),
});

let serial = 0;
/** A case of 李华 in 补正: received, then the clerk's one notice listing MISSING (as requestCorrection writes it). */
async function caseInCorrection(): Promise<string> {
  const clerk = await db.user.findFirstOrThrow({ where: { name: ACCOUNTS.socialSecurityClerk.name } });
  const kase = await createCaseLike(db, TEMPLATE_CASE, {
    businessNumber: `2026120422${String(Date.now()).slice(-8)}${serial++}`,
    status: 'CORRECTION_REQUIRED',
  });
  await db.caseEvent.create({
    data: {
      caseId: kase.id,
      fromStatus: 'RECEIVED',
      toStatus: 'CORRECTION_REQUIRED',
      actorUserId: clerk.id,
      reason: '请补齐材料',
      details: { missingMaterials: [...MISSING] },
      occurredAt: new Date(),
    },
  });
  return toGlobalId('Case', kase.id);
}

const row = (page: Page, name: string) =>
  page.locator(`[data-testid="correction-row"][data-material="${name}"]`);

async function confirmSubmit(page: Page) {
  const submit = page.getByRole('button', { name: '提交补正' });
  await waitForHydration(submit);
  await submit.click();
  await page.locator('.confirm-panel').getByRole('button', { name: '提交', exact: true }).click();
}

for (const width of [1280, 375]) {
  describe(`补正 online at ${width} px`, () => {
    it('uploads each material, submits, and the department sees them marked 补正材料', async () => {
      const id = await caseInCorrection();
      const caseHref = `/personal/cases/${encodeURIComponent(id)}`;
      const citizen = await openAs(ACCOUNTS.citizen, caseHref);
      await citizen.setViewportSize({ width, height: 800 });
      await citizen.getByText('审批部门要求补正材料').waitFor();
      await citizen.getByRole('link', { name: '在线提交补正材料' }).click();
      await citizen.getByRole('heading', { name: '提交补正材料' }).waitFor();

      // Nothing uploaded yet: the refusal shows at each material, and nothing is sent.
      await confirmSubmit(citizen);
      await row(citizen, '恢复待遇申请表').getByText('请上传补正材料「恢复待遇申请表」。').waitFor();
      await row(citizen, '居民身份证').getByText('请上传补正材料「居民身份证」。').waitFor();

      for (const name of MISSING) {
        await row(citizen, name)
          .locator('input[type=file]')
          .setInputFiles(pdf(`${name}-补正`));
        await row(citizen, name).getByText(`${name}-补正.pdf`).waitFor();
        await row(citizen, name).getByText('已上传').waitFor();
      }
      await saveScreenshot(citizen, `page-提交补正材料-${width}`);
      expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await confirmSubmit(citizen);
      await citizen.waitForURL((url) => url.pathname === caseHref);
      await citizen.getByText('提交补正材料（共 2 个文件）').waitFor();
      await citizen.getByText('恢复待遇申请表：恢复待遇申请表-补正.pdf').waitFor();
      expect(await citizen.getByText('审批部门要求补正材料').count()).toBe(0);
      await saveScreenshot(citizen, `page-补正后办件详情-${width}`);

      // 我的文件 lists what was sent, with its case, and opens it.
      await citizen.getByRole('link', { name: '全部文件' }).first().click();
      await citizen.getByRole('heading', { name: '我的文件' }).waitFor();
      const files = citizen.getByTestId(width < 768 ? 'my-files-cards' : 'my-files');
      // Newest first: this run's file (the other width's run sent one of the same name).
      const sent = files
        .locator(width < 768 ? 'li' : 'tr')
        .filter({ hasText: '居民身份证-补正.pdf' })
        .first();
      await sent.getByText('恢复养老保险待遇申请').waitFor();
      const href = await sent.getByRole('link', { name: '查看' }).getAttribute('href');
      const opened = await citizen.request.get(href!);
      expect([opened.status(), opened.headers()['content-type']]).toEqual([200, 'application/pdf']);
      await saveScreenshot(citizen, `page-我的文件-${width}`);
      expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      const clerk = await openAs(
        ACCOUNTS.socialSecurityClerk,
        `/staff/department/cases/${encodeURIComponent(id)}`,
      );
      await clerk.setViewportSize({ width, height: 800 });
      const materials = clerk.getByTestId('case-materials');
      await materials.getByText('居民身份证-补正.pdf').waitFor();
      expect(await materials.getByText('补正材料').count()).toBe(2);
      await clerk.getByRole('button', { name: '受理', exact: true }).waitFor();
      await saveScreenshot(clerk, `page-部门办件补正材料-${width}`);
    });

    it('a second tab still showing the form is told the case no longer waits for materials', async () => {
      const id = await caseInCorrection();
      const path = `/personal/cases/${encodeURIComponent(id)}/correction`;
      const first = await openAs(ACCOUNTS.citizen, path);
      await first.setViewportSize({ width, height: 800 });
      const second = await first.context().newPage();
      track(second);
      await second.setViewportSize({ width, height: 800 });
      await second.goto(path);
      await waitForHydration(second.getByRole('button', { name: '提交补正' }));

      for (const name of MISSING) {
        await row(first, name).locator('input[type=file]').setInputFiles(pdf(name));
        await row(first, name).getByText(`${name}.pdf`).waitFor();
      }
      await confirmSubmit(first);
      await first.waitForURL((url) => url.pathname === `/personal/cases/${encodeURIComponent(id)}`);

      await row(second, '居民身份证').locator('input[type=file]').setInputFiles(pdf('迟到'));
      await row(second, '居民身份证')
        .getByText('办件当前状态为「已接件」，不在补正中，不能上传或提交补正材料。')
        .waitFor();
      await confirmSubmit(second);
      await second.getByRole('alert').filter({ hasText: '不在补正中' }).first().waitFor();
      expect(await db.caseMaterial.count({ where: { fileName: '迟到.pdf' } })).toBe(0);

      await second.goto(path);
      await second
        .getByTestId('correction-closed')
        .getByText(/补正材料已于 .* 提交/)
        .waitFor();
    });
  });
}

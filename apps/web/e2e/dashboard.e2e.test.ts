import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, launchBrowser, newContext, screenshotWidths } from './browser';
import { BAD_REVIEW_DAY, monthOf, weekOf } from './periods';
import { usersInBrowsers } from './users';
import { toGlobalId } from '../../api/src/lib/global-id';
import { PUBLISHED_CACHE_SECONDS } from '@/lib/published-cache';

// 统计分析 and 公示 end to end: the supervisor picks a period, drills down from a department's 差评率 to its bad
// reviews, opens one and exports the list; a department head sees only their own department; the public page
// renders signed out and, cached, sends no query to PostgreSQL under load. Periods come from the clock (CST):
// the seeded 差评 of 南开社保分中心 is dated two days before the seed ran, and the seed puts an evaluated case
// in the last full month, which 公示 publishes.

const webUrl = inject('webUrl');
const databaseUrl = inject('databaseUrl');
const { openAs } = usersInBrowsers(webUrl);

const MONTH = monthOf(BAD_REVIEW_DAY);
const WEEK = weekOf(BAD_REVIEW_DAY);
const MONTH_QUERY = `kind=MONTH&day=${BAD_REVIEW_DAY}`;

describe('dashboards', () => {
  it('lets the supervisor change the period, drill down to bad reviews, open one and export them', async () => {
    const page = await openAs(ACCOUNTS.supervisor, '/dashboard');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^统计分析/);

    const form = page.getByRole('form', { name: '统计期间' });
    await form.getByLabel('期间').selectOption('WEEK');
    await form.getByLabel('日期（自定义时为起）').fill(BAD_REVIEW_DAY);
    await form.getByRole('button', { name: '统计' }).click();
    await page.waitForURL(new RegExp(`kind=WEEK&day=${BAD_REVIEW_DAY}`));
    await expect
      .poll(() => page.locator('.dashboard-note').first().innerText())
      .toContain(`${WEEK.from} 至 ${WEEK.to}`);

    await form.getByLabel('期间').selectOption('MONTH');
    await form.getByRole('button', { name: '统计' }).click();
    await page.waitForURL(new RegExp(`kind=MONTH&day=${BAD_REVIEW_DAY}`));
    await expect
      .poll(() => page.locator('.dashboard-note').first().innerText())
      .toContain(`${MONTH.from} 至 ${MONTH.to}`);
    // ECharts (loaded on this page only) drew the charts, in Chinese.
    await expect
      .poll(() => page.locator('.dashboard-chart svg').count(), { timeout: 20_000 })
      .toBeGreaterThan(2);
    expect(await page.locator('.dashboard-chart').first().innerText()).not.toBe('');
    await screenshotWidths(page, 'dashboard-supervisor');
    // The view itself exports: its figures tables, one sheet each.
    const figures = await downloadSheet(page, '主要指标');
    expect(figures.getRow(1).values).toEqual([
      undefined,
      '统计期间',
      `${MONTH.from} 至 ${MONTH.to}（北京时间）`,
    ]);
    const kpi = await page.getByRole('link', { name: /^评价总量 \d+，查看明细$/ }).getAttribute('aria-label');
    const totalRow = Array.from({ length: figures.rowCount }, (_, i) => figures.getRow(i + 1)).find(
      (row) => row.getCell(1).value === '评价总量',
    )!;
    expect(totalRow.getCell(2).value).toBe(Number(/(\d+)/.exec(kpi!)![1]));

    await page.getByRole('link', { name: /^南开社保分中心 差评率 .*查看差评$/ }).click();
    await page.waitForURL(/\/dashboard\/evaluations\?.*filter=BAD/);
    const rows = page.locator('.dashboard-table tbody tr');
    const total = Number(/共 (\d+) 条/.exec(await page.locator('.dashboard-note').innerText())![1]);
    expect(total).toBeGreaterThan(0);
    for (const text of await rows.locator('td:nth-child(5)').allInnerTexts()) expect(text).toMatch(/不满意/);
    for (const text of await rows.locator('td:nth-child(4)').allInnerTexts())
      expect(text).toBe('南开社保分中心');
    await screenshotWidths(page, 'dashboard-evaluations');

    const sheet = await downloadSheet(page, '评价明细');
    expectMonthFilters(sheet, '南开社保分中心', '差评（不满意、非常不满意）');
    expect(sheet.rowCount - 7).toBe(total);

    await rows.first().getByRole('link', { name: '查看' }).click();
    await page.waitForURL(/\/dashboard\/evaluations\/[^/?]+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^评价详情/);
    expect(await page.locator('.dashboard-details').innerText()).toMatch(/审批部门\s+南开社保分中心/);
    await screenshotWidths(page, 'dashboard-evaluation');
  });

  it('drills down from the 办件 figures to the cases behind them', async () => {
    const page = await openAs(ACCOUNTS.supervisor, `/dashboard?${MONTH_QUERY}`);
    const kpi = page.getByRole('link', { name: /^办结办件 \d+，查看明细$/ });
    const completed = Number(/(\d+)/.exec((await kpi.getAttribute('aria-label'))!)![1]);
    expect(completed).toBeGreaterThan(0); // the seed's recent cases completed days ago
    await kpi.click();
    await page.waitForURL(/\/dashboard\/cases\?.*filter=COMPLETED/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('办件明细');
    expect(await page.locator('.dashboard-note').first().innerText()).toMatch(
      new RegExp(`^共 ${completed} 件`),
    );
    const rows = page.locator('.dashboard-table tbody tr');
    expect(await rows.count()).toBe(Math.min(completed, 20));
    for (const text of await rows.locator('td:nth-child(5)').allInnerTexts()) expect(text).toBe('办结');
    await screenshotWidths(page, 'dashboard-cases');

    // 导出 Excel: the same cases, the filters above them.
    const sheet = await downloadSheet(page, '办件明细');
    expectMonthFilters(sheet, '全部部门', '办结办件');
    expect(sheet.getRow(7).getCell(1).value).toBe('业务编号');
    expect(sheet.rowCount - 7).toBe(completed);
    const shown = await rows.locator('th').allInnerTexts();
    expect(Array.from({ length: shown.length }, (_, i) => sheet.getRow(8 + i).getCell(1).value)).toEqual(
      shown,
    );
    for (let r = 8; r <= sheet.rowCount; r++) expect(sheet.getRow(r).getCell(5).value).toBe('办结');

    // The current-status table drills down to the cases in that status, whatever the period.
    await page.goto(`/dashboard?${MONTH_QUERY}`);
    await page.getByText('数据表：办件状态').click(); // the figures' table is folded under its panel
    const status = page.locator('table:has(caption:text("办件状态")) tbody tr', { hasText: '已受理' });
    const accepted = Number(await status.locator('td a').innerText());
    await status.locator('td a').click();
    await page.waitForURL(/\/dashboard\/cases\?.*filter=IN_STATUS&status=ACCEPTED/);
    expect(await page.locator('.dashboard-note').first().innerText()).toMatch(
      new RegExp(`^共 ${accepted} 件`),
    );
  });

  it('shows a department head only their own department', async () => {
    const page = await openAs(ACCOUNTS.socialSecurityHead, `/dashboard?${MONTH_QUERY}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('统计分析南开社保分中心');
    const departments = await page.locator('table:has(caption:text("各部门指标")) tbody th').allInnerTexts();
    expect(departments).toEqual(['南开社保分中心']);
    expect(await page.locator('.dashboard-alerts').count()).toBe(0);
    await screenshotWidths(page, 'dashboard-head');

    await page.goto(`/dashboard/evaluations?${MONTH_QUERY}`);
    for (const text of await page.locator('.dashboard-table tbody td:nth-child(4)').allInnerTexts()) {
      expect(text).toBe('南开社保分中心');
    }
    // Another department's figures, asked for by address, are refused by the API.
    const other = await departmentId('天津市南开区审批局');
    await page.goto(`/dashboard?${MONTH_QUERY}&department=${encodeURIComponent(other)}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('页面加载失败');
    expect(await page.content()).not.toContain('天津市南开区审批局');
    const exported = await page.request.get(
      `/api/dashboard/export/evaluations?${MONTH_QUERY}&department=${encodeURIComponent(other)}`,
    );
    expect(exported.status()).toBe(403);
  });

  it('publishes 公示 signed out, with CSV and JSON, and serves a spike without querying PostgreSQL', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await newContext(browser, webUrl)).newPage();
      await page.goto('/gongshi');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('好差评公示');
      expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
        expect.stringMatching(/^上月（\d{4}-\d{2}-01 至 /),
        expect.stringMatching(/^近一年（/),
      ]);
      expect(await page.evaluate(() => document.scripts.length)).toBe(0); // pages/gongshi.tsx: no script
      await screenshotWidths(page, 'gongshi');
    } finally {
      await browser.close();
    }
    // Bytes, not Response.text(): decoding drops the byte-order mark that spreadsheet programs need.
    const bytes = new Uint8Array(await (await fetch(`${webUrl}/gongshi/figures.csv`)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.subarray(3));
    expect(csv.split('\r\n')[0]).toBe(
      'period,from,to,department,total,goodRate,badRate,onTimeReplyRate,onTimeCompletionRate',
    );
    // The seed's case of last month: one 满意, no 差评 to reply to, completed within its promised days.
    expect(csv).toMatch(/\r\nmonth,\d{4}-\d{2}-01,[\d-]+,天津市南开区审批局,1,1,0,,1\r\n/);
    const json = (await (await fetch(`${webUrl}/gongshi/figures.json`)).json()) as {
      fields: { name: string }[];
      records: { period: string; department: string; total: number }[];
    };
    expect(json.fields.map((field) => field.name)).toContain('onTimeCompletionRate');
    expect(json.records.some((record) => record.period === 'month' && record.total > 0)).toBe(true);
    expect(json.records.some((record) => record.period === 'year' && record.total > 0)).toBe(true);

    // 16 connections, 20 requests each: after the first request, PostgreSQL reads none of the tables the figures
    // come from (the rollups and the departments). Counted per table, because the database's transaction count
    // also moves with autovacuum and analyze after the tests' writes.
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const reads = async () => {
      await new Promise((resolve) => setTimeout(resolve, 11_000)); // backends report statistics within 10 s
      const { rows } = await admin.query<{ n: string }>(
        `SELECT sum(seq_scan + COALESCE(idx_scan, 0)) AS n FROM pg_stat_user_tables
          WHERE relname IN ('evaluation_rollups', 'case_rollups', 'departments')`,
      );
      return Number(rows[0]!.n);
    };
    try {
      await withinOneCacheWindow(SPIKE_NEEDS_SECONDS);
      expect((await fetch(`${webUrl}/gongshi`)).status).toBe(200);
      const before = await reads();
      const started = Date.now();
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let i = 0; i < 20; i++) {
            const response = await fetch(`${webUrl}/gongshi`);
            expect(response.status).toBe(200);
            await response.text();
          }
        }),
      );
      console.log(`公示: 320 requests at 16 connections in ${Date.now() - started} ms`);
      expect(await reads()).toBe(before);
    } finally {
      await admin.end();
    }
  }, 300_000);
});

/** The filters a list's export writes above its rows: 统计期间 (the month), 部门 and 范围. */
function expectMonthFilters(sheet: ExcelJS.Worksheet, department: string, scope: string) {
  expect(sheet.getRow(1).values).toEqual([undefined, '统计期间', `${MONTH.from} 至 ${MONTH.to}（北京时间）`]);
  expect(sheet.getRow(2).values).toEqual([undefined, '部门', department]);
  expect(sheet.getRow(4).values).toEqual([undefined, '范围', scope]);
}

/** Clicks the page's 导出 Excel, saves the download and opens its sheet of that name. */
async function downloadSheet(page: Page, name: string): Promise<ExcelJS.Worksheet> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 Excel' }).click();
  const download = await downloadPromise;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hall-export-')), 'export.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.getWorksheet(name)!;
}

/** Two statistics waits and the spike itself, with room for a loaded machine. */
const SPIKE_NEEDS_SECONDS = 90;

/** The cached figures' age: their asOf is when the API computed them. */
async function cachedFiguresAgeSeconds(): Promise<{ asOf: string; age: number }> {
  const { asOf } = (await (await fetch(`${webUrl}/gongshi/figures.json`)).json()) as { asOf: string };
  return { asOf, age: (Date.now() - Date.parse(asOf)) / 1000 };
}

/**
 * The spike must fall inside one cache window, or its first requests find the figures stale and refetch them
 * (an earlier file may have filled the cache up to 600 s ago). If too little of the window is left, wait for
 * it to end, let one request revalidate, and wait for the new figures.
 */
async function withinOneCacheWindow(seconds: number): Promise<void> {
  const cached = await cachedFiguresAgeSeconds();
  if (cached.age + seconds < PUBLISHED_CACHE_SECONDS) return;
  await new Promise((resolve) => setTimeout(resolve, (PUBLISHED_CACHE_SECONDS - cached.age + 1) * 1000));
  await expect
    .poll(async () => (await cachedFiguresAgeSeconds()).asOf, { timeout: 30_000, interval: 1_000 })
    .not.toBe(cached.asOf);
}

/** A department's global ID, from the stack's database (ad-hoc query text is refused: trusted documents). */
async function departmentId(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT "id" FROM "departments" WHERE "name" = $1', [
      name,
    ]);
    return toGlobalId('Department', rows[0]!.id);
  } finally {
    await client.end();
  }
}

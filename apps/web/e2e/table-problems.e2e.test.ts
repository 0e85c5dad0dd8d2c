import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { tableProblems } from './table-problems';

/**
 * The table-width check itself (table-widths.e2e.test.ts runs it on every page): on tables written here, it
 * finds a date broken across lines and a heading broken inside its word, and nothing once the date is kept whole.
 */

let browser: Browser;
let tab: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  tab = await browser.newPage({ viewport: { width: 1024, height: 600 } });
});
afterAll(async () => {
  await browser?.close();
});

/** One table: a 申请时间 column `width` px wide, its date and time as plain text or kept whole. */
function table(width: number, cell: string): string {
  return `<!doctype html><meta charset="utf-8"><style>
      body { font: 16px sans-serif; } td, th { width: ${width}px; max-width: ${width}px; padding: 0; }
      .nowrap { white-space: nowrap; }
    </style>
    <table><thead><tr><th>申请时间</th><th>操作</th></tr></thead>
    <tbody><tr><td>${cell}</td><td>查看</td></tr></tbody></table>`;
}

describe('tableProblems', () => {
  it('finds a date broken at its hyphen', async () => {
    await tab.setContent(table(60, '2026-11-23 09:15:00'));
    const problems = await tableProblems(tab, '审批部门');
    expect(problems.some((line) => line.includes('"2026-11-23" is broken across'))).toBe(true);
  });

  it('accepts the same date and time wrapping between them (DateTimeText)', async () => {
    await tab.setContent(
      table(100, '<span class="nowrap">2026-11-23</span> <span class="nowrap">09:15:00</span>'),
    );
    expect(await tableProblems(tab, '审批部门')).toEqual([]);
  });

  it('finds a heading broken inside its word', async () => {
    const html = table(40, '2026-11-23').replace(
      '<th>申请时间</th>',
      '<th style="word-break: break-all">Department</th>',
    );
    await tab.setContent(html);
    const problems = await tableProblems(tab, '审批部门');
    expect(problems.some((line) => line.includes('"Department" is broken across'))).toBe(true);
  });
});

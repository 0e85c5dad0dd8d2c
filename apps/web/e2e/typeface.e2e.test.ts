import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ACCOUNTS } from './browser';
import { usersInBrowsers } from './users';

/**
 * One typeface (lib/theme.ts FONT_FAMILY) for the frame and the components: the fonts Chromium actually drew
 * a digit with — asked through the DevTools protocol (CSS.getPlatformFontsForNode), not the declared
 * font-family — are the same in a component's table cell, in a form's button and in the page's own plain
 * HTML. (接入系统, whose Ant Design table this used to probe, is plain HTML now; a button is the kind that
 * does not inherit the page's font unless its CSS says so.)
 */

const webUrl = inject('webUrl');
const { openAs } = usersInBrowsers(webUrl);

/** The font families Chromium used to render the text of the first element matching `selector`. */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`nothing matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName).sort();
  } finally {
    await cdp.detach();
  }
}

describe('one typeface', () => {
  it('draws a digit in a component table cell, in a form button and in the frame with the same font', async () => {
    // 接入系统's table: its 本小时调用 / 额度 cell starts with digits.
    const admin = await openAs(ACCOUNTS.admin, '/admin/clients');
    const usageCell = admin.getByTestId('api-client-table').locator('tbody tr').first().locator('td').nth(4);
    await usageCell.waitFor();
    expect(await usageCell.innerText()).toMatch(/^\d/);
    await usageCell.evaluate((cell) => cell.setAttribute('data-typeface-probe', ''));
    const inTable = await renderedFonts(admin, '[data-typeface-probe]');
    // Its 创建 button, its label replaced by digits: the button's own font, not the page's text.
    const button = admin.getByRole('button', { name: '创建' });
    await button.evaluate((element) => {
      element.textContent = '2026 0123456789';
      element.setAttribute('data-typeface-button', '');
    });
    const inButton = await renderedFonts(admin, '[data-typeface-button]');

    // The frame's own HTML: 我的办件's plain table, whose 业务编号 holds digits (other tests add E2E… numbers).
    const citizen = await openAs(ACCOUNTS.citizen, '/personal/cases?list=COMPLETED');
    const frameCell = '[data-testid="case-table"] tbody tr:first-child td:first-child';
    expect(await citizen.locator(frameCell).innerText()).toMatch(/\d/);
    const inFrame = await renderedFonts(citizen, frameCell);

    expect(inTable).toEqual(inFrame);
    expect(inButton).toEqual(inFrame);
    // On Debian that is Noto Sans CJK (fonts-noto-cjk), not Liberation Sans (Ant Design's Arial) or DejaVu.
    expect(inFrame.join()).not.toMatch(/Liberation|Arial|DejaVu/);
  });
});

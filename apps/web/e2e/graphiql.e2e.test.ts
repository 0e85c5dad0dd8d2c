import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, saveScreenshot, screenshotWidths } from './browser';

const webUrl = inject('webUrl');

describe('/graphiql — the bundled GraphiQL', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, webUrl);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('loads with no request leaving the hall; a partner pastes its credentials and runs cases(updatedSince:)', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    try {
      await page.goto('/graphiql');
      await page.getByRole('heading', { name: 'GraphiQL 接口调试' }).waitFor();
      await screenshotWidths(page, 'page-GraphiQL');
      await page.getByLabel('client_id').fill('nk-social-security-system');
      await page.getByLabel('client_secret').fill('dev-secret-nk-social-security');
      await page.getByRole('button', { name: '获取令牌' }).click();
      await page.getByRole('status').getByText('nk-social-security-system').waitFor();

      // The schema arrives by introspection (partner token); the default query runs cases(updatedSince:).
      const run = page.locator('.graphiql-execute-button');
      await run.waitFor();
      await page.locator('.graphiql-query-editor').getByText('updatedSince').first().waitFor();
      const answered = page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/graphiql') &&
          (response.request().postData() ?? '').includes('updatedSince'),
      );
      await run.click();
      const body = (await (await answered).json()) as {
        data?: { cases?: { nodes: { businessNumber: string }[] } };
        extensions?: { cost?: { requestedQueryCost: number } };
      };
      const numbers = body.data!.cases!.nodes.map((c) => c.businessNumber);
      expect(numbers).toContain('20261121143005667788');
      // The answer is shown in the response pane (Monaco draws only the lines in view: the first case's).
      await page.locator('.graphiql-response').getByText(numbers[0]!).first().waitFor();
      const cost = body.extensions!.cost!.requestedQueryCost;
      expect(cost).toBeGreaterThan(20); // 20 cases with their items
      await page.getByTestId('query-cost').getByText(`本次查询成本 ${cost} 点`).waitFor();

      const origin = new URL(webUrl).origin;
      const outside = requested.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      );
      expect(outside).toEqual([]);
    } catch (error) {
      await saveScreenshot(page, 'graphiql');
      throw error;
    }
  });
});

import { describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, screenshotWidths } from './browser';
import { usersInBrowsers } from './users';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');
const { openAs } = usersInBrowsers(webUrl);

const CLIENT = ['nk-social-security-system', 'dev-secret-nk-social-security'] as const;

async function token(scope: string): Promise<string> {
  const response = await fetch(`${apiUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(CLIENT.join(':')).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function partnerGraphql(bearer: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: Record<string, Record<string, unknown>> };
}

describe('partner screens: the supervisor sees partner reads; the admin sees a client’s webhook log', () => {
  it('接入系统读取记录 lists the read a partner system just made, with the case’s business number', async () => {
    const bearer = await token('cases:read');
    const page = await partnerGraphql(
      bearer,
      '{ cases(first: 1) { nodes { businessNumber applicantName } } }',
    );
    const nodes = page.data.cases!.nodes as { businessNumber: string }[];
    const businessNumber = nodes[0]!.businessNumber;

    const supervisor = await openAs(
      ACCOUNTS.supervisor,
      '/supervisor/partner-reads?clientId=nk-social-security-system',
    );
    await supervisor.getByRole('heading', { name: '接入系统读取记录' }).waitFor();
    const row = supervisor
      .getByTestId('partner-read-table')
      .locator('tr')
      .filter({ hasText: businessNumber })
      .first();
    await row.getByText('南开社保业务系统').waitFor();
    await row.getByText('办件（申请人信息）').waitFor();
    await screenshotWidths(supervisor, 'partner-reads');
  });

  it('推送记录 shows the endpoint a partner registered and its log', async () => {
    const bearer = await token('cases:read');
    const registered = await partnerGraphql(
      bearer,
      `mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) {
        signingSecret userErrors { code } } }`,
      { input: { url: 'https://ss.example.gov.cn/e2e-events', eventTypes: ['case.status_changed'] } },
    );
    expect(registered.data.registerWebhookEndpoint!.userErrors).toEqual([]);

    const admin = await openAs(ACCOUNTS.admin, '/admin/clients');
    await admin.getByRole('link', { name: /推送记录 nk-social-security-system$/ }).click();
    await admin.getByRole('heading', { name: /^推送记录 · 南开社保业务系统/ }).waitFor();
    await admin.getByTestId('webhook-endpoints').getByText('https://ss.example.gov.cn/e2e-events').waitFor();
    await admin.getByTestId('webhook-delivery-table').waitFor();
    await screenshotWidths(admin, 'webhook-log');
  });
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, screenshotWidths, waitForHydration } from './browser';
import { usersInBrowsers } from './users';

const webUrl = inject('webUrl');
const databaseUrl = inject('databaseUrl');
const { openAs } = usersInBrowsers(webUrl);

const SUBSCRIBER = 'national-reporting';
const LAST_ANSWER = 'EndpointRefused: HTTP 503: {"code":"MAINTENANCE","message":"国家平台维护中"}';

describe('国家平台上报 — the admin retries a failed national report', () => {
  const db = new pg.Client({ connectionString: databaseUrl });
  let eventId: string;
  let businessNumber: string;

  beforeAll(async () => {
    await db.connect();
    // A report that failed on every attempt, as the worker leaves it (the stack's worker has no national
    // endpoint configured, so nothing else touches it).
    const { rows } = await db.query<{ id: string; case_id: string; business_number: string }>(
      `SELECT e.id, e.case_id, c.business_number FROM evaluations e JOIN cases c ON c.id = e.case_id
        ORDER BY e.submitted_at LIMIT 1`,
    );
    businessNumber = rows[0]!.business_number;
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO outbox_subscriptions (subscriber, event_type) VALUES ($1, 'evaluation.submitted')
       ON CONFLICT DO NOTHING`,
      [SUBSCRIBER],
    );
    const event = await db.query<{ id: string }>(
      `INSERT INTO outbox_events (id, type, aggregate, payload, occurred_at)
       VALUES (uuid_v7(now()), 'evaluation.submitted', outbox_serialise($1), $2, now()) RETURNING id::text`,
      [rows[0]!.case_id, JSON.stringify({ evaluationId: rows[0]!.id, caseId: rows[0]!.case_id })],
    );
    eventId = event.rows[0]!.id;
    await db.query(
      `UPDATE outbox_deliveries SET status = 'DEAD', attempts = 25, last_error = $3
        WHERE subscriber = $1 AND event_id = $2`,
      [SUBSCRIBER, eventId, LAST_ANSWER],
    );
    await db.query('COMMIT');
  });
  afterAll(() => db.end());

  it('lists the failed report with its last answer under 上报失败 and sends it again with 重新上报', async () => {
    const page = await openAs(ACCOUNTS.admin, '/admin/national-reports?status=FAILED');
    await page.getByRole('heading', { name: '国家平台上报' }).waitFor();
    const row = page.getByTestId('national-report-table').locator('tr').filter({ hasText: businessNumber });
    await row.getByText('上报失败').waitFor();
    await row.getByText('国家平台维护中').waitFor();
    await screenshotWidths(page, 'national-reports');
    const retry = row.getByRole('button', { name: `重新上报 ${businessNumber}` });
    await waitForHydration(retry);
    await retry.click();
    await page.getByText('已重新加入上报队列').waitFor();

    const { rows } = await db.query<{ status: string; attempts: number }>(
      'SELECT status::text, attempts FROM outbox_deliveries WHERE subscriber = $1 AND event_id = $2',
      [SUBSCRIBER, eventId],
    );
    expect(rows[0]).toEqual({ status: 'PENDING', attempts: 0 });
    // The refreshed list no longer shows it among the failed ones; under 待上报 it waits for the worker.
    await row.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: '待上报' }).click();
    await page
      .getByTestId('national-report-table')
      .locator('tr')
      .filter({ hasText: businessNumber })
      .getByText('待上报')
      .waitFor();
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { startFakeEndpoint, type FakeEndpoint } from '../testing/fake-endpoint.ts';
import { recordEvaluationSubmitted } from '../evaluation/evaluation-outbox.ts';
import { dispatchOutbox } from '../jobs/dispatch-outbox.ts';
import { syncOutboxSubscriptions } from '../jobs/sync-outbox-subscriptions.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { nationalReportingHandler } from './national-reporting-handler.ts';

const ADMIN = '120000197001010067';
const SUPERVISOR = '120103199506300055';

type Report = {
  id: string;
  eventType: string;
  businessNumber: string;
  status: string;
  attempts: number;
  lastAnswer: string | null;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
};
const LIST = `query($statuses: [NationalReportStatus!], $businessNumber: String, $first: Int, $after: String) {
  nationalReports(statuses: $statuses, businessNumber: $businessNumber, first: $first, after: $after) {
    nodes { id eventType businessNumber status attempts lastAnswer deliveredAt nextAttemptAt }
    pageInfo { hasNextPage endCursor }
  }
}`;
const RETRY = `mutation($input: RetryNationalReportInput!) {
  retryNationalReport(input: $input) { report { id status attempts nextAttemptAt } userErrors { field code message } }
}`;

describe('国家平台上报 — the admin lists national reports and sends a failed one again', () => {
  let api: TestApi;
  let endpoint: FakeEndpoint;
  let admin: string;
  let caseNumbers: string[];

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    admin = await api.sessionFor(ADMIN);
    await api.db.$executeRaw`TRUNCATE outbox_events, outbox_deliveries, outbox_subscriptions`;
    endpoint = await startFakeEndpoint(() => ({ status: 503, body: '{"code":"MAINTENANCE"}' }));
    const handler = {
      ...nationalReportingHandler({ url: endpoint.url, timeoutMs: 2_000, token: null }),
      maxAttempts: 2,
    };
    await syncOutboxSubscriptions(api.db, [handler]);
    const evaluations = await api.db.evaluation.findMany({
      orderBy: { submittedAt: 'asc' },
      take: 3,
      include: { case: true },
    });
    caseNumbers = evaluations.map((evaluation) => evaluation.case.businessNumber);
    for (const evaluation of evaluations) {
      await api.db.$transaction((tx) => recordEvaluationSubmitted(tx, evaluation));
    }
    // The first case's report fails twice (DEAD = FAILED); then the endpoint accepts the second case's.
    for (let pass = 0; pass < 2; pass++) {
      await dispatchOutbox(api.db, [handler], { baseDelayMs: 0, batchSize: 1 });
    }
    endpoint.behave(() => ({ status: 200 }));
    await dispatchOutbox(api.db, [handler], { baseDelayMs: 0, batchSize: 1 });
  });
  afterAll(async () => {
    await endpoint?.close();
    await api?.close();
  });

  const list = async (variables: Record<string, unknown>, as = { sessionToken: admin }) => {
    const answer = await api.graphql<{ nationalReports: { nodes: Report[] } }>(LIST, variables, as);
    expect(answer.errors).toBeUndefined();
    return answer.data!.nationalReports.nodes;
  };

  it('lists reports newest first with their state and a failed one’s last answer; filters by state and case', async () => {
    const all = await list({ first: 10 });
    expect(all.map((report) => [report.businessNumber, report.status])).toEqual([
      [caseNumbers[2], 'PENDING'],
      [caseNumbers[1], 'DELIVERED'],
      [caseNumbers[0], 'FAILED'],
    ]);
    const [failed] = await list({ statuses: ['FAILED'] });
    expect(failed).toMatchObject({
      businessNumber: caseNumbers[0],
      eventType: 'evaluation.submitted',
      attempts: 2,
      lastAnswer: 'EndpointRefused: HTTP 503: {"code":"MAINTENANCE"}',
      deliveredAt: null,
    });
    expect((await list({ statuses: ['DELIVERED'] }))[0]!.deliveredAt).not.toBeNull();
    expect(await list({ businessNumber: caseNumbers[1] })).toHaveLength(1);
    expect(await list({ statuses: ['RETRYING'] })).toEqual([]);

    const firstPage = await api.graphql<{ nationalReports: { pageInfo: { endCursor: string } } }>(
      LIST,
      { first: 2 },
      { sessionToken: admin },
    );
    const rest = await list({ first: 2, after: firstPage.data!.nationalReports.pageInfo.endCursor });
    expect(rest.map((report) => report.businessNumber)).toEqual([caseNumbers[0]]);
  });

  it('重新上报 makes a failed report due now with fresh attempts; a delivered one and an unknown id are refused', async () => {
    const [failed] = await list({ statuses: ['FAILED'] });
    const retried = await api.graphql<{ retryNationalReport: { report: Report; userErrors: unknown[] } }>(
      RETRY,
      { input: { reportId: failed!.id } },
      { sessionToken: admin },
    );
    expect(retried.data!.retryNationalReport).toMatchObject({
      report: { id: failed!.id, status: 'PENDING', attempts: 0 },
      userErrors: [],
    });
    const audit = await api.db.auditLog.findFirst({ where: { action: 'national_report.retry' } });
    expect(audit?.details).toEqual({ previousStatus: 'DEAD', previousAttempts: 2 });

    const [delivered] = await list({ statuses: ['DELIVERED'] });
    const again = await api.graphql<{
      retryNationalReport: { report: null; userErrors: { code: string }[] };
    }>(RETRY, { input: { reportId: delivered!.id } }, { sessionToken: admin });
    expect(again.data!.retryNationalReport).toEqual({
      report: null,
      userErrors: [
        { field: ['input', 'reportId'], code: 'INVALID', message: '该事件已上报成功，无需重新上报。' },
      ],
    });
    const unknown = await api.graphql<{ retryNationalReport: { userErrors: { code: string }[] } }>(
      RETRY,
      { input: { reportId: toGlobalId('NationalReport', '00000000-0000-7000-8000-000000000000') } },
      { sessionToken: admin },
    );
    expect(unknown.data!.retryNationalReport.userErrors[0]!.code).toBe('NOT_FOUND');
  });

  it('a supervisor is refused the list and the retry', async () => {
    const supervisor = await api.sessionFor(SUPERVISOR);
    const answer = await api.graphql(LIST, { first: 1 }, { sessionToken: supervisor });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [failed] = await list({ first: 1, statuses: ['PENDING'] });
    const retry = await api.graphql(RETRY, { input: { reportId: failed!.id } }, { sessionToken: supervisor });
    expect(retry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

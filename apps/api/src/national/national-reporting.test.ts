import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/use-test-database.ts';
import { startFakeEndpoint, type FakeEndpoint } from '../testing/fake-endpoint.ts';
import type { Db } from '../db/prisma.ts';
import type { Evaluation } from '../generated/prisma/client.ts';
import { recordEvaluationSubmitted } from '../evaluation/evaluation-outbox.ts';
import { dispatchOutbox } from '../jobs/dispatch-outbox.ts';
import { syncOutboxSubscriptions } from '../jobs/sync-outbox-subscriptions.ts';
import { OUTBOX_DEFAULTS, retryDelayMs, type OutboxHandler } from '../jobs/outbox-handler.ts';
import { nationalReportingHandler, NATIONAL_REPORTING_SUBSCRIBER } from './national-reporting-handler.ts';
import { nationalReportingFromEnv } from './national-config.ts';
import type { NationalReportBody } from './build-national-report.ts';

const TIMEOUT_MS = 400;

describe('national reporting: every evaluation event reaches the national endpoint', () => {
  const database = useTestDatabase();
  let db: Db;
  let endpoint: FakeEndpoint;
  let handler: OutboxHandler;
  let evaluations: Evaluation[];

  beforeAll(async () => {
    db = database.db;
    evaluations = await db.evaluation.findMany({ orderBy: { submittedAt: 'asc' }, take: 2 });
    expect(evaluations).toHaveLength(2);
  });
  beforeEach(async () => {
    await db.$executeRaw`TRUNCATE outbox_events, outbox_deliveries, outbox_subscriptions`;
    endpoint = await startFakeEndpoint();
    handler = nationalReportingHandler({ url: endpoint.url, timeoutMs: TIMEOUT_MS, token: 'national-token' });
    await syncOutboxSubscriptions(db, [handler]);
  });
  afterEach(() => endpoint.close());

  /** Records an evaluation.submitted event of the evaluation and returns the event id. */
  async function report(evaluation: Evaluation): Promise<string> {
    await db.$transaction((tx) => recordEvaluationSubmitted(tx, evaluation));
    const [event] = await db.outboxEvent.findMany({ orderBy: { seq: 'desc' }, take: 1 });
    return event!.id;
  }
  const delivery = (eventId: string) =>
    db.outboxDelivery.findUniqueOrThrow({
      where: { subscriber_eventId: { subscriber: NATIONAL_REPORTING_SUBSCRIBER, eventId } },
    });
  const keys = () => endpoint.received.map((request) => request.headers['idempotency-key']);
  const dispatch = (baseDelayMs = 0) => dispatchOutbox(db, [handler], { baseDelayMs });

  it('sends the fields of domain.md with the event id as Idempotency-Key, and marks the report delivered', async () => {
    const eventId = await report(evaluations[0]!);
    expect(await dispatch()).toEqual({ handled: 1, failed: 0 });

    const [request] = endpoint.received;
    expect(request!.headers['idempotency-key']).toBe(eventId);
    expect(request!.headers['authorization']).toBe('Bearer national-token');
    expect(request!.headers['content-type']).toBe('application/json');
    const kase = await db.case.findUniqueOrThrow({
      where: { id: evaluations[0]!.caseId },
      include: { item: true, department: true, applicant: true },
    });
    const body = JSON.parse(request!.body) as NationalReportBody;
    expect(body).toMatchObject({
      eventId,
      eventType: 'evaluation.submitted',
      caseNumber: kase.businessNumber,
      itemCode: kase.item.code,
      departmentCode: kase.department.code,
      regionCode: kase.department.regionCode,
      applicantType: kase.applicant.kind,
      appliedAt: kase.appliedAt!.toISOString(),
      completedAt: kase.completedAt!.toISOString(),
      evaluation: {
        level: evaluations[0]!.level,
        channel: evaluations[0]!.channel,
        isDefault: evaluations[0]!.isDefault,
        submittedAt: evaluations[0]!.submittedAt.toISOString(),
      },
    });
    expect(body.regionCode).toMatch(/^\d{6}$/);
    expect(await delivery(eventId)).toMatchObject({ status: 'DONE', attempts: 1, lastError: null });
  });

  it('a 500 is kept as the last answer and retried with backoff; the case’s next event waits, other cases go on', async () => {
    const first = await report(evaluations[0]!);
    const second = await report(evaluations[0]!);
    const otherCase = await report(evaluations[1]!);
    let refusals = 0;
    endpoint.behave((request) =>
      request.headers['idempotency-key'] === first && refusals++ < 2
        ? { status: 500, body: '国家平台繁忙' }
        : { status: 200, body: 'ok' },
    );

    const before = Date.now();
    expect(await dispatch(60_000)).toEqual({ handled: 1, failed: 1 });
    const failed = await delivery(first);
    expect(failed).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: 'EndpointRefused: HTTP 500: 国家平台繁忙',
    });
    expect(failed.availableAt.getTime() - before).toBeGreaterThan(55_000);
    // The other case's report went; the first case's second event waits behind its first.
    expect(keys()).toEqual([first, otherCase]);
    expect(await dispatch(60_000)).toEqual({ handled: 0, failed: 0 });
    expect((await delivery(second)).attempts).toBe(0);

    await db.$executeRaw`UPDATE outbox_deliveries SET available_at = now() WHERE status = 'PENDING'`;
    expect(await dispatch()).toEqual({ handled: 0, failed: 1 });
    expect((await delivery(second)).attempts).toBe(0);
    while ((await dispatch()).handled > 0);
    expect(keys()).toEqual([first, otherCase, first, first, second]);
    expect(await delivery(first)).toMatchObject({ status: 'DONE', attempts: 3, lastError: null });
    expect(await delivery(second)).toMatchObject({ status: 'DONE', attempts: 1 });
  });

  it('an endpoint that hangs past the timeout is a failed attempt; the retry carries the same Idempotency-Key', async () => {
    endpoint.behave((_request, index) => (index === 0 ? 'hang' : { status: 202 }));
    const eventId = await report(evaluations[0]!);
    const started = Date.now();
    expect(await dispatch()).toEqual({ handled: 0, failed: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 3_000);
    expect((await delivery(eventId)).lastError).toBe(`EndpointRefused: no answer within ${TIMEOUT_MS} ms`);
    expect(await dispatch()).toEqual({ handled: 1, failed: 0 });
    expect(keys()).toEqual([eventId, eventId]);
    expect(endpoint.received.map((request) => request.headers['x-hall-attempt'])).toEqual(['1', '2']);
  });

  it('an answer lost after the endpoint accepted (worker gone before its commit): sent again with the same key, the receiver drops the duplicate', async () => {
    const stored = new Map<string, string>();
    endpoint.behave((request) => {
      const key = String(request.headers['idempotency-key']);
      if (stored.has(key)) return { status: 200, body: 'duplicate' };
      stored.set(key, request.body);
      return { status: 200, body: 'stored' };
    });
    const eventId = await report(evaluations[0]!);
    // The endpoint stored the report; then the worker is stopped before the DONE mark commits.
    const lost = await dispatchOutbox(db, [handler], {
      baseDelayMs: 0,
      hooks: {
        handled: async () => {
          throw new Error('worker killed before commit');
        },
      },
    });
    expect(lost).toEqual({ handled: 0, failed: 1 });
    expect((await delivery(eventId)).status).toBe('PENDING');
    expect(await dispatch()).toEqual({ handled: 1, failed: 0 });
    expect(keys()).toEqual([eventId, eventId]);
    expect(endpoint.received[0]!.body).toBe(endpoint.received[1]!.body);
    expect(stored.size).toBe(1);
  });

  it('the endpoint down (connection refused): retried until it is back, with backoff capped at an hour over more than 12 hours', async () => {
    const eventId = await report(evaluations[0]!);
    const port = endpoint.port;
    await endpoint.close();
    for (let pass = 0; pass < 3; pass++) await dispatch();
    expect(await delivery(eventId)).toMatchObject({
      status: 'PENDING',
      attempts: 3,
      lastError: 'EndpointRefused: connection failed: ECONNREFUSED',
    });
    endpoint = await startFakeEndpoint(() => ({ status: 200 }), port);
    expect(await dispatch()).toEqual({ handled: 1, failed: 0 });
    expect(keys()).toEqual([eventId]);

    // The schedule a dead endpoint meets: the default attempts, delays doubling to the one-hour cap.
    expect(handler.maxAttempts ?? OUTBOX_DEFAULTS.maxAttempts).toBe(25);
    const delays = Array.from({ length: 24 }, (_, i) => retryDelayMs(i + 1));
    expect(Math.max(...delays)).toBe(60 * 60_000);
    expect(delays.reduce((a, b) => a + b, 0)).toBeGreaterThan(12 * 60 * 60_000);
  });

  it('NATIONAL_REPORT_URL turns reporting on; a malformed URL or timeout is refused at start', () => {
    expect(nationalReportingFromEnv({})).toBeNull();
    expect(nationalReportingFromEnv({ NATIONAL_REPORT_URL: 'https://national.example/hcp' })).toEqual({
      url: 'https://national.example/hcp',
      timeoutMs: 10_000,
      token: null,
    });
    expect(() => nationalReportingFromEnv({ NATIONAL_REPORT_URL: 'ftp://x' })).toThrow('http(s)');
    expect(() =>
      nationalReportingFromEnv({ NATIONAL_REPORT_URL: 'https://x', NATIONAL_REPORT_TIMEOUT_MS: '5s' }),
    ).toThrow('NATIONAL_REPORT_TIMEOUT_MS');
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/test-api.ts';
import { armFault, terminateConnection } from './lib/fault-points.ts';
import { parseCst } from './lib/natural-days.ts';
import { createCaseLike } from './testing/fixtures.ts';
import { EVALUATION_EVENTS } from './evaluation/evaluation-outbox.ts';
import { sweepDefaultEvaluations } from './evaluation/sweep-default-evaluations.ts';
import { recordEvaluationSubmitted } from './evaluation/evaluation-outbox.ts';
import { dispatchOutbox } from './jobs/dispatch-outbox.ts';
import { syncOutboxSubscriptions } from './jobs/sync-outbox-subscriptions.ts';
import {
  nationalReportingHandler,
  NATIONAL_REPORTING_SUBSCRIBER,
} from './national/national-reporting-handler.ts';
import { startFakeEndpoint } from './testing/fake-endpoint.ts';
import {
  fetchInto,
  generateCode,
  LI_HUA,
  licenseId,
  licenseSlot,
  newDraft,
  session,
  WANG_GANG,
} from './license/license-testing.ts';

const SS_CASE = '20261121143005667788';
const SYNC = `mutation($input: SyncCaseInput!) { syncCase(input: $input) { outcome userErrors { code } } }`;
type Sync = { syncCase: { outcome: string; userErrors: { code: string }[] } };

/**
 * Faults at named points (lib/fault-points.ts): the database connection of the work's transaction is killed
 * right after its first write. The caller gets 503 DATABASE_UNAVAILABLE, nothing is half-written, and the
 * retry with the same input completes exactly once.
 */
describe('faults at named points inside multi-step writes', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
  });
  afterAll(() => api?.close());
  const kill = () => terminateConnection(inject('adminUrl'));

  async function partnerBearer(): Promise<string> {
    const response = await fetch(`${api.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('nk-social-security-system:dev-secret-nk-social-security').toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'cases:sync' }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  }

  it('syncCase killed between the case update and its event: neither is written; the retry writes both once', async () => {
    const bearer = { bearer: await partnerBearer() };
    const input = {
      businessNumber: 'FP2026120400001',
      applicantIdNumber: LI_HUA,
      itemCode: 'nk-ss-pension-transfer',
      status: 'ACCEPTED',
      appliedAt: '2026-12-01T09:00:00+08:00',
      statusChangedAt: '2026-12-01T09:30:00+08:00',
    };
    const state = async () => {
      const kase = await api.db.case.findFirst({
        where: { businessNumber: input.businessNumber },
        include: { events: { orderBy: { occurredAt: 'asc' } } },
      });
      return (
        kase && { status: kase.status, version: kase.version, events: kase.events.map((e) => e.toStatus) }
      );
    };

    // Created in one statement batch (nested create): the point sits in the update's transaction.
    expect((await api.graphql<Sync>(SYNC, { input }, bearer)).data).toEqual({
      syncCase: { outcome: 'CREATED', userErrors: [] },
    });
    expect(await state()).toMatchObject({ status: 'ACCEPTED', events: ['ACCEPTED'] });

    // Updating: killed after the case's new status, before the transition's event.
    const next = { ...input, status: 'COMPLETED', statusChangedAt: '2026-12-02T10:00:00+08:00' };
    const before = await state();
    armFault('sync-case:after-case', kill());
    expect((await api.graphql<Sync>(SYNC, { input: next }, bearer)).status).toBe(503);
    expect(await state()).toEqual(before);
    expect((await api.graphql<Sync>(SYNC, { input: next }, bearer)).data!.syncCase).toEqual({
      outcome: 'UPDATED',
      userErrors: [],
    });
    expect((await api.graphql<Sync>(SYNC, { input: next }, bearer)).data!.syncCase.outcome).toBe('UNCHANGED');
    expect(await state()).toEqual({
      status: 'COMPLETED',
      version: before!.version + 1,
      events: ['ACCEPTED', 'COMPLETED'],
    });
  });

  it('a license fetch killed after consuming the code: the code stays unused, no material or log; the retry fetches once', async () => {
    const draft = await newDraft(api, LI_HUA);
    const license = await licenseId(api, '天津津南外资科技有限公司');
    const { code, grant } = await generateCode(api, await session(api, WANG_GANG), license.globalId);
    const li = await session(api, LI_HUA);
    const fetchInput = {
      caseId: draft.globalId,
      itemMaterialId: await licenseSlot(api),
      code,
      purpose: '故障演练',
    };
    const written = async () => ({
      grantUsed:
        (
          await api.db.licenseGrant.findFirstOrThrow({
            where: { licenseId: license.id },
            orderBy: { createdAt: 'desc' },
          })
        ).usedAt !== null,
      materials: await api.db.caseMaterial.count({ where: { caseId: draft.id } }),
      logs: await api.db.licenseAccessLog.count({ where: { caseId: draft.id } }),
    });
    expect(grant!.status).toBe('UNUSED');

    armFault('license-fetch:after-code', kill());
    const failed = await api.graphql(
      `mutation($input: FetchLicenseMaterialInput!) { fetchLicenseMaterial(input: $input) { userErrors { code } } }`,
      { input: fetchInput },
      li,
    );
    expect(failed.status).toBe(503);
    expect(failed.errors![0]!.extensions!.code).toBe('DATABASE_UNAVAILABLE');
    expect(await written()).toEqual({ grantUsed: false, materials: 0, logs: 0 });

    expect((await fetchInto(api, li, fetchInput)).userErrors).toEqual([]);
    expect(await written()).toEqual({ grantUsed: true, materials: 1, logs: 1 });
    // The code was consumed exactly once: a second use is refused and writes nothing more.
    expect((await fetchInto(api, li, fetchInput)).userErrors.map((e) => e.code)).not.toEqual([]);
    expect(await written()).toEqual({ grantUsed: true, materials: 1, logs: 1 });
  });

  it('the default sweep killed inside a batch: that batch leaves no evaluation and no outbox event; the rerun defaults each case once', async () => {
    const completedAt = parseCst('2015-01-10 10:00:00');
    // Long before every seeded case: only these are due at `now`.
    const now = parseCst('2015-01-20 12:00:00');
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const kase = await createCaseLike(api.db, SS_CASE, {
        businessNumber: `FPSW${i}x${Date.now()}`,
        status: 'COMPLETED',
        appliedAt: completedAt,
        completedAt,
        statusChangedAt: completedAt,
      });
      ids.push(kase.id);
    }
    const written = async () => {
      const [row] = await api.db.$queryRawUnsafe<{ evaluations: number; events: number }[]>(
        `SELECT (SELECT count(*)::int FROM evaluations WHERE case_id = ANY($1::uuid[])) AS evaluations,
                (SELECT count(*)::int FROM outbox_events WHERE type = $2 AND payload->>'caseId' = ANY($1::text[])) AS events`,
        ids,
        EVALUATION_EVENTS.defaultGiven,
      );
      return row!;
    };

    let batches = 0;
    await expect(
      sweepDefaultEvaluations(api.db, now, {
        batchSize: 5,
        // The first batch commits; the second is killed after its insert, before its commit.
        onBatch: () => {
          batches += 1;
          if (batches === 1) armFault('sweep:after-batch-insert', kill());
        },
      }),
    ).rejects.toThrow();
    expect(batches).toBe(1);
    expect(await written()).toEqual({ evaluations: 5, events: 5 });

    const rerun = await sweepDefaultEvaluations(api.db, now, { batchSize: 5 });
    expect(rerun.inserted).toBe(7);
    expect(await written()).toEqual({ evaluations: 12, events: 12 });
    expect((await sweepDefaultEvaluations(api.db, now, { batchSize: 5 })).inserted).toBe(0);
    expect(await written()).toEqual({ evaluations: 12, events: 12 });
  });

  it('an outbox delivery killed after its handler sent the report: not marked sent; the retry delivers it once, under the same key', async () => {
    // the national endpoint deduplicates by Idempotency-Key, as the README asks of receivers
    const endpoint = await startFakeEndpoint();
    try {
      const handler = nationalReportingHandler({ url: endpoint.url, timeoutMs: 2_000, token: null });
      await api.db.$executeRaw`TRUNCATE outbox_events, outbox_deliveries, outbox_subscriptions`;
      await syncOutboxSubscriptions(api.db, [handler]);
      const evaluation = await api.db.evaluation.findFirstOrThrow({ orderBy: { submittedAt: 'asc' } });
      await api.db.$transaction((tx) => recordEvaluationSubmitted(tx, evaluation));
      const event = await api.db.outboxEvent.findFirstOrThrow();
      const delivery = () =>
        api.db.outboxDelivery.findUniqueOrThrow({
          where: { subscriber_eventId: { subscriber: NATIONAL_REPORTING_SUBSCRIBER, eventId: event.id } },
        });
      const dispatch = () => dispatchOutbox(api.db, [handler], { baseDelayMs: 0 });

      armFault('outbox-delivery:after-handler', kill());
      expect(await dispatch()).toEqual({ handled: 0, failed: 1 });
      expect(endpoint.received).toHaveLength(1); // sent, but the DONE mark died with the connection
      expect(await delivery()).toMatchObject({ status: 'PENDING', attempts: 1, handledAt: null });
      expect((await delivery()).lastError).toMatch(/terminat|connection|closed/i);

      expect(await dispatch()).toEqual({ handled: 1, failed: 0 });
      expect(await delivery()).toMatchObject({ status: 'DONE', attempts: 2 });
      expect(await dispatch()).toEqual({ handled: 0, failed: 0 });
      const keys = endpoint.received.map((request) => request.headers['idempotency-key']);
      expect(keys).toEqual([event.id, event.id]);
      expect(endpoint.received.map((request) => request.headers['x-hall-attempt'])).toEqual(['1', '2']);
      expect(endpoint.received[1]!.body).toBe(endpoint.received[0]!.body);
    } finally {
      await endpoint.close();
    }
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { startFakeEndpoint } from '../testing/fake-endpoint.ts';
import { partnerToken } from '../partner/partner-token.ts';
import { recordCaseStatusChange } from '../case/case-outbox.ts';
import { dispatchOutbox } from '../jobs/dispatch-outbox.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { webhookHandler, webhookBody } from './webhook-handler.ts';
import { signWebhook } from './sign-webhook.ts';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const SS = ['nk-social-security-system', 'dev-secret-nk-social-security'] as const;
const STREET = ['nk-street-system', 'dev-secret-nk-street'] as const;
const ADMIN = '120000197001010067';

const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) {
  registerWebhookEndpoint(input: $input) {
    webhookEndpoint { id url eventTypes isActive }
    signingSecret
    userErrors { field code message }
  }
}`;
const LOG = `query($statuses: [WebhookDeliveryStatus!], $apiClientId: ID) {
  webhookDeliveries(statuses: $statuses, apiClientId: $apiClientId, first: 50) {
    nodes { id deliveryId endpointUrl eventType status attempts lastAnswer deliveredAt }
  }
}`;
const REDELIVER = `mutation($input: RedeliverWebhookInput!) {
  redeliverWebhook(input: $input) { delivery { deliveryId status attempts } userErrors { code } }
}`;

type Registered = {
  registerWebhookEndpoint: {
    webhookEndpoint: { id: string; url: string } | null;
    signingSecret: string | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
};
type Log = {
  webhookDeliveries: {
    nodes: {
      id: string;
      deliveryId: string;
      endpointUrl: string;
      eventType: string;
      status: string;
      attempts: number;
      lastAnswer: string | null;
    }[];
  };
};

/** The guide's fenced blocks of one language, in order. */
async function guideBlocks(language: string): Promise<string[]> {
  const markdown = await readFile(join(repoRoot, 'docs/partners.md'), 'utf8');
  const fence = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm');
  return [...markdown.matchAll(fence)].map((match) => match[1]!);
}

describe('partner webhooks: signed, retried, ordered per case, logged and redelivered', () => {
  let api: TestApi;
  let readToken: string;
  let syncOnlyToken: string;
  let ssCases: string[];
  let otherCase: string;
  const handler = webhookHandler();
  const dispatch = () => dispatchOutbox(api.db, [handler], { baseDelayMs: 0 });

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    readToken = await partnerToken(api.url, ...SS, 'cases:read');
    syncOnlyToken = await partnerToken(api.url, ...SS, 'cases:sync');
    const ss = await api.db.department.findUniqueOrThrow({ where: { code: 'nk-social-security' } });
    ssCases = (
      await api.db.case.findMany({ where: { departmentId: ss.id, status: { not: 'DRAFT' } }, take: 2 })
    ).map((kase) => kase.id);
    otherCase = (await api.db.case.findFirstOrThrow({ where: { departmentId: { not: ss.id } } })).id;
  });
  afterAll(() => api?.close());

  const register = (input: Record<string, unknown>, bearer = readToken) =>
    api.graphql<Registered>(REGISTER, { input }, { bearer }).then((r) => r.data!.registerWebhookEndpoint);
  const changeStatus = (caseId: string) =>
    api.db.$transaction((tx) =>
      recordCaseStatusChange(tx, { caseId, from: 'ACCEPTED', to: 'IN_PROGRESS', occurredAt: new Date() }),
    );

  it('refuses http:// to other hosts, unknown types, types its scopes do not cover and other callers', async () => {
    expect(
      (await register({ url: 'http://ss.example.gov.cn/hook', eventTypes: ['case.created'] })).userErrors,
    ).toEqual([
      {
        field: ['input', 'url'],
        code: 'INVALID',
        message: '回调地址须使用 https://（仅开发和测试环境允许 http://localhost）。',
      },
    ]);
    expect(
      (await register({ url: 'https://ss.example.gov.cn/h', eventTypes: ['case.deleted'] })).userErrors[0],
    ).toMatchObject({
      field: ['input', 'eventTypes'],
      code: 'INVALID',
    });
    for (const internal of [
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.7/hook',
      'https://[fd00::1]/',
    ]) {
      expect((await register({ url: internal, eventTypes: ['case.created'] })).userErrors, internal).toEqual([
        { field: ['input', 'url'], code: 'INVALID', message: '回调地址不能指向内部网络、本机或保留地址。' },
      ]);
    }
    const uncovered = await register({
      url: 'https://ss.example.gov.cn/h',
      eventTypes: ['evaluation.submitted'],
    });
    expect(uncovered.userErrors[0]).toMatchObject({ field: ['input', 'eventTypes'], code: 'FORBIDDEN' });
    const syncOnly = await api.graphql(
      REGISTER,
      { input: { url: 'https://x.example/h', eventTypes: ['case.created'] } },
      { bearer: syncOnlyToken },
    );
    expect(syncOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await api.db.webhookEndpoint.count()).toBe(0);
    // The database holds the URL rule too.
    const client = await api.db.apiClient.findUniqueOrThrow({ where: { clientId: SS[0] } });
    await expect(
      api.db.webhookEndpoint.create({
        data: {
          clientId: client.id,
          url: 'http://ss.example.gov.cn/',
          eventTypes: ['case.created'],
          secret: 'x',
        },
      }),
    ).rejects.toThrow('webhook_endpoints_url_scheme');
  });

  it('the guide’s registration example registers an https endpoint and shows its secret once', async () => {
    const [example] = await guideBlocks('graphql');
    const answer = await api.graphql<Registered>(example!, {}, { bearer: readToken });
    expect(answer.data!.registerWebhookEndpoint.userErrors).toEqual([]);
    expect(answer.data!.registerWebhookEndpoint.signingSecret).toMatch(/^whsec_/);
    const stored = await api.db.webhookEndpoint.findFirstOrThrow({
      where: { url: 'https://ss.example.gov.cn/hall-events' },
    });
    expect(stored.secret).not.toContain(answer.data!.registerWebhookEndpoint.signingSecret);
    await api.db.webhookEndpoint.update({
      where: { id: stored.id },
      data: { isActive: false, disabledAt: new Date() },
    });
  });

  it('retries a failed delivery with the same delivery id, keeps the case’s order, sends only the client’s department', async () => {
    let failures = 0;
    const endpoint = await startFakeEndpoint((request) =>
      JSON.parse(request.body).data.caseId === toGlobalId('Case', ssCases[0]!) && failures++ < 1
        ? { status: 500, body: 'receiver down' }
        : { status: 204 },
    );
    try {
      const registered = await register({ url: `${endpoint.url}hook`, eventTypes: ['case.status_changed'] });
      expect(registered.userErrors).toEqual([]);
      const secret = registered.signingSecret!;
      await changeStatus(ssCases[0]!);
      await changeStatus(ssCases[0]!);
      await changeStatus(ssCases[1]!);
      await changeStatus(otherCase);
      const endpointId = registered.webhookEndpoint!.id;
      expect(await api.db.outboxDelivery.count({ where: { subscriber: { startsWith: 'webhook:' } } })).toBe(
        3,
      );

      expect(await dispatch()).toEqual({ handled: 1, failed: 1 });
      const log = await api.graphql<Log>(LOG, { statuses: ['RETRYING'] }, { bearer: readToken });
      expect(log.data!.webhookDeliveries.nodes).toMatchObject([
        {
          eventType: 'case.status_changed',
          attempts: 1,
          lastAnswer: 'EndpointRefused: HTTP 500: receiver down',
        },
      ]);
      await api.db.$executeRaw`UPDATE outbox_deliveries SET available_at = now() WHERE status = 'PENDING'`;
      while ((await dispatch()).handled > 0);

      const caseOf = (body: string) => JSON.parse(body).data.caseId as string;
      const firstCase = toGlobalId('Case', ssCases[0]!);
      const ids = endpoint.received.map((r) => r.headers['x-hall-delivery']);
      // case 0: its first event twice (500, then accepted), then its second; case 1 went on meanwhile
      expect(endpoint.received.map((r) => caseOf(r.body))).toEqual([
        firstCase,
        toGlobalId('Case', ssCases[1]!),
        firstCase,
        firstCase,
      ]);
      expect(ids[0]).toBe(ids[2]);
      expect(ids[3]).not.toBe(ids[0]);
      for (const request of endpoint.received) {
        const [, t] = /^t=(\d+),v1=[0-9a-f]{64}$/.exec(String(request.headers['x-hall-signature']))!;
        expect(request.headers['x-hall-signature']).toBe(signWebhook(secret, request.body, Number(t)));
        expect(request.body).not.toContain('"comment"');
      }
      expect(endpointId).toBeTruthy();

      // The log: the partner's own, all delivered; another client's token sees none of it; the admin names the client.
      const own = await api.graphql<Log>(LOG, {}, { bearer: readToken });
      expect(own.data!.webhookDeliveries.nodes.map((n) => n.status)).toEqual([
        'DELIVERED',
        'DELIVERED',
        'DELIVERED',
      ]);
      const street = await api.graphql<Log>(
        LOG,
        {},
        { bearer: await partnerToken(api.url, ...STREET, 'cases:read') },
      );
      expect(street.data!.webhookDeliveries.nodes).toEqual([]);
      const ssClient = await api.db.apiClient.findUniqueOrThrow({ where: { clientId: SS[0] } });
      const admin = await api.graphql<Log>(
        LOG,
        { apiClientId: toGlobalId('ApiClient', ssClient.id) },
        { sessionToken: await api.sessionFor(ADMIN) },
      );
      expect(admin.data!.webhookDeliveries.nodes).toHaveLength(3);
    } finally {
      await endpoint.close();
      await api.db.webhookEndpoint.updateMany({ data: { isActive: false, disabledAt: new Date() } });
    }
  });

  it('the guide’s receiver verifies the signature, refuses a forged one and drops a redelivered duplicate', async () => {
    const [receiverSource] = await guideBlocks('typescript');
    const dir = await mkdtemp(join(tmpdir(), 'hall-webhook-receiver-'));
    const probe = await startFakeEndpoint();
    const port = probe.port;
    await probe.close();
    const registered = await register({
      url: `http://127.0.0.1:${port}/events`,
      eventTypes: ['case.status_changed'],
    });
    expect(registered.userErrors).toEqual([]);
    await writeFile(join(dir, 'receiver.ts'), receiverSource!);
    let output = '';
    const receiver: ChildProcess = spawn(
      join(repoRoot, 'node_modules/.bin/node'),
      [join(dir, 'receiver.ts')],
      {
        env: { ...process.env, HALL_WEBHOOK_SECRET: registered.signingSecret!, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const waitFor = (text: RegExp) =>
      new Promise<RegExpExecArray>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no ${text} in:\n${output}`)), 20_000);
        const look = () => {
          const match = text.exec(output);
          if (match) {
            clearTimeout(timer);
            done(match);
          }
        };
        receiver.stdout!.on('data', (chunk: Buffer) => ((output += chunk.toString()), look()));
        receiver.stderr!.on('data', (chunk: Buffer) => ((output += chunk.toString()), look()));
        look();
      });
    try {
      await waitFor(/receiver listening/);
      await changeStatus(ssCases[1]!);
      expect(await dispatch()).toEqual({ handled: 1, failed: 0 });
      const [, deliveryId] = await waitFor(/received case\.status_changed (\S+) /);

      // A forged signature (another secret) is refused by the receiver.
      const body = webhookBody({
        id: deliveryId!,
        type: 'case.completed',
        occurredAt: new Date(),
        payload: {},
      });
      const forged = await fetch(`http://127.0.0.1:${port}/events`, {
        method: 'POST',
        headers: { 'x-hall-signature': signWebhook('whsec_wrong', body, Math.floor(Date.now() / 1000)) },
        body,
      });
      expect(forged.status).toBe(400);

      // Redelivery through the log: the same delivery id; the receiver recognises the duplicate.
      const log = await api.graphql<Log>(LOG, { statuses: ['DELIVERED'] }, { bearer: readToken });
      const delivery = log.data!.webhookDeliveries.nodes.find((n) => n.deliveryId === deliveryId)!;
      const again = await api.graphql<{
        redeliverWebhook: { delivery: { status: string; attempts: number } };
      }>(REDELIVER, { input: { deliveryId: delivery.id } }, { bearer: readToken });
      expect(again.data!.redeliverWebhook.delivery).toEqual({ deliveryId, status: 'PENDING', attempts: 0 });
      const stranger = await api.graphql<{ redeliverWebhook: { userErrors: { code: string }[] } }>(
        REDELIVER,
        { input: { deliveryId: delivery.id } },
        { bearer: await partnerToken(api.url, ...STREET, 'cases:read') },
      );
      expect(stranger.data!.redeliverWebhook.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
      expect(await dispatch()).toEqual({ handled: 1, failed: 0 });
      await waitFor(new RegExp(`duplicate ${deliveryId}`));
    } finally {
      receiver.kill();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('disabling an endpoint (its own only) drops its queued deliveries and stops new ones', async () => {
    const DISABLE = `mutation($input: DisableWebhookEndpointInput!) {
      disableWebhookEndpoint(input: $input) { webhookEndpoint { isActive } userErrors { code } } }`;
    const registered = await register({
      url: 'https://ss.example.gov.cn/to-disable',
      eventTypes: ['case.status_changed'],
    });
    const endpointId = registered.webhookEndpoint!.id;
    await changeStatus(ssCases[0]!);
    const subscriber = `webhook:${(await api.db.webhookEndpoint.findFirstOrThrow({ where: { url: 'https://ss.example.gov.cn/to-disable' } })).id}`;
    expect(await api.db.outboxDelivery.count({ where: { subscriber, status: 'PENDING' } })).toBe(1);

    const stranger = await api.graphql<{ disableWebhookEndpoint: { userErrors: { code: string }[] } }>(
      DISABLE,
      { input: { webhookEndpointId: endpointId } },
      { bearer: await partnerToken(api.url, ...STREET, 'cases:read') },
    );
    expect(stranger.data!.disableWebhookEndpoint.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const own = await api.graphql<{ disableWebhookEndpoint: { webhookEndpoint: { isActive: boolean } } }>(
      DISABLE,
      { input: { webhookEndpointId: endpointId } },
      { bearer: readToken },
    );
    expect(own.data!.disableWebhookEndpoint.webhookEndpoint).toEqual({ isActive: false });
    expect(await api.db.outboxDelivery.count({ where: { subscriber } })).toBe(0);
    await changeStatus(ssCases[0]!);
    expect(await api.db.outboxDelivery.count({ where: { subscriber } })).toBe(0);
  });
});

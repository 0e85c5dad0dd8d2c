import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';

const WINDOW_CLERK = '120101199007150029';
const CITIZEN = '11010519491231002X';

const LOOK_UP =
  'mutation($n: String!) { lookUpCitizen(idNumber: $n) { citizen { name maskedIdNumber } userErrors { field code message } } }';
const RECORD = `mutation($input: RecordWindowCaseInput!) {
  recordWindowCase(input: $input) { case { id source status businessNumber appliedAt applicantName } userErrors { field code message } }
}`;

type RecordPayload = {
  recordWindowCase: {
    case: {
      id: string;
      source: string;
      status: string;
      businessNumber: string;
      appliedAt: string;
      applicantName: string;
    } | null;
    userErrors: { field: string[]; code: string }[];
  };
};

describe('window intake', () => {
  let api: TestApi;
  let clerk: { sessionToken: string };
  let citizen: { sessionToken: string };
  let itemId: string;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    clerk = { sessionToken: await api.sessionFor(WINDOW_CLERK) };
    citizen = { sessionToken: await api.sessionFor(CITIZEN) };
    const item = await api.db.serviceItem.findUniqueOrThrow({
      where: { code: 'tj-transport-ops-vehicle-review' },
    });
    itemId = toGlobalId('ServiceItem', item.id);
  });
  afterAll(() => api?.close());

  it('finds a citizen by ID number, masked, and audits every look-up', async () => {
    const before = await api.db.auditLog.count({ where: { action: 'citizen.lookup_by_id_number' } });
    const found = await api.graphql<{ lookUpCitizen: { citizen: { name: string; maskedIdNumber: string } } }>(
      LOOK_UP,
      { n: '11010519491231002x' },
      clerk,
      { 'x-forwarded-for': '203.0.113.7' },
    );
    expect(found.data!.lookUpCitizen.citizen).toEqual({ name: '李华', maskedIdNumber: '110***********002X' });
    const unknown = await api.graphql<{ lookUpCitizen: { citizen: null; userErrors: { code: string }[] } }>(
      LOOK_UP,
      { n: '120104198503120026' },
      clerk,
    );
    expect(unknown.data!.lookUpCitizen.userErrors[0]!.code).toBe('UNKNOWN_CITIZEN');

    const logs = await api.db.auditLog.findMany({
      where: { action: 'citizen.lookup_by_id_number' },
      orderBy: { occurredAt: 'asc' },
    });
    expect(logs).toHaveLength(before + 2);
    const clerkRow = await api.db.user.findFirstOrThrow({ where: { name: '刘洋' } });
    expect(logs.every((log) => log.actorUserId === clerkRow.id)).toBe(true);
    expect(logs.at(-2)!.ip).toBe('203.0.113.7');
    expect(JSON.stringify(logs.map((log) => log.details))).not.toContain('11010519491231002');
  });

  it('refuses an ID number with a wrong check digit before looking it up', async () => {
    const before = await api.db.auditLog.count();
    const wrong = await api.graphql<{
      lookUpCitizen: { userErrors: { field: string[]; code: string; message: string }[] };
    }>(LOOK_UP, { n: '110105194912310021' }, clerk);
    expect(wrong.data!.lookUpCitizen.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['idNumber'] });
    expect(wrong.data!.lookUpCitizen.userErrors[0]!.message).toContain('校验位');
    expect(await api.db.auditLog.count()).toBe(before);
  });

  it('records a window case that then shows in the citizen’s 在办件 with 来源 窗口申报', async () => {
    const input = {
      applicantIdNumber: CITIZEN,
      itemId,
      businessNumber: '261126101530123400',
      appliedAt: '2026-11-26T10:15:30+08:00',
    };
    const recorded = await api.graphql<RecordPayload>(RECORD, { input }, clerk);
    expect(recorded.data!.recordWindowCase.userErrors).toEqual([]);
    expect(recorded.data!.recordWindowCase.case).toMatchObject({
      source: 'WINDOW',
      status: 'RECEIVED',
      businessNumber: '261126101530123400',
      appliedAt: '2026-11-26T10:15:30+08:00',
      applicantName: '李华',
    });
    const mine = await api.graphql<{ myCases: { nodes: { businessNumber: string; source: string }[] } }>(
      '{ myCases(list: IN_PROGRESS, source: WINDOW) { nodes { businessNumber source } } }',
      {},
      citizen,
    );
    expect(mine.data!.myCases.nodes.map((node) => node.businessNumber)).toContain('261126101530123400');

    const again = await api.graphql<RecordPayload>(RECORD, { input }, clerk);
    expect(again.data!.recordWindowCase.userErrors[0]).toMatchObject({
      code: 'TAKEN',
      field: ['input', 'businessNumber'],
    });
  });

  it('explains every problem of a bad input in the caller’s terms', async () => {
    const input = {
      applicantIdNumber: '110105194912310021',
      itemId: 'bogus',
      businessNumber: '12 34',
      appliedAt: '2099-01-01T00:00:00+08:00',
    };
    const result = await api.graphql<RecordPayload>(RECORD, { input }, clerk);
    expect(result.data!.recordWindowCase.userErrors.map((error) => error.field.join('.')).sort()).toEqual([
      'input.appliedAt',
      'input.businessNumber',
      'input.itemId',
    ]);
  });

  it('is open to window staff only', async () => {
    const input = {
      applicantIdNumber: CITIZEN,
      itemId,
      businessNumber: '261126101530999999',
      appliedAt: '2026-11-26T10:15:30+08:00',
    };
    const asCitizen = await api.graphql(RECORD, { input }, citizen);
    expect(asCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(LOOK_UP, { n: CITIZEN });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

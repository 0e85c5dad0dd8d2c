import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { LIST_OF_STATUS } from './case-lists.ts';
import type { CaseStatus } from '../generated/prisma/client.ts';

const SOCIAL_SECURITY_CLERK = '120102198801010033';
const APPROVAL_CLERK = '120104197911200047';
const CITIZEN = '11010519491231002X';

const CASE_FIELDS =
  'case { id status version: businessNumber trackingNumber deliveryMethod resultSummary availableActions timeline { toStatus actorName reason missingMaterials } } userErrors { field code message }';

type Payload = {
  case: {
    status: string;
    trackingNumber: string | null;
    availableActions: string[];
    timeline: {
      toStatus: string;
      actorName: string | null;
      reason: string | null;
      missingMaterials: string[];
    }[];
  } | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
};

describe('department workbench', () => {
  let api: TestApi;
  let clerk: { sessionToken: string };
  let otherClerk: { sessionToken: string };
  let citizen: { sessionToken: string };

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    clerk = { sessionToken: await api.sessionFor(SOCIAL_SECURITY_CLERK) };
    otherClerk = { sessionToken: await api.sessionFor(APPROVAL_CLERK) };
    citizen = { sessionToken: await api.sessionFor(CITIZEN) };
  });
  afterAll(() => api?.close());

  async function caseId(businessNumber: string) {
    const row = await api.db.case.findFirstOrThrow({ where: { businessNumber } });
    return toGlobalId('Case', row.id);
  }

  async function newReceivedCase(businessNumber: string) {
    return toGlobalId('Case', (await createCaseLike(api.db, '20261121143005667788', { businessNumber })).id);
  }

  async function mutate(name: string, input: Record<string, unknown>, as = clerk) {
    const result = await api.graphql<Record<string, Payload>>(
      `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${CASE_FIELDS} } }`,
      { input },
      as,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data![name]!;
  }

  it('lists only the own department’s cases', async () => {
    const query = '{ departmentCases(first: 100) { totalCount nodes { department { name } status } } }';
    const mine = await api.graphql<{
      departmentCases: { totalCount: number; nodes: { department: { name: string }; status: string }[] };
    }>(query, {}, clerk);
    const names = new Set(mine.data!.departmentCases.nodes.map((node) => node.department.name));
    expect(names).toEqual(new Set(['南开社保分中心']));
    expect(mine.data!.departmentCases.nodes.some((node) => node.status === 'DRAFT')).toBe(false);
    expect(mine.data!.departmentCases.totalCount).toBe(8); // with the recent case carrying a 差评 (好差评 seed)

    const citizenTry = await api.graphql(query, {}, citizen);
    expect(citizenTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('counts each list as the raw rows do, after transitions, for one item and for a keyword too', async () => {
    type Counts = { totalCount: number; listCounts: { list: string; count: number }[] };
    const counts = async (args: string) =>
      (
        await api.graphql<{ departmentCases: Counts }>(
          `{ departmentCases(first: 1${args}) { totalCount listCounts { list count } } }`,
          {},
          clerk,
        )
      ).data!.departmentCases;
    const raw = async (where: string) => {
      const rows = await api.db.$queryRawUnsafe<{ status: string; n: number }[]>(
        `SELECT c.status::text AS status, count(*)::int AS n FROM cases c JOIN departments d ON d.id = c.department_id
          WHERE d.name = '南开社保分中心' AND c.status <> 'DRAFT' ${where} GROUP BY 1`,
      );
      const byList = new Map<string, number>();
      for (const { status, n } of rows) {
        const list = LIST_OF_STATUS[status as CaseStatus];
        byList.set(list, (byList.get(list) ?? 0) + n);
      }
      return byList;
    };
    const id = await newReceivedCase('20261126090000000109');
    await mutate('acceptCase', { caseId: id });
    await mutate('rejectCase', { caseId: await newReceivedCase('20261126090000000110'), reason: '材料不全' });
    const kase = await api.db.case.findFirstOrThrow({ where: { businessNumber: '20261126090000000109' } });
    for (const [args, where] of [
      ['', ''],
      [`, itemId: "${toGlobalId('ServiceItem', kase.itemId)}"`, `AND c.item_id = '${kase.itemId}'`],
      [', keyword: "20261126090000000109"', `AND c.business_number = '20261126090000000109'`],
    ] as const) {
      const listed = await counts(args);
      const expected = await raw(where);
      for (const { list, count } of listed.listCounts)
        expect([list, count]).toEqual([list, expected.get(list) ?? 0]);
      expect(listed.totalCount).toBe([...expected.values()].reduce((sum, n) => sum + n, 0));
    }
  });

  it('takes a case from 在办件 to 办结 with EMS delivery, each step on the timeline', async () => {
    const id = await newReceivedCase('20261126090000000101');
    expect((await mutate('acceptCase', { caseId: id })).case!.status).toBe('ACCEPTED');
    expect((await mutate('startProcessing', { caseId: id })).case!.status).toBe('IN_PROGRESS');
    const done = await mutate('completeCase', {
      caseId: id,
      result: '准予许可',
      deliveryMethod: 'EMS',
      trackingNumber: 'ea123456789cn',
    });
    expect(done.userErrors).toEqual([]);
    expect(done.case!.status).toBe('COMPLETED');
    expect(done.case!.trackingNumber).toBe('EA123456789CN');
    expect(done.case!.timeline.map((event) => event.toStatus)).toEqual([
      'ACCEPTED',
      'IN_PROGRESS',
      'COMPLETED',
    ]);
    expect(done.case!.timeline.every((event) => event.actorName === '赵敏')).toBe(true);
  });

  it('refuses an illegal transition and leaves the case untouched', async () => {
    const id = await caseId('20191107180245378802'); // a completed guide case of this department
    const before = await api.db.case.findFirstOrThrow({ where: { businessNumber: '20191107180245378802' } });
    const result = await mutate('acceptCase', { caseId: id });
    expect(result.case).toBeNull();
    expect(result.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'caseId'] });
    const after = await api.db.case.findFirstOrThrow({ where: { id: before.id } });
    expect(after).toEqual(before);
    expect(await api.db.caseEvent.count({ where: { caseId: before.id } })).toBe(4);
  });

  it('sends one 补正 notice listing every missing material, and refuses a second', async () => {
    const id = await newReceivedCase('20261126090000000102');
    const empty = await mutate('requestCorrection', { caseId: id, missingMaterials: [' '] });
    expect(empty.userErrors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'missingMaterials'] });

    const notice = await mutate('requestCorrection', {
      caseId: id,
      missingMaterials: ['恢复待遇申请表', '居民身份证', '居民身份证'],
    });
    expect(notice.case!.status).toBe('CORRECTION_REQUIRED');
    expect(notice.case!.timeline.at(-1)!.missingMaterials).toEqual(['恢复待遇申请表', '居民身份证']);

    // The applicant resubmits; the department may not send a second notice.
    await api.db.case.update({
      where: {
        id: (await api.db.case.findFirstOrThrow({ where: { businessNumber: '20261126090000000102' } })).id,
      },
      data: { status: 'RECEIVED' },
    });
    const second = await mutate('requestCorrection', { caseId: id, missingMaterials: ['其他材料'] });
    expect(second.userErrors[0]!.code).toBe('INVALID_TRANSITION');
  });

  it('accepts on commitment with a promised day, and rejects only with a reason', async () => {
    const committed = await newReceivedCase('20261126090000000103');
    const past = await mutate('acceptCase', { caseId: committed, commitmentDueDate: '2020-01-01' });
    expect(past.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'commitmentDueDate'] });
    const ok = await mutate('acceptCase', { caseId: committed, commitmentDueDate: '2099-03-01' });
    expect(ok.case!.status).toBe('ACCEPTED_ON_COMMITMENT');
    const stored = await api.db.case.findFirstOrThrow({ where: { businessNumber: '20261126090000000103' } });
    expect(stored.commitmentDueAt!.toISOString()).toBe('2099-03-01T16:00:00.000Z');

    const rejected = await newReceivedCase('20261126090000000104');
    expect((await mutate('rejectCase', { caseId: rejected, reason: '  ' })).userErrors[0]!.code).toBe(
      'REQUIRED',
    );
    const done = await mutate('rejectCase', { caseId: rejected, reason: '不属于本部门受理范围' });
    expect(done.case!.status).toBe('REJECTED');
    expect(done.case!.timeline.at(-1)!.reason).toBe('不属于本部门受理范围');
  });

  it('requires a tracking number for EMS and refuses one for window pick-up', async () => {
    const id = await newReceivedCase('20261126090000000105');
    await mutate('acceptCase', { caseId: id });
    const missing = await mutate('completeCase', { caseId: id, result: '准予', deliveryMethod: 'EMS' });
    expect(missing.userErrors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'trackingNumber'] });
    const extra = await mutate('completeCase', {
      caseId: id,
      result: '准予',
      deliveryMethod: 'WINDOW_PICKUP',
      trackingNumber: 'EA123456789CN',
    });
    expect(extra.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'trackingNumber'] });
    expect(
      (await api.db.case.findFirstOrThrow({ where: { businessNumber: '20261126090000000105' } })).status,
    ).toBe('ACCEPTED');
  });

  it('refuses a stale version instead of overwriting another clerk’s change', async () => {
    const id = await newReceivedCase('20261126090000000106');
    const stale = await mutate('acceptCase', { caseId: id, expectedVersion: 7 });
    expect(stale.userErrors[0]!.code).toBe('STALE');
    const fresh = await mutate('acceptCase', { caseId: id, expectedVersion: 0 });
    expect(fresh.case!.status).toBe('ACCEPTED');
  });

  it('hides the case from another department’s staff and refuses their actions', async () => {
    const id = await newReceivedCase('20261126090000000107');
    const seen = await api.graphql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id },
      otherClerk,
    );
    expect(seen.data!.node).toBeNull();
    const list = await api.graphql<{ departmentCases: { nodes: { id: string }[] } }>(
      '{ departmentCases(first: 100) { nodes { id } } }',
      {},
      otherClerk,
    );
    expect(list.data!.departmentCases.nodes.map((node) => node.id)).not.toContain(id);
    const acted = await mutate('acceptCase', { caseId: id }, otherClerk);
    expect(acted.userErrors[0]!.code).toBe('NOT_FOUND');
    const citizenActs = await api.graphql(
      'mutation($id: ID!) { acceptCase(input: { caseId: $id }) { userErrors { code } } }',
      { id },
      citizen,
    );
    expect(citizenActs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await api.db.case.findFirstOrThrow({ where: { businessNumber: '20261126090000000107' } })).status,
    ).toBe('RECEIVED');
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { Readable } from 'node:stream';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import {
  CHEN_JING,
  extraCitizens,
  fetchInto,
  generateCode,
  LI_HUA,
  licenseId,
  licenseSlot,
  MARKET_CLERK,
  newDraft,
  session,
  testClock,
  WANG_GANG,
} from './license-testing.ts';

const WRONG = '验证码错误或已失效。';
const MINUTE = 60_000;

describe('获取证照库文件 (fetchLicenseMaterial)', () => {
  const clock = testClock(Math.floor(Date.now() / 1000) * 1000);
  let api: TestApi;
  let wang: { sessionToken: string };
  let li: { sessionToken: string };
  let chen: { sessionToken: string };
  let slot: string;
  let wangLicense: Awaited<ReturnType<typeof licenseId>>;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
    wang = await session(api, WANG_GANG);
    li = await session(api, LI_HUA);
    chen = await session(api, CHEN_JING);
    slot = await licenseSlot(api);
    wangLicense = await licenseId(api, '天津津南外资科技有限公司');
  });
  afterAll(() => api?.close());
  beforeEach(async () => {
    await api.db.abuseCounter.deleteMany({ where: { key: { startsWith: 'license-code:' } } });
  });

  const accessRows = (caseId: string) => api.db.licenseAccessLog.findMany({ where: { caseId } });
  const materials = (caseId: string) => api.db.caseMaterial.findMany({ where: { caseId } });

  it('attaches the license as a level-A material with the mark, consumes the code and logs the fetch once', async () => {
    const draft = await newDraft(api, LI_HUA);
    const { code, grant } = await generateCode(api, wang, wangLicense.globalId);
    expect(code).toMatch(/^[0-9]{8}$/);
    expect(grant!.status).toBe('UNUSED');

    const payload = await fetchInto(api, li, {
      caseId: draft.globalId,
      itemMaterialId: slot,
      code,
      purpose: '外商投资项目核准',
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.material).toMatchObject({
      name: expect.stringContaining('营业执照'),
      trustLevel: 'A',
      licenseSnapshot: {
        name: '天津津南外资科技有限公司',
        creditCode: '91120116MA06ABCD12',
        legalRepresentative: '王刚',
        status: 'ACTIVE',
        providedBy: '天津市市场监督管理委员会',
      },
    });

    const [row] = await materials(draft.id);
    expect(row).toMatchObject({
      trustLevel: 'A',
      licenseId: wangLicense.id,
      contentType: 'text/html; charset=utf-8',
    });
    const stored = await streamText(await api.storage.get(row!.storageKey!));
    expect(stored).toContain('此件由天津市市场监督管理委员会提供，仅供办理政务服务事项时使用');
    expect(stored).toContain('91120116MA06ABCD12');
    expect(Buffer.byteLength(stored)).toBe(row!.sizeBytes);

    const logs = await accessRows(draft.id);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      outcome: 'GRANTED',
      licenseId: wangLicense.id,
      purpose: '外商投资项目核准',
    });
    const used = await api.db.licenseGrant.findFirstOrThrow({
      where: { licenseId: wangLicense.id, usedForCaseId: draft.id },
    });
    expect(used.usedAt).not.toBeNull();

    // The holder sees the code as 已使用 and the fetch: who (masked), which case, purpose.
    const view = await api.graphql<{
      myLicenses: {
        name: string;
        grants: { nodes: { status: string }[] };
        accessLog: { nodes: Record<string, string>[] };
      }[];
    }>(
      `{ myLicenses { name grants(first: 5) { nodes { status } } accessLog(first: 5) { nodes { accessorName accessorMaskedIdNumber businessNumber itemName purpose outcome } } } }`,
      {},
      wang,
    );
    const mine = view.data!.myLicenses.find((l) => l.name === '天津津南外资科技有限公司')!;
    expect(mine.grants.nodes[0]!.status).toBe('USED');
    expect(mine.accessLog.nodes[0]).toEqual({
      accessorName: '李华',
      accessorMaskedIdNumber: '110***********002X',
      businessNumber: draft.businessNumber,
      itemName: '外商投资项目核准',
      purpose: '外商投资项目核准',
      outcome: 'GRANTED',
    });

    // The same code again, into another draft: refused with the plain message, nothing written.
    const other = await newDraft(api, LI_HUA);
    const again = await fetchInto(api, li, { caseId: other.globalId, itemMaterialId: slot, code });
    expect(again.userErrors).toEqual([{ field: ['input', 'code'], code: 'INVALID', message: WRONG }]);
    expect(await materials(other.id)).toEqual([]);
    expect(await accessRows(other.id)).toEqual([]);
  });

  it('lets exactly one of 20 concurrent fetches with the same code win', async () => {
    const applicants = await extraCitizens(api, 20);
    const drafts = await Promise.all(
      applicants.map(async (_s, i) => {
        const user = await api.db.user.findFirstOrThrow({ where: { name: `测试用户${i}` } });
        const { newDraftFor } = await import('./license-testing.ts');
        return newDraftFor(api, user.id);
      }),
    );
    const { code } = await generateCode(api, wang, wangLicense.globalId);
    const results = await Promise.all(
      applicants.map((as, i) =>
        fetchInto(api, as, { caseId: drafts[i]!.globalId, itemMaterialId: slot, code }),
      ),
    );
    const winners = results.filter((r) => r.material);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => !r.material)) {
      expect(loser.userErrors).toEqual([{ field: ['input', 'code'], code: 'INVALID', message: WRONG }]);
    }
    const ids = drafts.map((d) => d.id);
    expect(await api.db.caseMaterial.count({ where: { caseId: { in: ids } } })).toBe(1);
    expect(await api.db.licenseAccessLog.count({ where: { caseId: { in: ids }, outcome: 'GRANTED' } })).toBe(
      1,
    );
  });

  it('refuses a code exactly at its expiry instant and accepts it one millisecond before', async () => {
    const start = clock.at;
    const first = await generateCode(api, wang, wangLicense.globalId);
    const second = await generateCode(api, wang, wangLicense.globalId);
    clock.at = start + 10 * MINUTE - 1;
    const early = await fetchInto(api, li, {
      caseId: (await newDraft(api, LI_HUA)).globalId,
      itemMaterialId: slot,
      code: first.code,
    });
    expect(early.userErrors).toEqual([]);
    clock.at = start + 10 * MINUTE;
    const draft = await newDraft(api, LI_HUA);
    const late = await fetchInto(api, li, {
      caseId: draft.globalId,
      itemMaterialId: slot,
      code: second.code,
    });
    expect(late.userErrors).toEqual([{ field: ['input', 'code'], code: 'INVALID', message: WRONG }]);
    expect(await materials(draft.id)).toEqual([]);
    const view = await api.graphql<{ node: { status: string } }>(
      `query($id: ID!) { node(id: $id) { ... on LicenseGrant { status } } }`,
      { id: second.grant!.id },
      wang,
    );
    expect(view.data!.node.status).toBe('EXPIRED');
    clock.at = start;
  });

  it('refuses a revoked code, and revocation only once and only by the holder side', async () => {
    const { code, grant } = await generateCode(api, wang, wangLicense.globalId);
    const REVOKE = `mutation($input: RevokeLicenseCodeInput!) { revokeLicenseCode(input: $input) { grant { status } userErrors { field code message } } }`;
    const byOther = await api.graphql<{ revokeLicenseCode: { userErrors: { code: string }[] } }>(
      REVOKE,
      { input: { grantId: grant!.id } },
      li,
    );
    expect(byOther.data!.revokeLicenseCode.userErrors[0]!.code).toBe('NOT_FOUND');
    const revoked = await api.graphql<{ revokeLicenseCode: { grant: { status: string } } }>(
      REVOKE,
      { input: { grantId: grant!.id } },
      wang,
    );
    expect(revoked.data!.revokeLicenseCode.grant.status).toBe('REVOKED');
    const twice = await api.graphql<{ revokeLicenseCode: { userErrors: { code: string }[] } }>(
      REVOKE,
      { input: { grantId: grant!.id } },
      wang,
    );
    expect(twice.data!.revokeLicenseCode.userErrors[0]!.code).toBe('INVALID_TRANSITION');
    const draft = await newDraft(api, LI_HUA);
    const payload = await fetchInto(api, li, { caseId: draft.globalId, itemMaterialId: slot, code });
    expect(payload.userErrors).toEqual([{ field: ['input', 'code'], code: 'INVALID', message: WRONG }]);
    expect(await materials(draft.id)).toEqual([]);
  });

  it('locks code entry after 5 wrong codes in 15 minutes, even for a right code, until the stated time', async () => {
    const start = clock.at;
    const draft = await newDraft(api, LI_HUA);
    const wrong = (n: number) =>
      fetchInto(api, li, { caseId: draft.globalId, itemMaterialId: slot, code: String(10_000_000 + n) });
    for (let n = 0; n < 4; n++) {
      clock.at = start + n * MINUTE;
      const payload = await wrong(n);
      expect(payload).toMatchObject({ lockedUntil: null, userErrors: [{ message: WRONG }] });
    }
    clock.at = start + 4 * MINUTE;
    const fifth = await wrong(4);
    const unlockAt = new Date(start + 15 * MINUTE);
    expect(new Date(fifth.lockedUntil!).getTime()).toBe(unlockAt.getTime());
    expect(fifth.userErrors[0]!.message).toContain('验证码错误次数过多');

    const { code, grant } = await generateCode(api, wang, wangLicense.globalId);
    clock.at = start + 15 * MINUTE - 1;
    const locked = await fetchInto(api, li, { caseId: draft.globalId, itemMaterialId: slot, code });
    expect(locked.material).toBeNull();
    expect(new Date(locked.lockedUntil!).getTime()).toBe(unlockAt.getTime());
    expect(locked.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'code'] });
    expect(locked.userErrors[0]!.message).toContain(formatCstForTest(unlockAt));
    const untouched = await api.db.licenseGrant.findUniqueOrThrow({ where: { id: grantDbId(grant!.id) } });
    expect(untouched.usedAt).toBeNull();

    // The oldest failure leaves the window: one more attempt is allowed (the code has expired by now, so a new one).
    clock.at = start + 15 * MINUTE;
    const fresh = await generateCode(api, wang, wangLicense.globalId);
    const unlocked = await fetchInto(api, li, {
      caseId: draft.globalId,
      itemMaterialId: slot,
      code: fresh.code,
    });
    expect(unlocked.userErrors).toEqual([]);
    expect(unlocked.material!.trustLevel).toBe('A');
    clock.at = start;
  });

  it('never fetches into another user’s draft, a submitted case, or a slot that takes no license', async () => {
    const { code, grant } = await generateCode(api, wang, wangLicense.globalId);
    const lisDraft = await newDraft(api, LI_HUA);
    const foreign = await fetchInto(api, chen, { caseId: lisDraft.globalId, itemMaterialId: slot, code });
    expect(foreign.userErrors).toEqual([
      { field: ['input', 'caseId'], code: 'NOT_FOUND', message: '未找到该办件。' },
    ]);
    const submitted = await newDraft(api, LI_HUA, 'RECEIVED');
    const notDraft = await fetchInto(api, li, { caseId: submitted.globalId, itemMaterialId: slot, code });
    expect(notDraft.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'caseId'] });
    const plain = await api.db.serviceItemMaterial.findFirstOrThrow({
      where: { item: { code: 'tj-ndrc-foreign-investment' }, licenseType: null },
    });
    const { toGlobalId } = await import('../lib/global-id.ts');
    const wrongSlot = await fetchInto(api, li, {
      caseId: lisDraft.globalId,
      itemMaterialId: toGlobalId('ServiceItemMaterial', plain.id),
      code,
    });
    expect(wrongSlot.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'itemMaterialId'] });
    // None of these consumed the code or wrote anything.
    expect(
      (await api.db.licenseGrant.findUniqueOrThrow({ where: { id: grantDbId(grant!.id) } })).usedAt,
    ).toBeNull();
    expect(await materials(lisDraft.id)).toEqual([]);
    expect(await materials(submitted.id)).toEqual([]);
    expect(await accessRows(lisDraft.id)).toEqual([]);
  });

  it('refuses a 吊销 license: no material, the code kept, one DENIED log row', async () => {
    const chenLicense = await licenseId(api, '天津南开海河贸易有限公司');
    const { code, grant } = await generateCode(api, chen, chenLicense.globalId);
    const clerk = await session(api, MARKET_CLERK);
    const revoked = await api.graphql<{ revokeLicense: { outcome: string } }>(
      `mutation($input: ChangeLicenseStatusInput!) { revokeLicense(input: $input) { outcome userErrors { code } } }`,
      { input: { identifier: chenLicense.identifier, reason: '测试吊销' } },
      clerk,
    );
    expect(revoked.data!.revokeLicense.outcome).toBe('UPDATED');
    const draft = await newDraft(api, LI_HUA);
    const payload = await fetchInto(api, li, { caseId: draft.globalId, itemMaterialId: slot, code });
    expect(payload.userErrors).toEqual([
      { field: ['input', 'code'], code: 'INVALID', message: '该证照已吊销，不能获取。' },
    ]);
    expect(await materials(draft.id)).toEqual([]);
    expect((await accessRows(draft.id)).map((r) => r.outcome)).toEqual(['DENIED']);
    expect(
      (await api.db.licenseGrant.findUniqueOrThrow({ where: { id: grantDbId(grant!.id) } })).usedAt,
    ).toBeNull();
    // And no new code can be generated for it.
    const refused = await generateCode(api, chen, chenLicense.globalId);
    expect(refused.userErrors[0]!.message).toBe('该证照已吊销，不能授权获取。');
  });
});

function grantDbId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
}

function formatCstForTest(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

async function streamText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

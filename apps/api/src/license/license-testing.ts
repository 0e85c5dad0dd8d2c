import type { TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { idNumberCheckChar, maskIdNumber } from '../lib/id-number.ts';
import { encryptPii, piiLookupHash } from '../lib/pii.ts';

export const WANG_GANG = '120105198208080072'; // legal representative of 天津津南外资科技有限公司 (存续) and 咸水沽商贸 (注销)
export const CHEN_JING = '120104198503120018'; // legal representative of 海河贸易 (存续) and 津门餐饮 (吊销)
export const LI_HUA = '11010519491231002X';
export const MARKET_CLERK = '120103199203150045';

/** A mutable clock the API reads through ctx.clock. */
export function testClock(start = Date.now()) {
  const clock = { at: start, now: () => new Date(clock.at), advance: (ms: number) => (clock.at += ms) };
  return clock;
}

export async function session(api: TestApi, idNumber: string) {
  return { sessionToken: await api.sessionFor(idNumber) };
}

/** Extra citizens for concurrency tests (valid ID numbers, no password). */
export async function extraCitizens(api: TestApi, count: number) {
  const sessions: { sessionToken: string }[] = [];
  for (let i = 0; i < count; i++) {
    const first17 = `12010419900101${String(100 + i * 2 + 1).padStart(3, '0')}`;
    const idNumber = first17 + idNumberCheckChar(first17);
    await api.db.user.create({
      data: {
        name: `测试用户${i}`,
        idNumberCipher: encryptPii(idNumber),
        idNumberHash: piiLookupHash(idNumber),
        idNumberMasked: maskIdNumber(idNumber),
        realNameLevel: 'REAL_NAME',
      },
    });
    // a server-side session, as sign-in makes one: a token without one is refused
    sessions.push({ sessionToken: await api.sessionFor(idNumber) });
  }
  return sessions;
}

let draftCounter = 0;
/** A 暂存件 of 外商投资项目核准 for the applicant, made directly in the database. */
export async function newDraft(
  api: TestApi,
  applicantIdNumber: string,
  status: 'DRAFT' | 'RECEIVED' = 'DRAFT',
) {
  const applicant = await api.db.user.findUniqueOrThrow({
    where: { idNumberHash: piiLookupHash(applicantIdNumber) },
  });
  return newDraftFor(api, applicant.id, status);
}

export async function newDraftFor(api: TestApi, applicantId: string, status: 'DRAFT' | 'RECEIVED' = 'DRAFT') {
  const item = await api.db.serviceItem.findUniqueOrThrow({ where: { code: 'tj-ndrc-foreign-investment' } });
  draftCounter += 1;
  const now = new Date();
  const kase = await api.db.case.create({
    data: {
      businessNumber: `2026112800000${String(process.pid % 1000).padStart(3, '0')}${String(draftCounter).padStart(4, '0')}`,
      source: 'ONLINE',
      originSystem: 'hall',
      applicantId,
      itemId: item.id,
      departmentId: item.departmentId,
      status,
      appliedAt: status === 'DRAFT' ? null : now,
      statusChangedAt: now,
    },
  });
  return { id: kase.id, globalId: toGlobalId('Case', kase.id), businessNumber: kase.businessNumber };
}

export async function licenseSlot(api: TestApi) {
  const slot = await api.db.serviceItemMaterial.findFirstOrThrow({
    where: { item: { code: 'tj-ndrc-foreign-investment' }, licenseType: 'BUSINESS_LICENSE' },
  });
  return toGlobalId('ServiceItemMaterial', slot.id);
}

export async function licenseId(api: TestApi, name: string) {
  const license = await api.db.license.findFirstOrThrow({ where: { holderName: name } });
  return { id: license.id, globalId: toGlobalId('License', license.id), identifier: license.identifier };
}

export const GENERATE = `mutation($input: GenerateLicenseCodeInput!) {
  generateLicenseCode(input: $input) { code grant { id status expiresAt } userErrors { field code message } } }`;
export const FETCH = `mutation($input: FetchLicenseMaterialInput!) {
  fetchLicenseMaterial(input: $input) {
    material { name trustLevel fileName licenseSnapshot { name creditCode legalRepresentative status providedBy } }
    lockedUntil userErrors { field code message } } }`;

type Caller = { sessionToken: string };
export type FetchPayload = {
  material: {
    name: string;
    trustLevel: string;
    fileName: string;
    licenseSnapshot: Record<string, string> | null;
  } | null;
  lockedUntil: string | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
};

export async function generateCode(api: Pick<TestApi, 'graphql'>, as: Caller, licenseGlobalId: string) {
  const result = await api.graphql<{
    generateLicenseCode: {
      code: string | null;
      grant: { id: string; status: string; expiresAt: string } | null;
      userErrors: { code: string; message: string }[];
    };
  }>(GENERATE, { input: { licenseId: licenseGlobalId } }, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.generateLicenseCode;
}

export async function fetchInto(
  api: Pick<TestApi, 'graphql'>,
  as: Caller,
  input: Record<string, unknown>,
): Promise<FetchPayload> {
  const result = await api.graphql<{ fetchLicenseMaterial: FetchPayload }>(FETCH, { input }, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.fetchLicenseMaterial;
}

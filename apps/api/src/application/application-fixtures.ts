import type { TestApi, Caller } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';

/** GraphQL or JSON response data, whose shape the assertions themselves check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = any;

export const WANG_GANG = '120105198208080072'; // company user (法人)
export const LI_HUA = '11010519491231002X'; // citizen
export const CHEN_JING = '120104198503120018'; // another citizen
export const NDRC_CLERK = '120103198704150030'; // 市发改委 department staff
export const OTHER_CLERK = '120104197911200047'; // 南开区审批局 staff
export const SUPERVISOR = '120103199506300055';
export const ITEM_CODE = 'tj-ndrc-foreign-investment';

export const COMPLETE_FORM = {
  projectName: '津南新能源电池材料生产项目',
  location: '天津市津南区八里台工业园区',
  totalInvestment: { amount: '25000.50', currency: 'USD' },
  investors: [
    { name: 'Pacific Energy Holdings Ltd.', countryOrRegion: '中国香港', sharePercent: '66.67' },
    { name: 'Nordic Cells AB', countryOrRegion: '瑞典', sharePercent: '33.33' },
  ],
  industry: '电池制造',
  constructionContent: '新建厂房 2 万平方米，年产正极材料 5000 吨。',
};

export const SAVE_DRAFT = `mutation($input: SaveApplicationDraftInput!) {
  saveApplicationDraft(input: $input) {
    case { id status list businessNumber application { version foreignInvestmentProject {
      projectName location totalInvestment { amount currency } investors { name countryOrRegion sharePercent }
      industry constructionContent } } }
    userErrors { field code message }
  }
}`;

export const SUBMIT = `mutation($id: ID!) { submitDraft(input: { caseId: $id }) {
  case { id status list source businessNumber appliedAt department { code } }
  userErrors { field code message } } }`;

export async function caller(api: TestApi, idNumber: string): Promise<Caller> {
  return { sessionToken: await api.sessionFor(idNumber) };
}

export async function itemIds(api: TestApi) {
  const item = await api.db.serviceItem.findUniqueOrThrow({
    where: { code: ITEM_CODE },
    include: { materials: { orderBy: { sortOrder: 'asc' } } },
  });
  return {
    item,
    itemId: toGlobalId('ServiceItem', item.id),
    slotIds: item.materials.map((material) => toGlobalId('ServiceItemMaterial', material.id)),
    requiredSlots: item.materials.filter((material) => material.required),
  };
}

export async function saveDraft(
  api: TestApi,
  as: Caller,
  input: Record<string, unknown>,
): Promise<{
  id: string | null;
  errors: { field: string[] | null; code: string; message: string }[];
  data: unknown;
}> {
  const result = await api.graphql<{
    saveApplicationDraft: {
      case: { id: string } | null;
      userErrors: { field: string[]; code: string; message: string }[];
    };
  }>(SAVE_DRAFT, { input }, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return {
    id: result.data!.saveApplicationDraft.case?.id ?? null,
    errors: result.data!.saveApplicationDraft.userErrors,
    data: result.data!.saveApplicationDraft.case,
  };
}

export async function upload(
  api: TestApi,
  as: Caller,
  fields: { caseId?: string; itemMaterialId?: string },
  file: { bytes: Buffer; name: string } | null,
) {
  const form = new FormData();
  if (fields.caseId) form.append('caseId', fields.caseId);
  if (fields.itemMaterialId) form.append('itemMaterialId', fields.itemMaterialId);
  if (file) form.append('file', new Blob([file.bytes]), file.name);
  const headers: Record<string, string> = {};
  if (as && 'sessionToken' in as) headers['x-session-token'] = as.sessionToken;
  const response = await fetch(`${api.url}/files`, { method: 'POST', headers, body: form });
  return { status: response.status, body: (await response.json()) as Data };
}

export async function download(api: TestApi, as: Caller, materialId: string) {
  const headers: Record<string, string> = {};
  if (as && 'sessionToken' in as) headers['x-session-token'] = as.sessionToken;
  const response = await fetch(`${api.url}/files/${materialId}`, { headers });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

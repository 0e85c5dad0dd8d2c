import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type Caller, type TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';
import {
  caller,
  CHEN_JING,
  download,
  itemIds,
  NDRC_CLERK,
  saveDraft,
  SUPERVISOR,
  upload,
  WANG_GANG,
  type Data,
} from '../application/application-fixtures.ts';
import { pdfBytes, PNG_1X1 } from '../application/test-files.ts';

const FILES = `query($first: Int, $after: String) { me { files(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id name fileName trustLevel sizeBytes downloadUrl case { id status businessNumber item { name } } } } } }`;

describe('我的文件: the files a person uploaded across their cases', () => {
  let api: TestApi;
  let wang: Caller;
  let chen: Caller;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    [wang, chen] = await Promise.all([caller(api, WANG_GANG), caller(api, CHEN_JING)]);
  });
  afterAll(() => api?.close());

  async function files(as: Caller, variables: Record<string, unknown> = {}): Promise<Data> {
    const result = await api.graphql<Data>(FILES, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.me.files;
  }

  it('lists the own uploads newest first across cases, paged, each with its case; others see none', async () => {
    const ids = await itemIds(api);
    const slot = ids.slotIds[0]!;
    const first = await saveDraft(api, wang, { itemId: ids.itemId });
    const second = await saveDraft(api, wang, { itemId: ids.itemId });
    const a = await upload(
      api,
      wang,
      { caseId: first.id!, itemMaterialId: slot },
      { bytes: pdfBytes('a'), name: '报告.pdf' },
    );
    const b = await upload(
      api,
      wang,
      { caseId: second.id!, itemMaterialId: slot },
      { bytes: PNG_1X1, name: '图.png' },
    );
    expect([a.status, b.status]).toEqual([201, 201]);

    const page = await files(wang, { first: 1 });
    expect(page.totalCount).toBe(2);
    expect(page.nodes).toEqual([
      {
        id: b.body.material.id,
        name: ids.requiredSlots[0]!.name,
        fileName: '图.png',
        trustLevel: 'D',
        sizeBytes: PNG_1X1.length,
        downloadUrl: `/api/files/${b.body.material.id}`,
        case: expect.objectContaining({ id: second.id, status: 'DRAFT', item: { name: '外商投资项目核准' } }),
      },
    ]);
    const rest = await files(wang, { first: 1, after: page.pageInfo.endCursor });
    expect(rest.nodes.map((node: Data) => node.id)).toEqual([a.body.material.id]);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    // Nobody else's list holds them, and staff have no 我的文件.
    expect((await files(chen)).nodes.some((n: Data) => [a, b].some((u) => u.body.material.id === n.id))).toBe(
      false,
    );
    expect((await files(await caller(api, SUPERVISOR))).totalCount).toBe(0);
  });

  it('opens a listed file only under the case’s own rule: the owner yes; another person or a clerk of a draft no', async () => {
    const mine = (await files(wang)).nodes[0];
    const own = await download(api, wang, mine.id);
    expect(own.status).toBe(200);
    const before = await api.db.auditLog.count();
    expect((await download(api, chen, mine.id)).status).toBe(404);
    expect((await download(api, await caller(api, NDRC_CLERK), mine.id)).status).toBe(404); // a draft
    // The owner's own reads are not audited (the rule of GET /files/:id); nothing was read by the others.
    expect(await api.db.auditLog.count()).toBe(before);

    // Asked by a caller who may not see the case, a material names no case.
    const material = await api.db.caseMaterial.findFirstOrThrow({
      where: { id: (await api.db.caseMaterial.findMany({ where: { fileName: '报告.pdf' } }))[0]!.id },
    });
    const asOther = await api.graphql<Data>(
      `query($id: ID!) { node(id: $id) { ... on Case { materials { case { id } } } } }`,
      { id: toGlobalId('Case', material.caseId) },
      chen,
    );
    expect(asOther.data.node).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { caller, itemIds, saveDraft, upload, WANG_GANG } from './application-fixtures.ts';
import { pdfBytes } from './test-files.ts';

const MIB = 1024 * 1024;

describe('uploads under the default limits (10 MiB a file)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
  });
  afterAll(() => api?.close());

  it('accepts a file of exactly the limit, far above the JSON body limit, and refuses one byte more', async () => {
    const wang = await caller(api, WANG_GANG);
    const { itemId, slotIds } = await itemIds(api);
    const { id: caseId } = await saveDraft(api, wang, { itemId });
    const head = pdfBytes();
    const exact = Buffer.concat([head, Buffer.alloc(10 * MIB - head.length)]);
    const accepted = await upload(
      api,
      wang,
      { caseId: caseId!, itemMaterialId: slotIds[0]! },
      { bytes: exact, name: 'big.pdf' },
    );
    expect([accepted.status, accepted.body.material?.sizeBytes]).toEqual([201, 10 * MIB]);

    const tooBig = Buffer.concat([exact, Buffer.from([0])]);
    const refused = await upload(
      api,
      wang,
      { caseId: caseId!, itemMaterialId: slotIds[0]! },
      { bytes: tooBig, name: 'big.pdf' },
    );
    expect([refused.status, refused.body.code, refused.body.message]).toEqual([
      413,
      'FILE_TOO_LARGE',
      '单个文件不能超过 10 MB。',
    ]);
    expect(
      await api.db.caseMaterial.count({
        where: { case: { businessNumber: { not: '' } }, fileName: 'big.pdf' },
      }),
    ).toBe(1);
  });
});

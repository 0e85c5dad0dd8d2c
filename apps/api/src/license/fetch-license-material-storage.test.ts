import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import { createLocalDiskStorage } from '../storage/local-disk-storage.ts';
import {
  fetchInto,
  generateCode,
  LI_HUA,
  licenseId,
  licenseSlot,
  newDraft,
  session,
  testClock,
  WANG_GANG,
} from './license-testing.ts';

describe('获取证照库文件 stores the document before it locks the draft', () => {
  let api: TestApi;
  let dir: string;
  let observer: Db;
  /** for each put: could another connection lock the draft's row at that moment (NOWAIT)? */
  const rowFreeAtPut: boolean[] = [];
  let draftId = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hall-fetch-'));
    const disk = createLocalDiskStorage(dir);
    const storage: FileStorage = {
      ...disk,
      description: disk.description,
      async put(key, body, options) {
        rowFreeAtPut.push(
          await observer.$transaction(async (tx) => {
            try {
              await tx.$queryRaw`SELECT 1 FROM "cases" WHERE "id" = ${draftId}::uuid FOR UPDATE NOWAIT`;
              return true;
            } catch {
              return false;
            }
          }),
        );
        return disk.put(key, body, options);
      },
    };
    api = await startTestApi(inject('adminUrl'), { clock: testClock(), storage });
    observer = createPrisma(api.databaseUrl);
  });
  afterAll(async () => {
    await observer?.$disconnect();
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('no storage write happens while the case row is locked, and the stored file is the recorded one', async () => {
    const draft = await newDraft(api, LI_HUA);
    draftId = draft.id;
    const wang = await session(api, WANG_GANG);
    const license = await licenseId(api, '天津津南外资科技有限公司');
    const { code } = await generateCode(api, wang, license.globalId);
    const payload = await fetchInto(api, await session(api, LI_HUA), {
      caseId: draft.globalId,
      itemMaterialId: await licenseSlot(api),
      code,
    });
    expect(payload.userErrors).toEqual([]);
    expect(rowFreeAtPut).toEqual([true]);
    const [material] = await api.db.caseMaterial.findMany({ where: { caseId: draft.id } });
    expect((await api.storage.get(material!.storageKey!)).readable).toBe(true);
  });
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type Caller, type TestApi } from '../testing/test-api.ts';
import { createLocalDiskStorage } from '../storage/local-disk-storage.ts';
import { fromGlobalId, toGlobalId } from '../lib/global-id.ts';
import {
  type Data,
  caller,
  CHEN_JING,
  COMPLETE_FORM,
  download,
  itemIds,
  LI_HUA,
  NDRC_CLERK,
  OTHER_CLERK,
  saveDraft,
  SUBMIT,
  SUPERVISOR,
  upload,
  WANG_GANG,
} from './application-fixtures.ts';
import { ofdBytes, pdfBytes, PNG_1X1, zipWithoutOfdXml } from './test-files.ts';

const KIB = 1024;

describe('online application: drafts, uploads, submission, downloads', () => {
  let api: TestApi;
  let filesDir: string;
  let wang: Caller;
  let ids: Awaited<ReturnType<typeof itemIds>>;

  beforeAll(async () => {
    filesDir = await mkdtemp(join(tmpdir(), 'hall-app-files-'));
    api = await startTestApi(inject('adminUrl'), {
      storage: createLocalDiskStorage(filesDir),
      uploadLimits: { maxFileBytes: 64 * KIB, maxCaseBytes: 160 * KIB },
    });
    wang = await caller(api, WANG_GANG);
    ids = await itemIds(api);
  });
  afterAll(async () => {
    await api?.close();
    await rm(filesDir, { recursive: true, force: true });
  });

  /** Every stored file has its row and every row its file: no orphans either way. */
  async function expectNoOrphans() {
    const walk = async (dir: string): Promise<string[]> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      const nested = await Promise.all(
        entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])),
      );
      return nested.flat();
    };
    const files = (await walk(filesDir)).map((path) => path.slice(filesDir.length + 1)).sort();
    const rows = await api.db.caseMaterial.findMany({ where: { storageKey: { not: null } } });
    expect(files).toEqual(rows.map((row) => row.storageKey).sort());
  }

  it('lists the catalogue by name, department and online applicability, with the checklist', async () => {
    const result = await api.graphql<Data>(
      `query($s: String, $d: ID, $o: Boolean) { catalogueItems(search: $s, departmentId: $d, onlineOnly: $o, first: 50) {
        totalCount nodes { code name onlineApplicable applicationForm department { code }
          materials { id name required sortOrder licenseType } } } }`,
      { s: '外商投资' },
    );
    expect(result.data.catalogueItems.totalCount).toBe(1);
    const [item] = result.data.catalogueItems.nodes;
    expect(item).toMatchObject({
      code: 'tj-ndrc-foreign-investment',
      applicationForm: 'FOREIGN_INVESTMENT_PROJECT',
    });
    expect(item.department.code).toBe('tj-ndrc');
    expect(item.materials.map((m: Data) => [m.name, m.required, m.licenseType])).toEqual([
      ['项目申请报告', true, null],
      ['投资方登记注册文件（营业执照）', true, 'BUSINESS_LICENSE'],
      ['投资意向书或增资、并购协议', true, null],
      ['银行出具的融资意向书', true, null],
      ['规划选址意见书', false, null],
      ['用地预审意见', false, null],
      ['法律法规要求的其他文件', false, null],
    ]);

    const all = await api.graphql<Data>('{ catalogueItems(first: 100) { totalCount } }');
    const online = await api.graphql<Data>(
      '{ catalogueItems(onlineOnly: true, first: 100) { totalCount nodes { onlineApplicable } } }',
    );
    expect(all.data.catalogueItems.totalCount).toBe(await api.db.serviceItem.count());
    expect(online.data.catalogueItems.totalCount).toBe(
      await api.db.serviceItem.count({ where: { onlineApplicable: true } }),
    );
    expect(online.data.catalogueItems.nodes.every((n: Data) => n.onlineApplicable)).toBe(true);

    const department = await api.db.department.findUniqueOrThrow({ where: { code: 'tj-ndrc' } });
    const byDepartment = await api.graphql<Data>(
      'query($d: ID) { catalogueItems(departmentId: $d) { nodes { code } } }',
      {
        d: toGlobalId('Department', department.id),
      },
    );
    const ofDepartment = await api.db.serviceItem.findMany({
      where: { departmentId: department.id },
      orderBy: { code: 'asc' },
    });
    expect(ofDepartment.map((row) => row.code)).toContain('tj-ndrc-foreign-investment');
    expect(byDepartment.data.catalogueItems.nodes.map((n: Data) => n.code)).toEqual(
      ofDepartment.map((row) => row.code),
    );

    const page1 = await api.graphql<Data>(
      '{ catalogueItems(first: 2) { nodes { code } pageInfo { endCursor hasNextPage } } }',
    );
    const page2 = await api.graphql<Data>(
      'query($a: String) { catalogueItems(first: 2, after: $a) { nodes { code } } }',
      {
        a: page1.data.catalogueItems.pageInfo.endCursor,
      },
    );
    expect(page1.data.catalogueItems.pageInfo.hasNextPage).toBe(true);
    expect(page2.data.catalogueItems.nodes[0].code > page1.data.catalogueItems.nodes[1].code).toBe(true);
  });

  it('saves a partial draft, resumes it, replaces the form, and keeps it to its owner', async () => {
    const first = await saveDraft(api, wang, {
      itemId: ids.itemId,
      foreignInvestmentProject: { projectName: '  津南项目  ', investors: [{ name: 'A Ltd.' }] },
    });
    expect(first.errors).toEqual([]);
    const caseId = first.id!;
    const row = await api.db.case.findUniqueOrThrow({ where: { id: fromGlobalId(caseId)!.id } });
    expect(row).toMatchObject({ status: 'DRAFT', source: 'ONLINE', originSystem: 'hall', appliedAt: null });
    expect(row.businessNumber).toMatch(/^[0-9]{20}$/);
    expect(row.applicationData).toEqual({
      version: 1,
      foreignInvestmentProject: {
        projectName: '津南项目',
        location: null,
        totalInvestment: null,
        investors: [{ name: 'A Ltd.', countryOrRegion: null, sharePercent: null }],
        industry: null,
        constructionContent: null,
      },
    });

    // resume: the draft is in 暂存件 and its form reads back
    const drafts = await api.graphql<Data>(
      '{ myCases(list: DRAFT) { nodes { id application { foreignInvestmentProject { projectName } } } } }',
      {},
      wang,
    );
    const listed = drafts.data.myCases.nodes.find((n: Data) => n.id === caseId);
    expect(listed.application.foreignInvestmentProject.projectName).toBe('津南项目');

    const second = await saveDraft(api, wang, {
      caseId,
      itemId: ids.itemId,
      foreignInvestmentProject: {
        location: '天津市津南区',
        totalInvestment: { amount: '100', currency: 'EUR' },
      },
    });
    expect(second.errors).toEqual([]);
    expect((second.data as Data).application.foreignInvestmentProject).toMatchObject({
      projectName: null,
      location: '天津市津南区',
      totalInvestment: { amount: '100', currency: 'EUR' },
      investors: [],
    });

    const before = await api.db.case.findUniqueOrThrow({ where: { id: row.id } });
    const stranger = await saveDraft(api, await caller(api, CHEN_JING), {
      caseId,
      itemId: ids.itemId,
      foreignInvestmentProject: { projectName: 'x' },
    });
    expect(stranger.errors).toEqual([
      { field: ['input', 'caseId'], code: 'NOT_FOUND', message: '未找到该暂存件。' },
    ]);
    const staff = await api.graphql<Data>(
      'mutation($i: SaveApplicationDraftInput!) { saveApplicationDraft(input: $i) { case { id } } }',
      { i: { caseId, itemId: ids.itemId } },
      await caller(api, NDRC_CLERK),
    );
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await api.db.case.findUniqueOrThrow({ where: { id: row.id } })).toEqual(before);
  });

  it('refuses malformed values with their field path and stores nothing', async () => {
    const count = await api.db.case.count();
    const result = await saveDraft(api, wang, {
      itemId: ids.itemId,
      foreignInvestmentProject: {
        totalInvestment: { amount: '12.345', currency: 'CNY' },
        investors: [
          { name: 'A', sharePercent: '100.01' },
          { name: 'B', sharePercent: '1e2' },
        ],
        projectName: '项'.repeat(201),
      },
    });
    expect(result.errors.map((e) => [e.field?.join('.'), e.code])).toEqual([
      ['input.foreignInvestmentProject.totalInvestment.amount', 'INVALID'],
      ['input.foreignInvestmentProject.investors.0.sharePercent', 'INVALID'],
      ['input.foreignInvestmentProject.investors.1.sharePercent', 'INVALID'],
      ['input.foreignInvestmentProject.projectName', 'INVALID'],
    ]);
    const offline = await api.db.serviceItem.findFirstOrThrow({ where: { onlineApplicable: false } });
    const notOnline = await saveDraft(api, wang, { itemId: toGlobalId('ServiceItem', offline.id) });
    expect(notOnline.errors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'itemId'] });
    expect(await api.db.case.count()).toBe(count);
  });

  it('checks uploads by content and limits, and leaves no orphan rows or files', async () => {
    const { id: caseId } = await saveDraft(api, wang, { itemId: ids.itemId });
    const slot = ids.slotIds[0]!;
    const dbCaseId = fromGlobalId(caseId!)!.id;

    const png = await upload(
      api,
      wang,
      { caseId: caseId!, itemMaterialId: slot },
      { bytes: PNG_1X1, name: 'C:\\scan\\扫描件.pdf' },
    );
    expect(png.status).toBe(201);
    expect(png.body.material).toMatchObject({
      name: '项目申请报告',
      fileName: '扫描件.png',
      contentType: 'image/png',
      sizeBytes: PNG_1X1.length,
      sha256: createHash('sha256').update(PNG_1X1).digest('hex'),
      trustLevel: 'D',
    });
    expect(png.body.material.downloadUrl).toBe(`/api/files/${png.body.material.id}`);

    const ofd = await upload(
      api,
      wang,
      { caseId: caseId!, itemMaterialId: slot },
      { bytes: ofdBytes(), name: '报告.ofd' },
    );
    expect(ofd.status).toBe(201);
    expect(ofd.body.material.contentType).toBe('application/ofd');

    const refusals = [
      [
        await upload(
          api,
          wang,
          { caseId: caseId!, itemMaterialId: slot },
          { bytes: Buffer.alloc(0), name: 'empty.pdf' },
        ),
        400,
        'EMPTY_FILE',
      ],
      [
        await upload(
          api,
          wang,
          { caseId: caseId!, itemMaterialId: slot },
          { bytes: Buffer.concat([pdfBytes(), Buffer.alloc(64 * KIB)]), name: 'big.pdf' },
        ),
        413,
        'FILE_TOO_LARGE',
      ],
      [
        await upload(
          api,
          wang,
          { caseId: caseId!, itemMaterialId: slot },
          { bytes: zipWithoutOfdXml(), name: 'fake.ofd' },
        ),
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      [
        await upload(
          api,
          wang,
          { caseId: caseId!, itemMaterialId: slot },
          { bytes: Buffer.from('<html>hi</html>'), name: 'page.pdf' },
        ),
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      [await upload(api, wang, { caseId: caseId!, itemMaterialId: slot }, null), 400, 'REQUIRED'],
      [
        await upload(
          api,
          wang,
          {
            caseId: caseId!,
            itemMaterialId: toGlobalId('ServiceItemMaterial', '0190a000-0000-7000-8000-000000000000'),
          },
          { bytes: pdfBytes(), name: 'a.pdf' },
        ),
        404,
        'NOT_FOUND',
      ],
      [
        await upload(
          api,
          await caller(api, CHEN_JING),
          { caseId: caseId!, itemMaterialId: slot },
          { bytes: pdfBytes(), name: 'a.pdf' },
        ),
        404,
        'NOT_FOUND',
      ],
      [
        await upload(
          api,
          await caller(api, NDRC_CLERK),
          { caseId: caseId!, itemMaterialId: slot },
          { bytes: pdfBytes(), name: 'a.pdf' },
        ),
        403,
        'FORBIDDEN',
      ],
      [
        await upload(
          api,
          null,
          { caseId: caseId!, itemMaterialId: slot },
          { bytes: pdfBytes(), name: 'a.pdf' },
        ),
        401,
        'UNAUTHENTICATED',
      ],
    ] as const;
    for (const [response, status, code] of refusals) {
      expect([response.status, response.body.code]).toEqual([status, code]);
      expect(typeof response.body.message).toBe('string');
    }
    expect(await api.db.caseMaterial.count({ where: { caseId: dbCaseId } })).toBe(2);

    // per-case limit: 160 KiB in total; 60 KiB files fit twice more, the third is refused
    const chunk = Buffer.concat([pdfBytes(), Buffer.alloc(60 * KIB)]);
    expect(
      (await upload(api, wang, { caseId: caseId!, itemMaterialId: slot }, { bytes: chunk, name: 'a.pdf' }))
        .status,
    ).toBe(201);
    expect(
      (await upload(api, wang, { caseId: caseId!, itemMaterialId: slot }, { bytes: chunk, name: 'b.pdf' }))
        .status,
    ).toBe(201);
    const over = await upload(
      api,
      wang,
      { caseId: caseId!, itemMaterialId: slot },
      { bytes: chunk, name: 'c.pdf' },
    );
    expect([over.status, over.body.code]).toEqual([413, 'CASE_FILES_TOO_LARGE']);
    expect(await api.db.caseMaterial.count({ where: { caseId: dbCaseId } })).toBe(4);
    await expectNoOrphans();
  });

  it('a request aborted half-way stores nothing', async () => {
    const { id: caseId } = await saveDraft(api, wang, { itemId: ids.itemId });
    const boundary = '----hall-abort';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="caseId"\r\n\r\n${caseId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="itemMaterialId"\r\n\r\n${ids.slotIds[0]}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n`,
    );
    const { request } = await import('node:http');
    const url = new URL(`${api.url}/files`);
    await new Promise<void>((resolve) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: '/files',
        method: 'POST',
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + 50_000),
          'x-session-token': (wang as { sessionToken: string }).sessionToken,
        },
      });
      req.on('error', () => resolve());
      req.on('response', () => resolve());
      req.write(Buffer.concat([head, pdfBytes(), Buffer.alloc(1000)]));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 200);
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await api.db.caseMaterial.count({ where: { caseId: fromGlobalId(caseId!)!.id } })).toBe(0);
    await expectNoOrphans();
  });

  it('refuses to submit an incomplete application, listing every problem with its field, and changes nothing', async () => {
    const { id: caseId } = await saveDraft(api, wang, {
      itemId: ids.itemId,
      foreignInvestmentProject: {
        ...COMPLETE_FORM,
        location: null,
        investors: [
          { name: 'A', countryOrRegion: '中国香港', sharePercent: '60' },
          { name: 'B', countryOrRegion: null, sharePercent: '39.99' },
        ],
      },
    });
    await upload(
      api,
      wang,
      { caseId: caseId!, itemMaterialId: ids.slotIds[0]! },
      { bytes: pdfBytes(), name: '报告.pdf' },
    );
    const dbId = fromGlobalId(caseId!)!.id;
    const before = await api.db.case.findUniqueOrThrow({ where: { id: dbId } });
    const events = await api.db.caseEvent.count({ where: { caseId: dbId } });

    const result = await api.graphql<Data>(SUBMIT, { id: caseId }, wang);
    const errors = result.data.submitDraft.userErrors;
    expect(errors.map((e: Data) => [e.field.join('.'), e.code])).toEqual([
      ['application.foreignInvestmentProject.location', 'REQUIRED'],
      ['application.foreignInvestmentProject.investors.1.countryOrRegion', 'REQUIRED'],
      ['application.foreignInvestmentProject.investors', 'INVALID'],
      ...ids.slotIds.slice(1, 4).map((slot) => [`materials.${slot}`, 'REQUIRED']),
    ]);
    expect(errors[2].message).toBe('外国投资者持股比例合计应为 100%，现为 99.99%。');
    expect(errors[3].message).toBe('缺少必要材料：投资方登记注册文件（营业执照）。');
    expect(await api.db.case.findUniqueOrThrow({ where: { id: dbId } })).toEqual(before);
    expect(await api.db.caseEvent.count({ where: { caseId: dbId } })).toBe(events);
  });

  it('submits a complete application: 已接件, 网上申报, new business number, routed to 市发改委, files open to the right people', async () => {
    const { id: caseId } = await saveDraft(api, wang, {
      itemId: ids.itemId,
      foreignInvestmentProject: COMPLETE_FORM,
    });
    const uploaded: string[] = [];
    for (const slot of ids.slotIds.slice(0, 4)) {
      const response = await upload(
        api,
        wang,
        { caseId: caseId!, itemMaterialId: slot },
        { bytes: pdfBytes(slot), name: '材料.pdf' },
      );
      expect(response.status).toBe(201);
      uploaded.push(response.body.material.id);
    }
    const dbId = fromGlobalId(caseId!)!.id;
    const draft = await api.db.case.findUniqueOrThrow({ where: { id: dbId } });

    // a draft's files are the applicant's alone
    expect((await download(api, wang, uploaded[0]!)).status).toBe(200);
    expect((await download(api, await caller(api, NDRC_CLERK), uploaded[0]!)).status).toBe(404);
    const NODE = 'query($id: ID!) { node(id: $id) { id } }';
    const clerkSeesDraft = await api.graphql<Data>(NODE, { id: caseId }, await caller(api, NDRC_CLERK));
    expect(clerkSeesDraft.data.node).toBeNull();
    const supervisorSeesDraft = await api.graphql<Data>(NODE, { id: caseId }, await caller(api, SUPERVISOR));
    expect(supervisorSeesDraft.data.node).toBeNull();

    const before = Date.now();
    const result = await api.graphql<Data>(SUBMIT, { id: caseId }, wang);
    expect(result.data.submitDraft.userErrors).toEqual([]);
    const submitted = result.data.submitDraft.case;
    expect(submitted).toMatchObject({
      status: 'RECEIVED',
      list: 'IN_PROGRESS',
      source: 'ONLINE',
      department: { code: 'tj-ndrc' },
    });
    expect(submitted.businessNumber).toMatch(/^[0-9]{20}$/);
    expect(submitted.businessNumber).not.toBe(draft.businessNumber);
    // yyyyMMddHHmmss of the submission in CST
    const cst = new Date(new Date(submitted.appliedAt).getTime() + 8 * 3600_000).toISOString();
    expect(submitted.businessNumber.slice(0, 14)).toBe(cst.slice(0, 19).replace(/[-T:]/g, ''));
    expect(new Date(submitted.appliedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const event = await api.db.caseEvent.findFirstOrThrow({ where: { caseId: dbId, toStatus: 'RECEIVED' } });
    expect(event).toMatchObject({
      fromStatus: 'DRAFT',
      details: { draftBusinessNumber: draft.businessNumber },
    });

    const inProgress = await api.graphql<Data>(
      '{ myCases(list: IN_PROGRESS, first: 100) { nodes { id source } } }',
      {},
      wang,
    );
    expect(inProgress.data.myCases.nodes).toContainEqual({ id: caseId, source: 'ONLINE' });

    const clerk = await caller(api, NDRC_CLERK);
    const workbench = await api.graphql<Data>(
      `{ departmentCases(first: 100) { nodes { id businessNumber application { foreignInvestmentProject { projectName } }
         materials { id name fileName contentType sizeBytes sha256 downloadUrl itemMaterial { id required } } } } }`,
      {},
      clerk,
    );
    const seen = workbench.data.departmentCases.nodes.find((n: Data) => n.id === caseId);
    expect(
      (await api.graphql<Data>('query($id: ID!) { node(id: $id) { id } }', { id: caseId }, clerk)).data.node,
    ).toEqual({
      id: caseId,
    });
    expect(seen.application.foreignInvestmentProject.projectName).toBe(COMPLETE_FORM.projectName);
    expect(seen.materials.map((m: Data) => m.itemMaterial.id)).toEqual(ids.slotIds.slice(0, 4));
    expect(seen.materials.every((m: Data) => m.downloadUrl === `/api/files/${m.id}`)).toBe(true);

    // downloads: owner and handling clerk (and supervisor) yes; another citizen, another department, nobody: 404/401
    const owner = await download(api, wang, uploaded[1]!);
    expect(owner.status).toBe(200);
    expect(owner.bytes.equals(pdfBytes(ids.slotIds[1]!))).toBe(true);
    expect(owner.headers.get('content-type')).toBe('application/pdf');
    expect(owner.headers.get('x-content-type-options')).toBe('nosniff');
    expect(owner.headers.get('content-disposition')).toBe(
      `inline; filename="__.pdf"; filename*=UTF-8''${encodeURIComponent('材料.pdf')}`,
    );
    expect(owner.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    const audits = () =>
      api.db.auditLog.count({
        where: { action: 'case_material.file.read', subjectId: fromGlobalId(uploaded[1]!)!.id },
      });
    expect(await audits()).toBe(0); // the applicant's own reads are not audited
    expect((await download(api, clerk, uploaded[1]!)).status).toBe(200);
    expect(await audits()).toBe(1);
    expect((await download(api, await caller(api, SUPERVISOR), uploaded[1]!)).status).toBe(200);
    expect((await download(api, await caller(api, CHEN_JING), uploaded[1]!)).status).toBe(404);
    expect((await download(api, await caller(api, LI_HUA), uploaded[1]!)).status).toBe(404);
    expect((await download(api, await caller(api, OTHER_CLERK), uploaded[1]!)).status).toBe(404);
    expect((await download(api, null, uploaded[1]!)).status).toBe(401);
    expect((await download(api, wang, toGlobalId('Case', dbId))).status).toBe(404);

    // after submission the materials are fixed: no upload, no removal (API and database)
    const late = await upload(
      api,
      wang,
      { caseId: caseId!, itemMaterialId: ids.slotIds[4]! },
      { bytes: pdfBytes(), name: 'x.pdf' },
    );
    expect([late.status, late.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    const remove = await api.graphql<Data>(
      'mutation($m: ID!) { removeCaseMaterial(input: { materialId: $m }) { removedMaterialId userErrors { code field } } }',
      { m: uploaded[0] },
      wang,
    );
    expect(remove.data.removeCaseMaterial.userErrors).toEqual([
      { code: 'INVALID_TRANSITION', field: ['input', 'materialId'] },
    ]);
    await expect(
      api.db.caseMaterial.delete({ where: { id: fromGlobalId(uploaded[0]!)!.id } }),
    ).rejects.toThrow(/cannot be added or removed/);
    const again = await api.graphql<Data>(SUBMIT, { id: caseId }, wang);
    expect(again.data.submitDraft.userErrors[0].code).toBe('INVALID_TRANSITION');
    await expectNoOrphans();
  });

  it('removes a material from the own draft only, with its file', async () => {
    const { id: caseId } = await saveDraft(api, wang, { itemId: ids.itemId });
    const response = await upload(
      api,
      wang,
      { caseId: caseId!, itemMaterialId: ids.slotIds[2]! },
      { bytes: pdfBytes(), name: 'x.pdf' },
    );
    const materialId = response.body.material.id as string;
    const REMOVE =
      'mutation($m: ID!) { removeCaseMaterial(input: { materialId: $m }) { removedMaterialId case { id materials { id } } userErrors { code } } }';
    const stranger = await api.graphql<Data>(REMOVE, { m: materialId }, await caller(api, CHEN_JING));
    expect(stranger.data.removeCaseMaterial.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const removed = await api.graphql<Data>(REMOVE, { m: materialId }, wang);
    expect(removed.data.removeCaseMaterial).toMatchObject({
      removedMaterialId: materialId,
      case: { id: caseId, materials: [] },
    });
    expect((await download(api, wang, materialId)).status).toBe(404);
    await expectNoOrphans();
  });

  it('states the upload limits', async () => {
    const result = await api.graphql<Data>(
      '{ uploadLimits { maxFileBytes maxCaseBytes acceptedContentTypes } }',
    );
    expect(result.data.uploadLimits).toEqual({
      maxFileBytes: 64 * KIB,
      maxCaseBytes: 160 * KIB,
      acceptedContentTypes: ['application/pdf', 'image/jpeg', 'image/png', 'application/ofd'],
    });
  });
});

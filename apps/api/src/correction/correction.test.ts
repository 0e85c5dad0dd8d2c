import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type Caller, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { fromGlobalId, toGlobalId } from '../lib/global-id.ts';
import { caller, CHEN_JING, download, LI_HUA, type Data } from '../application/application-fixtures.ts';
import { pdfBytes, PNG_1X1 } from '../application/test-files.ts';

const SOCIAL_SECURITY_CLERK = '120102198801010033';
const TEMPLATE_CASE = '20261121143005667788'; // 李华's case at 南开社保分中心
const MISSING = ['恢复待遇申请表', '居民身份证'];

const CORRECTION = `correction { open requestedAt submittedAt note
  items { name materials { id fileName isCorrection } } }`;
const CASE_FIELDS = `id status version: businessNumber ${CORRECTION}
  timeline { fromStatus toStatus actorName submittedMaterials missingMaterials }`;

describe('补正 online: upload corrections, 提交补正, the department sees them', () => {
  let api: TestApi;
  let liHua: Caller;
  let chenJing: Caller;
  let clerk: Caller;
  let counter = 0;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    [liHua, chenJing, clerk] = await Promise.all([
      caller(api, LI_HUA),
      caller(api, CHEN_JING),
      caller(api, SOCIAL_SECURITY_CLERK),
    ]);
  });
  afterAll(() => api?.close());

  async function gql(query: string, variables: Record<string, unknown>, as: Caller): Promise<Data> {
    const result = await api.graphql<Data>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  /** A new case of 李华 in 补正, with the department's one notice listing MISSING. */
  async function caseInCorrection(): Promise<{ id: string; dbId: string }> {
    const kase = await createCaseLike(api.db, TEMPLATE_CASE, {
      businessNumber: `2026120421000000${String(++counter).padStart(4, '0')}`,
    });
    const id = toGlobalId('Case', kase.id);
    const notice = await gql(
      `mutation($input: RequestCorrectionInput!) { requestCorrection(input: $input) { userErrors { code } } }`,
      { input: { caseId: id, missingMaterials: MISSING, note: '请补齐材料后提交' } },
      clerk,
    );
    expect(notice.requestCorrection.userErrors).toEqual([]);
    return { id, dbId: kase.id };
  }

  /** POST /files as the web's upload does for 补正: caseId, correctionMaterial (the notice's name), file. */
  async function sendFile(
    as: Caller,
    caseId: string,
    material: string,
    bytes = pdfBytes(material),
    name = 'a.pdf',
  ) {
    const form = new FormData();
    form.append('caseId', caseId);
    form.append('correctionMaterial', material);
    form.append('file', new Blob([bytes]), name);
    const headers: Record<string, string> = {};
    if (as && 'sessionToken' in as) headers['x-session-token'] = as.sessionToken;
    const response = await fetch(`${api.url}/files`, { method: 'POST', headers, body: form });
    return { status: response.status, body: (await response.json()) as Data };
  }

  const submit = (caseId: string, as: Caller = liHua) =>
    gql(
      `mutation($input: SubmitCorrectionInput!) { submitCorrection(input: $input) {
        case { ${CASE_FIELDS} } userErrors { field code message } } }`,
      { input: { caseId } },
      as,
    ).then((data) => data.submitCorrection);

  const remove = (materialId: string, as: Caller = liHua) =>
    gql(
      `mutation($input: RemoveCorrectionMaterialInput!) { removeCorrectionMaterial(input: $input) {
        removedMaterialId userErrors { field code message } } }`,
      { input: { materialId } },
      as,
    ).then((data) => data.removeCorrectionMaterial);

  /** Everything a refusal must leave as it was: the case row, its events, its materials, its outbox events. */
  async function snapshot(dbId: string) {
    return {
      kase: await api.db.case.findUniqueOrThrow({ where: { id: dbId } }),
      events: await api.db.caseEvent.findMany({ where: { caseId: dbId }, orderBy: { id: 'asc' } }),
      materials: await api.db.caseMaterial.findMany({ where: { caseId: dbId }, orderBy: { id: 'asc' } }),
      outbox: await api.db.$queryRaw`SELECT id FROM outbox_events WHERE aggregate = ${dbId} ORDER BY id`,
    };
  }

  it('answers the notice with uploads and sends the case back to the department, listed on the timeline', async () => {
    const { id, dbId } = await caseInCorrection();
    const first = await sendFile(liHua, id, '居民身份证', pdfBytes('id card'), '身份证.pdf');
    expect(first.status).toBe(201);
    expect(first.body.material).toMatchObject({
      name: '居民身份证',
      isCorrection: true,
      fileName: '身份证.pdf',
    });

    // One material still has no file: nothing is submitted and nothing changes.
    const before = await snapshot(dbId);
    const incomplete = await submit(id);
    expect(incomplete.case).toBeNull();
    expect(incomplete.userErrors).toEqual([
      {
        code: 'REQUIRED',
        field: ['input', 'materials', '恢复待遇申请表'],
        message: '请上传补正材料「恢复待遇申请表」。',
      },
    ]);
    expect(await snapshot(dbId)).toEqual(before);

    // A wrong file is taken back before submitting; its row and stored file are gone.
    const wrong = await sendFile(liHua, id, '恢复待遇申请表', PNG_1X1, 'wrong.png');
    expect(wrong.status).toBe(201);
    const wrongRow = await api.db.caseMaterial.findUniqueOrThrow({
      where: { id: fromGlobalId(wrong.body.material.id)!.id },
    });
    expect((await remove(wrong.body.material.id)).userErrors).toEqual([]);
    expect(await api.db.caseMaterial.findUnique({ where: { id: wrongRow.id } })).toBeNull();
    await expect(api.storage.get(wrongRow.storageKey!)).rejects.toThrow();

    const form = await sendFile(liHua, id, '恢复待遇申请表', pdfBytes('form'), '申请表.pdf');
    expect(form.status).toBe(201);
    const done = await submit(id);
    expect(done.userErrors).toEqual([]);
    expect(done.case.status).toBe('RECEIVED');
    expect(done.case.timeline.at(-1)).toEqual({
      fromStatus: 'CORRECTION_REQUIRED',
      toStatus: 'RECEIVED',
      actorName: '李华',
      submittedMaterials: ['居民身份证：身份证.pdf', '恢复待遇申请表：申请表.pdf'],
      missingMaterials: [],
    });
    expect(done.case.correction).toMatchObject({ open: false, note: '请补齐材料后提交' });
    expect(done.case.correction.submittedAt).not.toBeNull();
    expect(done.case.correction.items.map((item: Data) => [item.name, item.materials.length])).toEqual([
      ['恢复待遇申请表', 1],
      ['居民身份证', 1],
    ]);
    const kase = await api.db.case.findUniqueOrThrow({ where: { id: dbId } });
    expect(kase.version).toBe(before.kase.version + 1);
    const outbox = await api.db.$queryRaw<{ payload: Data }[]>`
      SELECT payload FROM outbox_events WHERE aggregate = ${dbId} AND type = 'case.status_changed'
      ORDER BY seq DESC LIMIT 1`;
    expect(outbox[0]!.payload).toMatchObject({ from: 'CORRECTION_REQUIRED', to: 'RECEIVED' });

    // The department sees the new materials marked as such, opens them, and may act on the case again.
    const seen = await gql(
      `query($id: ID!) { node(id: $id) { ... on Case { status availableActions
        materials { name isCorrection downloadUrl } } } }`,
      { id },
      clerk,
    );
    expect(seen.node.status).toBe('RECEIVED');
    expect(seen.node.availableActions).toEqual(['ACCEPT', 'ACCEPT_ON_COMMITMENT', 'REJECT']);
    expect(seen.node.materials.map((m: Data) => [m.name, m.isCorrection])).toEqual([
      ['居民身份证', true],
      ['恢复待遇申请表', true],
    ]);
    const file = await download(api, clerk, form.body.material.id);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(pdfBytes('form'))).toBe(true);
  });

  it('refuses uploads, removals and 提交补正 once the case no longer waits (a stale tab), changing nothing', async () => {
    const { id, dbId } = await caseInCorrection();
    const idCard = await sendFile(liHua, id, '居民身份证');
    await sendFile(liHua, id, '恢复待遇申请表');
    expect((await submit(id)).userErrors).toEqual([]);

    const before = await snapshot(dbId);
    const late = await sendFile(liHua, id, '居民身份证');
    expect([late.status, late.body.code, late.body.field]).toEqual([409, 'INVALID_TRANSITION', ['caseId']]);
    expect(late.body.message).toBe('办件当前状态为「已接件」，不在补正中，不能上传或提交补正材料。');
    expect((await submit(id)).userErrors[0]).toMatchObject({
      code: 'INVALID_TRANSITION',
      field: ['input', 'caseId'],
    });
    expect((await remove(idCard.body.material.id)).userErrors[0]).toMatchObject({
      code: 'INVALID_TRANSITION',
      field: ['input', 'materialId'],
    });
    expect(await snapshot(dbId)).toEqual(before);
  });

  it('refuses a case that was never in 补正, another person’s case, and a material the notice does not list', async () => {
    const received = await createCaseLike(api.db, TEMPLATE_CASE, { businessNumber: '20261204210000009001' });
    const receivedId = toGlobalId('Case', received.id);
    const beforeReceived = await snapshot(received.id);
    const wrongStatus = await sendFile(liHua, receivedId, '居民身份证');
    expect([wrongStatus.status, wrongStatus.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    expect((await submit(receivedId)).userErrors[0].code).toBe('INVALID_TRANSITION');
    expect(await snapshot(received.id)).toEqual(beforeReceived);

    const { id, dbId } = await caseInCorrection();
    const mine = await sendFile(liHua, id, '居民身份证');
    const before = await snapshot(dbId);
    const others = await sendFile(chenJing, id, '居民身份证');
    expect([others.status, others.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await submit(id, chenJing)).userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    expect((await remove(mine.body.material.id, chenJing)).userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
    });
    const clerkTry = await api.graphql(
      `mutation($input: SubmitCorrectionInput!) { submitCorrection(input: $input) { userErrors { code } } }`,
      { input: { caseId: id } },
      clerk,
    );
    expect(clerkTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const unlisted = await sendFile(liHua, id, '营业执照');
    expect([unlisted.status, unlisted.body.code, unlisted.body.field]).toEqual([
      404,
      'NOT_FOUND',
      ['correctionMaterial'],
    ]);
    const notAFile = await sendFile(liHua, id, '居民身份证', Buffer.from('not a document'), 'x.pdf');
    expect([notAFile.status, notAFile.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    expect(await snapshot(dbId)).toEqual(before);
  });

  it('the database keeps what the department has: in 补正 only corrections of the own notice change', async () => {
    // An original material, recorded while the case was received (the trigger allows no change then):
    const kase = await createCaseLike(api.db, TEMPLATE_CASE, {
      businessNumber: '20261204210000009002',
      status: 'DRAFT',
    });
    const original = await api.db.caseMaterial.create({
      data: { caseId: kase.id, name: '申请书', trustLevel: 'D' },
    });
    await api.db.case.update({ where: { id: kase.id }, data: { status: 'RECEIVED' } });
    const id = toGlobalId('Case', kase.id);
    await gql(
      `mutation($input: RequestCorrectionInput!) { requestCorrection(input: $input) { userErrors { code } } }`,
      { input: { caseId: id, missingMaterials: MISSING } },
      clerk,
    );
    const notice = await api.db.caseEvent.findFirstOrThrow({
      where: { caseId: kase.id, toStatus: 'CORRECTION_REQUIRED' },
    });
    const otherCase = await caseInCorrection();
    const otherNotice = await api.db.caseEvent.findFirstOrThrow({
      where: { caseId: otherCase.dbId, toStatus: 'CORRECTION_REQUIRED' },
    });

    // Through the API, an original material is no correction to take back.
    expect((await remove(toGlobalId('CaseMaterial', original.id))).userErrors[0].code).toBe('NOT_FOUND');

    const violation = /check_violation|23514|cannot be added or removed|补正/;
    await expect(api.db.caseMaterial.delete({ where: { id: original.id } })).rejects.toThrow(violation);
    await expect(
      api.db.caseMaterial.create({ data: { caseId: kase.id, name: '居民身份证', trustLevel: 'D' } }),
    ).rejects.toThrow(violation);
    await expect(
      api.db.caseMaterial.create({
        data: { caseId: kase.id, name: '居民身份证', trustLevel: 'D', correctionEventId: otherNotice.id },
      }),
    ).rejects.toThrow(violation);
    const correction = await api.db.caseMaterial.create({
      data: { caseId: kase.id, name: '居民身份证', trustLevel: 'D', correctionEventId: notice.id },
    });
    await expect(
      api.db.caseMaterial.update({ where: { id: correction.id }, data: { correctionEventId: null } }),
    ).rejects.toThrow(violation);
    await api.db.caseMaterial.delete({ where: { id: correction.id } });
    expect(await api.db.caseMaterial.findMany({ where: { caseId: kase.id } })).toEqual([original]);
  });
});

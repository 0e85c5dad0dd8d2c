import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrisma, type Db } from '../db/prisma.ts';
import type { Case, ServiceItemMaterial } from '../generated/prisma/client.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { APPLICATION_DATA_VERSION } from './application-form.ts';
import { COMPLETE_FORM, ITEM_CODE } from './application-fixtures.ts';
import { validateApplication } from './validate-application.ts';

/**
 * What a submission needs, checked on drafts written straight to the database: the item's form complete
 * (外商投资项目核准 has one; other items have none) and every required material of its checklist present.
 */
describe('validateApplication', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;
  let applicantId: string;
  let serial = 0;

  beforeAll(async () => {
    database = await createTestDatabase(inject('adminUrl'));
    db = createPrisma(database.url);
    applicantId = (await db.user.findFirstOrThrow({ where: { name: '王刚' } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  const checklist = async (itemCode: string) => {
    const item = await db.serviceItem.findUniqueOrThrow({ where: { code: itemCode } });
    const materials = await db.serviceItemMaterial.findMany({
      where: { itemId: item.id },
      orderBy: { sortOrder: 'asc' },
    });
    return { item, materials };
  };
  const draft = async (
    itemCode: string,
    applicationData: unknown,
    present: Pick<ServiceItemMaterial, 'id' | 'name'>[],
  ): Promise<Case> => {
    const { item } = await checklist(itemCode);
    const now = new Date();
    return db.case.create({
      data: {
        businessNumber: `VALIDATE-${++serial}`,
        source: 'ONLINE',
        originSystem: 'hall',
        applicantId,
        itemId: item.id,
        departmentId: item.departmentId,
        status: 'DRAFT',
        statusChangedAt: now,
        applicationData: (applicationData ?? undefined) as never, // no form saved: SQL NULL
        materials: { create: present.map((slot) => ({ itemMaterialId: slot.id, name: slot.name })) },
      },
    });
  };
  const problems = async (kase: Case) =>
    (await validateApplication(db, kase)).map((error) => [error.field!.join('.'), error.code, error.message]);
  const missing = (slot: ServiceItemMaterial) => [
    `materials.${toGlobalId('ServiceItemMaterial', slot.id)}`,
    'REQUIRED',
    `缺少必要材料：${slot.name}。`,
  ];

  it('accepts a complete form with every required material, the optional ones left out', async () => {
    const { materials } = await checklist(ITEM_CODE);
    const required = materials.filter((slot) => slot.required);
    expect(required.length).toBeGreaterThan(0);
    expect(required.length).toBeLessThan(materials.length);
    const kase = await draft(
      ITEM_CODE,
      { version: APPLICATION_DATA_VERSION, foreignInvestmentProject: COMPLETE_FORM },
      required,
    );
    expect(await problems(kase)).toEqual([]);
  });

  it('lists each missing required material in checklist order, and never an optional one', async () => {
    // the checklist reversed, so its order is no longer the order the rows were written in
    const seeded = (await checklist(ITEM_CODE)).materials;
    for (const [i, slot] of seeded.entries())
      await db.serviceItemMaterial.update({ where: { id: slot.id }, data: { sortOrder: 100 - i } });
    const { materials } = await checklist(ITEM_CODE);
    expect(materials.map((slot) => slot.id)).toEqual(seeded.map((slot) => slot.id).reverse());
    const required = materials.filter((slot) => slot.required);
    const kase = await draft(
      ITEM_CODE,
      { version: APPLICATION_DATA_VERSION, foreignInvestmentProject: COMPLETE_FORM },
      [required[1]!],
    );
    expect(await problems(kase)).toEqual(required.filter((slot) => slot !== required[1]).map(missing));
  });

  it('checks the form of an item that has one, under application.foreignInvestmentProject', async () => {
    const { materials } = await checklist(ITEM_CODE);
    const required = materials.filter((slot) => slot.required);
    const incomplete = await draft(
      ITEM_CODE,
      { version: APPLICATION_DATA_VERSION, foreignInvestmentProject: { ...COMPLETE_FORM, projectName: '' } },
      required,
    );
    expect(await problems(incomplete)).toEqual([
      ['application.foreignInvestmentProject.projectName', 'REQUIRED', '请填写项目名称。'],
    ]);
    // no form saved at all: every required field of it is missing
    const empty = await problems(await draft(ITEM_CODE, null, required));
    expect(empty.length).toBeGreaterThan(3);
    expect(empty[0]).toEqual([
      'application.foreignInvestmentProject.projectName',
      'REQUIRED',
      '请填写项目名称。',
    ]);
    for (const [field] of empty) expect(field).toMatch(/^application\.foreignInvestmentProject\./);
  });

  it('checks only the materials of an item without a form', async () => {
    const { materials } = await checklist('nk-approval-social-org');
    expect(await problems(await draft('nk-approval-social-org', null, materials))).toEqual([]);
    expect(await problems(await draft('nk-approval-social-org', null, materials.slice(1)))).toEqual([
      missing(materials[0]!),
    ]);
  });
});

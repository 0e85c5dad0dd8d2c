import type { Db } from '../prisma.ts';
import { CATEGORIES, GUIDES, NOTICES, SYNONYMS } from './portal-data.ts';
import { normaliseSearchText } from '../../catalogue/index.ts';

/**
 * The portal's rows (首页): 办事指南 fields, categories with their items, the reviewed synonyms and the
 * development notices. Idempotent: guides and categories are brought up to the seed, synonyms and notices
 * added when missing.
 */
export async function seedPortal(
  db: Db,
  itemIds: Map<string, { id: string }>,
  adminId: string,
): Promise<void> {
  for (const [code, guide] of Object.entries(GUIDES)) {
    await db.serviceItem.update({ where: { id: itemIds.get(code)!.id }, data: guide });
  }
  for (const [index, category] of CATEGORIES.entries()) {
    const fields = {
      audience: category.audience,
      kind: category.kind,
      name: category.name,
      sortOrder: index,
    };
    const row = await db.serviceCategory.upsert({
      where: { code: category.code },
      update: fields,
      create: { code: category.code, ...fields },
    });
    await db.serviceItemCategory.createMany({
      data: category.items.map((code) => ({ itemId: itemIds.get(code)!.id, categoryId: row.id })),
      skipDuplicates: true,
    });
  }
  await db.serviceItemSynonym.createMany({
    data: Object.entries(SYNONYMS).flatMap(([code, terms]) =>
      terms.map((term) => ({ itemId: itemIds.get(code)!.id, term: normaliseSearchText(term) })),
    ),
    skipDuplicates: true,
  });
  for (const notice of NOTICES) {
    if (await db.notice.findFirst({ where: { title: notice.title } })) continue;
    await db.notice.create({
      data: {
        title: notice.title,
        body: notice.body,
        authorId: adminId,
        publishedAt: notice.publishedAt ? new Date(notice.publishedAt) : null,
      },
    });
  }
}

import type { Case, Prisma } from '../generated/prisma/client.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { userError, type UserError } from '../lib/errors.ts';
import {
  FORM_OF_ITEM,
  readApplicationData,
  validateForeignInvestmentProjectForSubmit,
} from './application-form.ts';

/**
 * Everything a submission needs: the item's form complete and consistent, and every required material of
 * the checklist present (uploaded or fetched from the license library). Field paths start at
 * ["application", ...] for the form and ["materials", <ServiceItemMaterial ID>] for a missing material.
 */
export async function validateApplication(tx: Prisma.TransactionClient, kase: Case): Promise<UserError[]> {
  const item = await tx.serviceItem.findUniqueOrThrow({ where: { id: kase.itemId } });
  const errors: UserError[] = [];
  if (FORM_OF_ITEM[item.code] === 'FOREIGN_INVESTMENT_PROJECT') {
    const data = readApplicationData(kase.applicationData);
    errors.push(
      ...validateForeignInvestmentProjectForSubmit(data?.foreignInvestmentProject ?? null, [
        'application',
        'foreignInvestmentProject',
      ]),
    );
  }
  const [slots, materials] = await Promise.all([
    tx.serviceItemMaterial.findMany({
      where: { itemId: item.id, required: true },
      orderBy: { sortOrder: 'asc' },
    }),
    tx.caseMaterial.findMany({ where: { caseId: kase.id }, select: { itemMaterialId: true } }),
  ]);
  const present = new Set(materials.map((material) => material.itemMaterialId));
  for (const slot of slots) {
    if (!present.has(slot.id)) {
      errors.push(
        userError('REQUIRED', `缺少必要材料：${slot.name}。`, [
          'materials',
          toGlobalId('ServiceItemMaterial', slot.id),
        ]),
      );
    }
  }
  return errors;
}

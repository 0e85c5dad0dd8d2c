import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { caseCorrection } from './case-correction.ts';
import { submitCorrection } from './submit-correction.ts';
import { removeCorrectionMaterial } from './remove-correction-material.ts';
import type { SubmittedMaterial } from './submit-correction.ts';

export const correctionResolvers: Resolvers = {
  Mutation: {
    submitCorrection: async (_parent, { input }, ctx) =>
      toPayload('case', await submitCorrection(ctx, { caseId: inputId(input.caseId, 'Case') })),
    removeCorrectionMaterial: async (_parent, { input }, ctx) => {
      const result = await removeCorrectionMaterial(ctx, {
        materialId: inputId(input.materialId, 'CaseMaterial'),
      });
      return result.ok
        ? {
            case: result.value.case,
            removedMaterialId: toGlobalId('CaseMaterial', result.value.removedMaterialId),
            userErrors: [],
          }
        : { case: null, removedMaterialId: null, userErrors: result.errors };
    },
  },
  Case: {
    correction: (kase, _args, ctx) => caseCorrection(ctx, kase),
  },
  CorrectionItem: {
    itemMaterial: (item, _args, ctx) =>
      ctx.db.serviceItemMaterial.findFirst({ where: { itemId: item.itemId, name: item.name } }),
  },
  CaseMaterial: {
    isCorrection: (material) => material.correctionEventId !== null,
  },
  CaseEvent: {
    submittedMaterials: (event) => {
      const list = (event.details as { submittedMaterials?: SubmittedMaterial[] } | null)?.submittedMaterials;
      return Array.isArray(list) ? list.map((material) => `${material.name}：${material.fileName}`) : [];
    },
  },
};

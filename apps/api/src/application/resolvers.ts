import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { readApplicationData, FORM_OF_ITEM } from './application-form.ts';
import { ACCEPTED_CONTENT_TYPES } from './detect-content-type.ts';
import { downloadUrlOf } from './material-view.ts';
import { saveApplicationDraft } from './save-application-draft.ts';
import { removeCaseMaterial } from './remove-case-material.ts';
import { submitDraft } from './submit-draft.ts';

export const applicationResolvers: Resolvers = {
  Query: {
    uploadLimits: (_parent, _args, ctx) => ({
      ...ctx.uploadLimits,
      acceptedContentTypes: [...ACCEPTED_CONTENT_TYPES],
    }),
  },
  Mutation: {
    submitDraft: async (_parent, { input }, ctx) =>
      toPayload('case', await submitDraft(ctx, { caseId: inputId(input.caseId, 'Case') })),
    saveApplicationDraft: async (_parent, { input }, ctx) => {
      const result = await saveApplicationDraft(ctx, {
        caseId: input.caseId ? inputId(input.caseId, 'Case') : null,
        itemId: inputId(input.itemId, 'ServiceItem'),
        foreignInvestmentProject: input.foreignInvestmentProject ?? null,
      });
      return toPayload('case', result);
    },
    removeCaseMaterial: async (_parent, { input }, ctx) => {
      const result = await removeCaseMaterial(ctx, { materialId: inputId(input.materialId, 'CaseMaterial') });
      return result.ok
        ? {
            case: result.value.case,
            removedMaterialId: toGlobalId('CaseMaterial', result.value.removedMaterialId),
            userErrors: [],
          }
        : { case: null, removedMaterialId: null, userErrors: result.errors };
    },
  },
  ServiceItem: {
    applicationForm: (item) => FORM_OF_ITEM[item.code] ?? null,
  },
  Case: {
    application: (kase) => {
      const data = readApplicationData(kase.applicationData);
      return data ? { version: data.version, foreignInvestmentProject: data.foreignInvestmentProject } : null;
    },
  },
  CaseMaterial: {
    id: (material) => toGlobalId('CaseMaterial', material.id),
    itemMaterial: (material, _args, ctx) =>
      material.itemMaterialId
        ? ctx.db.serviceItemMaterial.findUnique({ where: { id: material.itemMaterialId } })
        : null,
    contentType: (material) => material.contentType,
    sizeBytes: (material) => material.sizeBytes,
    sha256: (material) => material.sha256,
    downloadUrl: (material) => downloadUrlOf(material),
  },
};

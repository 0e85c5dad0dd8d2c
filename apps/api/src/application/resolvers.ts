import type { Resolvers } from '../generated/graphql.ts';
import type { Case } from '../generated/prisma/client.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { notFound, parseGlobalId, toPayload } from '../lib/payload.ts';
import { refused } from '../lib/errors.ts';
import { readApplicationData, FORM_OF_ITEM } from './application-form.ts';
import { ACCEPTED_CONTENT_TYPES } from './detect-content-type.ts';
import { downloadUrlOf } from './material-view.ts';
import { saveApplicationDraft } from './save-application-draft.ts';
import { removeCaseMaterial } from './remove-case-material.ts';

export const applicationResolvers: Resolvers = {
  Query: {
    uploadLimits: (_parent, _args, ctx) => ({
      ...ctx.uploadLimits,
      acceptedContentTypes: [...ACCEPTED_CONTENT_TYPES],
    }),
  },
  Mutation: {
    saveApplicationDraft: async (_parent, { input }, ctx) => {
      const itemId = parseGlobalId(input.itemId, 'ServiceItem');
      if (!itemId) return toPayload('case', refused<Case>(notFound(['input', 'itemId'], '未找到该事项。')));
      const caseId = input.caseId ? parseGlobalId(input.caseId, 'Case') : null;
      if (input.caseId && !caseId) {
        return toPayload('case', refused<Case>(notFound(['input', 'caseId'], '未找到该暂存件。')));
      }
      const result = await saveApplicationDraft(ctx, {
        caseId,
        itemId,
        foreignInvestmentProject: input.foreignInvestmentProject ?? null,
      });
      return toPayload('case', result);
    },
    removeCaseMaterial: async (_parent, { input }, ctx) => {
      const materialId = parseGlobalId(input.materialId, 'CaseMaterial');
      const result = materialId
        ? await removeCaseMaterial(ctx, { materialId })
        : refused<never>(notFound(['input', 'materialId'], '未找到该材料。'));
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

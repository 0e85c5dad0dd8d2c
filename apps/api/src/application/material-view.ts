import type { CaseMaterial } from '../generated/prisma/client.ts';
import { toGlobalId } from '../lib/global-id.ts';

/** The web opens files through its same-origin proxy of GET /files/:id, which adds the session token. */
export const downloadUrlOf = (material: Pick<CaseMaterial, 'id' | 'storageKey'>): string | null =>
  material.storageKey ? `/api/files/${toGlobalId('CaseMaterial', material.id)}` : null;

/** The JSON the upload route answers with (the same fields as GraphQL's CaseMaterial). */
export function materialJson(material: CaseMaterial) {
  return {
    id: toGlobalId('CaseMaterial', material.id),
    name: material.name,
    itemMaterialId: material.itemMaterialId
      ? toGlobalId('ServiceItemMaterial', material.itemMaterialId)
      : null,
    trustLevel: material.trustLevel,
    fileName: material.fileName,
    contentType: material.contentType,
    sizeBytes: material.sizeBytes,
    sha256: material.sha256,
    downloadUrl: downloadUrlOf(material),
    isCorrection: material.correctionEventId !== null,
    createdAt: material.createdAt.toISOString(),
  };
}

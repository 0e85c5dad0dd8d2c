/** The API's answer to an upload: the stored material, or why it was refused. */
type UploadAnswer = {
  material?: { id: string };
  message?: string;
  userErrors?: { message: string }[];
};

/** What the file answers: a draft's checklist entry, or a material the case's 补正 notice lists (by name). */
type UploadTarget = { itemMaterialId: string } | { correctionMaterial: string };

/**
 * Uploads one file through the web's same-origin /api/files route (which adds the session token). Returns
 * the new material's ID, or the message to show.
 */
export async function uploadMaterial(
  input: { caseId: string; file: File } & UploadTarget,
): Promise<{ materialId?: string; error?: string }> {
  const body = new FormData();
  // Fields before the file: the API reads them before it streams the file to storage.
  body.append('caseId', input.caseId);
  if ('itemMaterialId' in input) body.append('itemMaterialId', input.itemMaterialId);
  else body.append('correctionMaterial', input.correctionMaterial);
  body.append('file', input.file, input.file.name);
  let response: Response;
  try {
    response = await fetch('/api/files', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    return { error: '上传失败：网络异常，请检查网络后重试。' };
  }
  const answer = (await response.json().catch(() => ({}))) as UploadAnswer;
  if (response.ok && answer.material) return { materialId: answer.material.id };
  const messages = [answer.message, ...(answer.userErrors?.map((e) => e.message) ?? [])].filter(Boolean);
  if (messages.length > 0) return { error: messages.join(' ') };
  if (response.status === 413) return { error: '文件过大，请压缩后重新上传。' };
  if (response.status === 401) return { error: '登录已过期，请重新登录后再试。' };
  return { error: '上传失败，请稍后重试。' };
}

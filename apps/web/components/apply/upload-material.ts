/** The API's answer to an upload: the stored material, or why it was refused. */
type UploadAnswer = {
  material?: { id: string };
  message?: string;
  userErrors?: { message: string }[];
};

/**
 * Uploads one file for one checklist entry through the web's same-origin /api/files route (which adds the
 * session token). Returns the new material's ID, or the message to show.
 */
export async function uploadMaterial(input: {
  caseId: string;
  itemMaterialId: string;
  file: File;
}): Promise<{ materialId?: string; error?: string }> {
  const body = new FormData();
  // Fields before the file: the API reads them before it streams the file to storage.
  body.append('caseId', input.caseId);
  body.append('itemMaterialId', input.itemMaterialId);
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

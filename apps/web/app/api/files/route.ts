import { filesUrl, jsonMessage, streamBack, upstreamHeaders } from '@/lib/upstream-files';

/**
 * Upload of one material (multipart: caseId, itemMaterialId, then file), forwarded to the API's POST /files
 * with the caller's session token. The body is streamed through unread: the API decides the type from the
 * content, enforces the size limits and answers with the material or `userErrors`.
 */
export async function POST(request: Request): Promise<Response> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    return jsonMessage(415, '请使用表单上传文件。');
  }
  // A cross-site page can post a multipart form without a preflight; only this site's pages may upload.
  if (request.headers.get('sec-fetch-site') === 'cross-site') return jsonMessage(403, '不允许跨站上传。');
  if (!request.body) return jsonMessage(400, '请选择要上传的文件。');

  const headers = await upstreamHeaders(request);
  headers['content-type'] = contentType;
  const length = request.headers.get('content-length');
  if (length) headers['content-length'] = length;

  let upstream: Response;
  try {
    upstream = await fetch(filesUrl(), {
      method: 'POST',
      headers,
      body: request.body,
      // Stream the request body instead of buffering it (Node's fetch requires this for a stream body).
      duplex: 'half',
      cache: 'no-store',
      signal: AbortSignal.timeout(120_000),
    } as RequestInit & { duplex: 'half' });
  } catch (error) {
    console.error('[files proxy] upload failed', error);
    return jsonMessage(502, '上传失败：服务暂时不可用，请稍后再试。');
  }
  return streamBack(upstream);
}

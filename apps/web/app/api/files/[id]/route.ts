import { filesUrl, streamBack, upstreamHeaders } from '@/lib/upstream-files';

type Context = { params: Promise<{ id: string }> };

/**
 * 查看/下载 of a case material: forwards to the API's GET /files/:id with the caller's session token, which
 * checks on every request that the caller is the applicant or the handling department; the file is streamed.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  const headers = await upstreamHeaders(request);
  // Signed out: nothing to ask the API (it would answer 401 too, whatever the ID).
  if (!headers['x-session-token']) return refusal(401);
  const download = new URL(request.url).searchParams.get('download') === '1';
  let upstream: Response;
  try {
    upstream = await fetch(filesUrl(`/${encodeURIComponent(decodeURIComponent(id))}`), {
      headers,
      cache: 'no-store',
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    console.error('[files proxy] download failed', error);
    return new Response('服务暂时不可用，请稍后再试。', { status: 502 });
  }
  if (!upstream.ok) {
    await upstream.body?.cancel();
    return refusal(upstream.status);
  }
  const disposition = upstream.headers.get('content-disposition');
  // 查看 opens PDFs and images in the browser; 下载 saves them under their name.
  // The API serves only PDF, JPEG, PNG and OFD, typed from the content, so opening them inline is safe.
  const extra: Record<string, string> = {};
  if (disposition) {
    extra['content-disposition'] = disposition.replace(
      /^(attachment|inline)/i,
      download ? 'attachment' : 'inline',
    );
  }
  return streamBack(upstream, extra);
}

/**
 * The API's refusal in the browser's terms: not signed in (or the session ended) stays 401; a file that does
 * not exist and one the caller may not see are the same 404, so the answer tells nothing about other cases.
 */
function refusal(status: number): Response {
  const [code, message] =
    status === 401
      ? [401, '请先登录。']
      : status === 404 || status === 403
        ? [404, '文件不存在或无权查看。']
        : [502, '文件暂时无法打开。'];
  return new Response(message, {
    status: code,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  });
}

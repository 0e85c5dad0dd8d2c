import { getApiUrl } from '@/lib/api-url';
import { streamBack, upstreamHeaders } from '@/lib/upstream-files';
import { EXPORT_VIEWS, type ExportView } from '@/lib/dashboard-params';

/**
 * 导出 Excel of a dashboard view (统计分析 `figures`, 评价明细 `evaluations`, 办件明细 `cases`): forwards the
 * view's parameters to the API's GET /dashboard/<view>.xlsx with the caller's session token (the API checks
 * the dashboard policy) and streams the workbook back.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ view: string }> },
): Promise<Response> {
  const { view } = await params;
  if (!EXPORT_VIEWS.includes(view as ExportView)) return new Response('没有这个导出。', { status: 404 });
  const headers = await upstreamHeaders(request);
  if (!headers['x-session-token']) return new Response('请先登录。', { status: 401 });
  const search = new URL(request.url).search;
  let upstream: Response;
  try {
    upstream = await fetch(`${getApiUrl()}/dashboard/${view}.xlsx${search}`, {
      headers,
      cache: 'no-store',
      signal: AbortSignal.timeout(600_000),
    });
  } catch (error) {
    console.error('[dashboard export] failed', error);
    return new Response('服务暂时不可用，请稍后再试。', { status: 502 });
  }
  if (!upstream.ok) {
    const { message } = (await upstream.json().catch(() => ({}))) as { message?: string };
    return new Response(message ?? '无法导出。', { status: upstream.status });
  }
  return streamBack(upstream);
}

import { hostProblem, type OutboundRule } from '../lib/outbound-address.ts';
import { CASE_EVENTS } from '../case/index.ts';
import { EVALUATION_DEADLINE_EVENTS, EVALUATION_EVENTS } from '../evaluation/index.ts';

/**
 * The event types a partner may receive, each with the scope it needs: the same scope that lets the client
 * read what the event is about. The database's webhook_endpoints_event_types check lists the same types.
 */
export const WEBHOOK_EVENT_SCOPES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(CASE_EVENTS).map((type) => [type, 'cases:read'])),
  ...Object.fromEntries(
    [...Object.values(EVALUATION_EVENTS), ...Object.values(EVALUATION_DEADLINE_EVENTS)].map((type) => [
      type,
      'evaluations:read',
    ]),
  ),
};

/** Endpoints per client. */
export const MAX_WEBHOOK_ENDPOINTS = 5;
export const MAX_WEBHOOK_URL_LENGTH = 2000;
/** How long an endpoint may take to answer before the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL rule: https:// always; http:// only to the loopback host (localhost, 127.0.0.1, [::1]) and only
 * outside production, for development and tests. No credentials in the URL. Null when the URL is acceptable.
 */
export function webhookUrlProblem(url: string, isProduction: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '地址格式不正确。';
  }
  if (url.length > MAX_WEBHOOK_URL_LENGTH) return `地址最长 ${MAX_WEBHOOK_URL_LENGTH} 个字符。`;
  if (parsed.username || parsed.password) return '地址中不能包含用户名或密码。';
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname) && !isProduction) return null;
  return '回调地址须使用 https://（仅开发和测试环境允许 http://localhost）。';
}

/** Where webhooks may go: public addresses; loopback too outside production (development, tests). */
export const webhookOutboundRule = (isProduction: boolean): OutboundRule => ({
  allowLoopback: !isProduction,
});

/**
 * The address rule, at registration: every address the host resolves to must be public (no internal network,
 * no cloud metadata). Deliveries check again at connect time (webhook-handler.ts), so a later DNS change
 * to an internal address is refused too. Null when acceptable.
 */
export async function webhookHostProblem(url: string, isProduction: boolean): Promise<string | null> {
  const problem = await hostProblem(new URL(url).hostname, webhookOutboundRule(isProduction));
  return problem ? '回调地址不能指向内部网络、本机或保留地址。' : null;
}

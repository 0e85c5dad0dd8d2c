import { readApiEnvVariable } from '../env-schema.ts';
import { randomBytes } from 'node:crypto';
import type { Context } from '../context.ts';
import type { WebhookEndpoint } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { encryptPii } from '../lib/pii.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { webhookPolicy } from './webhook-policy.ts';
import {
  MAX_WEBHOOK_ENDPOINTS,
  WEBHOOK_EVENT_SCOPES,
  webhookHostProblem,
  webhookUrlProblem,
} from './webhook-rules.ts';

/**
 * A partner system registers an endpoint for event types its scopes cover (cases:read for case events,
 * evaluations:read for evaluation events). Deliveries start with the next event: no history is replayed.
 * The signing secret is in this answer only; the hall keeps it encrypted to sign with.
 */
export async function registerWebhookEndpoint(
  ctx: Context,
  input: { url: string; eventTypes: readonly string[] },
): Promise<Result<{ endpoint: WebhookEndpoint; secret: string }>> {
  const client = webhookPolicy.requireClient(ctx.principal, 'webhook.manage');
  const url = input.url.trim();
  const isProduction = readApiEnvVariable('NODE_ENV') === 'production';
  const urlProblem = webhookUrlProblem(url, isProduction) ?? (await webhookHostProblem(url, isProduction));
  if (urlProblem) return refused(userError('INVALID', urlProblem, ['input', 'url']));
  const eventTypes = [...new Set(input.eventTypes)];
  if (!eventTypes.length)
    return refused(userError('REQUIRED', '请至少选择一种事件。', ['input', 'eventTypes']));
  const unknown = eventTypes.filter((type) => !WEBHOOK_EVENT_SCOPES[type]);
  if (unknown.length) {
    return refused(userError('INVALID', `未知的事件类型：${unknown.join(', ')}。`, ['input', 'eventTypes']));
  }
  const uncovered = eventTypes.filter((type) => !client.scopes.includes(WEBHOOK_EVENT_SCOPES[type]!));
  if (uncovered.length) {
    const scopes = [...new Set(uncovered.map((type) => WEBHOOK_EVENT_SCOPES[type]))].join(', ');
    return refused(
      userError('FORBIDDEN', `订阅 ${uncovered.join(', ')} 需要令牌具有 ${scopes} 权限。`, [
        'input',
        'eventTypes',
      ]),
    );
  }
  const count = await ctx.db.webhookEndpoint.count({ where: { clientId: client.client.id, isActive: true } });
  if (count >= MAX_WEBHOOK_ENDPOINTS) {
    return refused(
      userError('INVALID', `每个接入系统最多 ${MAX_WEBHOOK_ENDPOINTS} 个回调地址。`, ['input', 'url']),
    );
  }
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  try {
    const endpoint = await ctx.db.$transaction(async (tx) => {
      const row = await tx.webhookEndpoint.create({
        data: { clientId: client.client.id, url, eventTypes, secret: encryptPii(secret) },
      });
      await writeAuditLog(tx, ctx, {
        action: 'webhook.register',
        subjectType: 'WebhookEndpoint',
        subjectId: row.id,
        details: { url, eventTypes },
      });
      return row;
    });
    return ok({ endpoint, secret });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return refused(userError('TAKEN', '该回调地址已登记。', ['input', 'url']));
    }
    throw error;
  }
}

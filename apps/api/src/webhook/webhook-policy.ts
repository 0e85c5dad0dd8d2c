import { definePolicy } from '../auth/policy.ts';
import type { Principal } from '../auth/principal.ts';

/**
 * Partner webhooks: a partner system manages its own endpoints and reads and redelivers its own log (the
 * per-object check is the endpoint's client); admins read any client's log and redeliver.
 */
export const webhookPolicy = definePolicy('webhook', {
  'webhook.manage': { 'scope:cases:read': 'own', 'scope:evaluations:read': 'own' },
  'webhook.readLog': { 'scope:cases:read': 'own', 'scope:evaluations:read': 'own', ADMIN: 'all' },
  'webhook.redeliver': { 'scope:cases:read': 'own', 'scope:evaluations:read': 'own', ADMIN: 'all' },
});

/** The partner client whose webhooks the caller may touch: its own for a token; null (any) for an admin. */
export function webhookOwnerOf(principal: Principal): string | null {
  return principal.kind === 'client' ? principal.client.id : null;
}

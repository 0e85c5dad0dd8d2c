import { definePolicy } from '../auth/policy.ts';
import type { Principal } from '../auth/principal.ts';

/**
 * The partner module's permission table: partner systems reading their department's cases and evaluations,
 * the audit of those reads, client management, and who may explore the schema.
 */
export const partnerPolicy = definePolicy('partner', {
  /** `cases`: the client's own department's cases, in change order */
  'partner.listCases': { 'scope:cases:read': 'department' },
  /** `evaluations`: the client's own department's evaluations with replies, 追评 and appeal outcome */
  'partner.listEvaluations': { 'scope:evaluations:read': 'department' },
  /** `partnerReads`: the audit of partner reads of personal data */
  'partner.readAudit': { SUPERVISOR: 'all', ADMIN: 'all' },
  /** `apiClients`, create/rotate/disable */
  'partner.manageClients': { ADMIN: 'all' },
  /** introspection in production, and free queries from /graphiql with a staff session: partners and staff */
  'partner.exploreSchema': {
    'scope:cases:sync': 'all',
    'scope:cases:read': 'all',
    'scope:evaluations:read': 'all',
    'scope:licenses:publish': 'all',
    WINDOW_STAFF: 'all',
    DEPARTMENT_STAFF: 'all',
    SUPERVISOR: 'all',
    ADMIN: 'all',
  },
});
export type PartnerPermission = keyof typeof partnerPolicy.grants;

/**
 * Every scope a client may be given. The policies grant these and no others (partner-policy.test.ts reads
 * every registered policy to keep the two equal).
 */
export const KNOWN_SCOPES = ['cases:sync', 'cases:read', 'evaluations:read', 'licenses:publish'] as const;

/** A partner system with evaluations:read reads its own department's evaluations (lists, node(id:), appeal outcome). */
export function partnerReadsEvaluationsOf(principal: Principal, kase: { departmentId: string }): boolean {
  return principal.kind === 'client' && partnerPolicy.allows(principal, 'partner.listEvaluations', kase);
}

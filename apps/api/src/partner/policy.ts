import type { Role } from '../generated/prisma/client.ts';
import type { ClientPrincipal, Principal, UserPrincipal } from '../auth/principal.ts';
import { forbidden, unauthenticated } from '../lib/errors.ts';

/**
 * The partner module's permission table: what each operation needs, granted to roles (people) and to partner
 * scopes (client-credentials tokens). Handlers name a permission here instead of a role or scope, so moving
 * onto the shared policy framework (issue 14) is a change of this file alone.
 */
export const PARTNER_POLICY = {
  /** `cases`: the client's own department's cases, in change order */
  'cases.read': { scopes: ['cases:read'], roles: [] },
  /** `evaluations`: the client's own department's evaluations with replies, 追评 and appeal outcome */
  'evaluations.read': { scopes: ['evaluations:read'], roles: [] },
  /** `partnerReads`: the audit of partner reads of personal data */
  'partnerReads.read': { scopes: [], roles: ['SUPERVISOR', 'ADMIN'] },
  /** `apiClients`, create/rotate/disable */
  'apiClients.manage': { scopes: [], roles: ['ADMIN'] },
  /** introspection in production, and free queries from /graphiql with a staff session: partners and staff */
  'schema.explore': {
    scopes: ['cases:sync', 'cases:read', 'evaluations:read', 'licenses:publish'],
    roles: ['WINDOW_STAFF', 'DEPARTMENT_STAFF', 'SUPERVISOR', 'ADMIN'],
  },
} as const satisfies Record<string, { scopes: readonly string[]; roles: readonly Role[] }>;

export type PartnerPermission = keyof typeof PARTNER_POLICY;

/** Every scope a client may be given: the partner table's and those other modules check (cases:sync …). */
export const KNOWN_SCOPES = ['cases:sync', 'cases:read', 'evaluations:read', 'licenses:publish'] as const;

/** Whether the table grants the permission to this caller (for per-object checks inside a handler). */
export function grantsPartnerPermission(principal: Principal, permission: PartnerPermission): boolean {
  const rule: { scopes: readonly string[]; roles: readonly Role[] } = PARTNER_POLICY[permission];
  if (principal.kind === 'client') return rule.scopes.some((scope) => principal.scopes.includes(scope));
  if (principal.kind === 'user') return rule.roles.some((role) => principal.user.roles.includes(role));
  return false;
}

/** Not signed in → UNAUTHENTICATED; a caller the table does not grant → FORBIDDEN. */
export function requirePartnerPermission(
  principal: Principal,
  permission: 'cases.read' | 'evaluations.read',
): ClientPrincipal;
export function requirePartnerPermission(
  principal: Principal,
  permission: 'partnerReads.read' | 'apiClients.manage',
): UserPrincipal;
export function requirePartnerPermission(
  principal: Principal,
  permission: PartnerPermission,
): ClientPrincipal | UserPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'job' && grantsPartnerPermission(principal, permission)) return principal;
  const rule: { scopes: readonly string[]; roles: readonly Role[] } = PARTNER_POLICY[permission];
  const needs = [
    ...rule.scopes.map((s) => `a partner token with ${s}`),
    ...rule.roles.map((r) => `the ${r} role`),
  ];
  throw forbidden(`This operation needs ${needs.join(' or ')}.`);
}

/** A partner system with evaluations:read reads its own department's evaluations (lists, node(id:), appeal outcome). */
export function partnerReadsEvaluationsOf(principal: Principal, kase: { departmentId: string }): boolean {
  return (
    principal.kind === 'client' &&
    principal.client.departmentId === kase.departmentId &&
    grantsPartnerPermission(principal, 'evaluations.read')
  );
}

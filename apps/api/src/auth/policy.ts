import type { Role } from '../generated/prisma/client.ts';
import { forbidden, unauthenticated } from '../lib/errors.ts';
import type { ClientPrincipal, Principal, UserPrincipal } from './principal.ts';

/**
 * How far a grant reaches: every object, the objects of the holder's own department (a staff member's, or a
 * partner system's), or the holder's own objects (the applicant's).
 */
export type Reach = 'all' | 'department' | 'own';

/**
 * Who a permission is granted to: a role of a signed-in person, any signed-in person (`SIGNED_IN`), a partner
 * token's scope (`scope:cases:read`) or a job running as itself (`job:national-reporting`). One table serves
 * sessions, API tokens and jobs, the way dub's ROLE_PERMISSIONS serves sessions and API keys.
 */
export type Grantee = Role | 'SIGNED_IN' | `scope:${string}` | `job:${string}`;
export type Grants = Partial<Record<Grantee, Reach>>;

/** The owner and department of an object, which a grant's reach is compared with. */
export interface Target {
  ownerId?: string | null;
  departmentId?: string | null;
}

/** The columns of a list query that `own` and `department` grants filter on (SQL expressions). */
export interface FilterColumns {
  owner?: string;
  department?: string;
}

export interface Policy<P extends string> {
  readonly module: string;
  readonly grants: Readonly<Record<P, Grants>>;
  /** The principal holds the permission at some reach (the operation-level check). */
  holds(principal: Principal, permission: P): boolean;
  /** The guard on a domain function's first line: UNAUTHENTICATED or FORBIDDEN unless `holds`. */
  require(principal: Principal, permission: P): Exclude<Principal, { kind: 'anonymous' }>;
  /** `require`, for operations only a signed-in person performs (a token holding it is FORBIDDEN). */
  requireUser(principal: Principal, permission: P): UserPrincipal;
  /** `require`, for operations only a partner system performs. */
  requireClient(principal: Principal, permission: P): ClientPrincipal;
  /** The per-object check: some grant the principal holds reaches this object. */
  allows(principal: Principal, permission: P, target: Target): boolean;
  /**
   * The per-object check as a SQL condition for lists: `TRUE`, `FALSE`, or the `own`/`department` conditions
   * the principal's grants reach, with values bound through `param` (never inlined).
   */
  sqlFilter(
    principal: Principal,
    permission: P,
    columns: FilterColumns,
    param: (value: unknown) => string,
  ): string;
}

interface Holding {
  reaches: Reach[];
  ownerId: string | null;
  departmentId: string | null;
}

/** The grantees a principal is, and what `own` and `department` mean for it. */
function granteesOf(principal: Principal): {
  grantees: Grantee[];
  ownerId: string | null;
  departmentId: string | null;
} {
  switch (principal.kind) {
    case 'user':
      return {
        grantees: ['SIGNED_IN', ...principal.user.roles],
        ownerId: principal.user.id,
        departmentId: principal.user.departmentId,
      };
    case 'client':
      return {
        grantees: principal.scopes.map((scope) => `scope:${scope}` as const),
        ownerId: null,
        departmentId: principal.client.departmentId,
      };
    case 'job':
      return { grantees: [`job:${principal.job}`], ownerId: null, departmentId: null };
    default:
      return { grantees: [], ownerId: null, departmentId: null };
  }
}

function holdingOf(principal: Principal, grants: Grants): Holding {
  const { grantees, ownerId, departmentId } = granteesOf(principal);
  const reaches = grantees.flatMap((grantee) => (grants[grantee] ? [grants[grantee]] : []));
  return { reaches, ownerId, departmentId };
}

const grantsNonPeople = (grants: Grants) =>
  Object.keys(grants).some((grantee) => grantee.startsWith('scope:') || grantee.startsWith('job:'));

/** A permission as its policy defines it: the module, its grants, and the policy whose guards enforce it. */
export interface RegisteredPermission {
  module: string;
  grants: Grants;
  policy: Policy<string>;
}

const registry = new Map<string, RegisteredPermission>();

/** Every permission of every policy loaded so far (the authorization matrix and docs read these). */
export function registeredPermissions(): ReadonlyMap<string, RegisteredPermission> {
  return registry;
}

/**
 * A module's permission table. Permission names are `<module>.<verb>` and unique across the API; a new
 * role, scope or job is a new key in the rows that grant it something, not a new branch anywhere.
 */
export function definePolicy<const P extends `${string}.${string}`>(
  module: string,
  grants: Record<P, Grants>,
): Policy<P> {
  for (const [permission, row] of Object.entries<Grants>(grants)) {
    if (!permission.startsWith(`${module}.`)) throw new Error(`${permission} must be named ${module}.<verb>`);
    const known = registry.get(permission);
    if (known && known.grants !== row) throw new Error(`${permission} is defined twice`);
  }
  const policy: Policy<P> = {
    module,
    grants,
    holds: (principal, permission) => holdingOf(principal, grants[permission]).reaches.length > 0,
    require(principal, permission) {
      if (principal.kind === 'anonymous') throw unauthenticated();
      if (policy.holds(principal, permission)) return principal;
      // An operation for any signed-in person, and for people only, is one a token or job is not signed in for.
      if (principal.kind !== 'user' && grants[permission].SIGNED_IN && !grantsNonPeople(grants[permission])) {
        throw unauthenticated();
      }
      throw forbidden(`This operation needs the ${permission} permission.`);
    },
    requireUser(principal, permission) {
      const held = policy.require(principal, permission);
      if (held.kind !== 'user') throw forbidden(`Only a signed-in person may use ${permission}.`);
      return held;
    },
    requireClient(principal, permission) {
      const held = policy.require(principal, permission);
      if (held.kind !== 'client') throw forbidden(`Only a partner system may use ${permission}.`);
      return held;
    },
    allows(principal, permission, target) {
      const { reaches, ownerId, departmentId } = holdingOf(principal, grants[permission]);
      return reaches.some(
        (reach) =>
          reach === 'all' ||
          (reach === 'department' && departmentId !== null && departmentId === target.departmentId) ||
          (reach === 'own' && ownerId !== null && ownerId === target.ownerId),
      );
    },
    sqlFilter(principal, permission, columns, param) {
      const { reaches, ownerId, departmentId } = holdingOf(principal, grants[permission]);
      if (reaches.includes('all')) return 'TRUE';
      const parts: string[] = [];
      if (reaches.includes('own') && ownerId && columns.owner)
        parts.push(`${columns.owner} = ${param(ownerId)}::uuid`);
      if (reaches.includes('department') && departmentId && columns.department)
        parts.push(`${columns.department} = ${param(departmentId)}::uuid`);
      if (parts.length === 0) return 'FALSE';
      return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
    },
  };
  for (const [permission, row] of Object.entries<Grants>(grants)) {
    registry.set(permission, { module, grants: row, policy: policy as unknown as Policy<string> });
  }
  return policy;
}

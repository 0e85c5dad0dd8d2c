import type { Role } from '../generated/prisma/client.ts';
import { forbidden, unauthenticated } from '../lib/errors.ts';
import type { ClientPrincipal, Principal, UserPrincipal } from './principal.ts';

/**
 * Guards a domain function declares at its top, so what an operation needs is read where it is defined.
 * Not signed in → UNAUTHENTICATED; signed in without the role or scope → FORBIDDEN (top-level errors:
 * the caller cannot use the operation at all, whatever the input).
 */
export function requireRole(principal: Principal, role: Role): UserPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'user' || !principal.user.roles.includes(role)) {
    throw forbidden(`This operation needs the ${role} role.`);
  }
  return principal;
}

export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind !== 'user') throw unauthenticated();
  return principal;
}

export function requireScope(principal: Principal, scope: string): ClientPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'client' || !principal.scopes.includes(scope)) {
    throw forbidden(`This operation needs a partner token with the ${scope} scope.`);
  }
  return principal;
}

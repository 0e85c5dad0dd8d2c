import type { ApiClient, Role, User } from '../generated/prisma/client.ts';

/** Who is calling: a signed-in person, a partner system, or nobody. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: User; sessionId?: string }
  | { kind: 'client'; client: ApiClient; scopes: string[] };

export const anonymous: Principal = { kind: 'anonymous' };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;
export type ClientPrincipal = Extract<Principal, { kind: 'client' }>;

export function hasRole(principal: Principal, role: Role): principal is UserPrincipal {
  return principal.kind === 'user' && principal.user.roles.includes(role);
}

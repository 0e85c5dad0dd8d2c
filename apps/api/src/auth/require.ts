import { unauthenticated } from '../lib/errors.ts';
import type { Principal, UserPrincipal } from './principal.ts';

/**
 * Signed in as a person, before any permission is asked: a partner token or job is UNAUTHENTICATED here.
 * What a person may then do is the module's policy (`<module>-policy.ts`).
 */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind !== 'user') throw unauthenticated();
  return principal;
}

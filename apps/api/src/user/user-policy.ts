import type { Principal } from '../auth/principal.ts';
import { definePolicy } from '../auth/policy.ts';
import type { User } from '../generated/prisma/client.ts';

/** People see and change only themselves through the API; staff look-ups of citizens are window operations. */
export const userPolicy = definePolicy('user', {
  'user.read': { SIGNED_IN: 'own' },
  'user.changePassword': { SIGNED_IN: 'own' },
});

export const canReadUser = (principal: Principal, user: Pick<User, 'id'>) =>
  userPolicy.allows(principal, 'user.read', { ownerId: user.id });

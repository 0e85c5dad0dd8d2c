import type { Principal } from '../auth/principal.ts';
import { definePolicy } from '../auth/policy.ts';
import type { User } from '../generated/prisma/client.ts';

/** People see and change only themselves through the API; staff look-ups of citizens are window operations. */
export const userPolicy = definePolicy('user', {
  'user.read': { SIGNED_IN: 'own' },
  'user.changePassword': { SIGNED_IN: 'own' },
  /** 信息管理: the user's own sign-ins (登录记录, 在线设备), and 退出 for one of them. */
  'user.readSessions': { SIGNED_IN: 'own' },
  'user.endSession': { SIGNED_IN: 'own' },
});

export const canReadUser = (principal: Principal, user: Pick<User, 'id'>) =>
  userPolicy.allows(principal, 'user.read', { ownerId: user.id });

export const canReadSession = (principal: Principal, session: { userId: string }) =>
  userPolicy.allows(principal, 'user.readSessions', { ownerId: session.userId });

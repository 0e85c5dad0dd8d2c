import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { changePassword } from './change-password.ts';
import { isSessionLive } from '../auth/session-policy.ts';
import { describeDevice } from './describe-device.ts';
import { endSession } from './end-session.ts';
import { listUserSessions } from './list-user-sessions.ts';

export const userResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => (ctx.principal.kind === 'user' ? ctx.principal.user : null),
  },
  Mutation: {
    changePassword: async (_parent, { input }, ctx) => {
      const { result, lockedUntil } = await changePassword(ctx, input);
      return result.ok
        ? { revokedSessions: result.value.revokedSessions, lockedUntil: null, userErrors: [] }
        : { revokedSessions: null, lockedUntil, userErrors: result.errors };
    },
    endSession: async (_parent, { input }, ctx) =>
      toPayload('session', await endSession(ctx, { sessionId: inputId(input.sessionId, 'UserSession') })),
  },
  User: {
    id: (user) => toGlobalId('User', user.id),
    maskedIdNumber: (user) => user.idNumberMasked,
    maskedPhone: (user) => user.phoneMasked,
    department: (user, _args, ctx) =>
      user.departmentId ? ctx.loaders.departmentById.load(user.departmentId) : null,
    sessions: (user, args, ctx) => listUserSessions(ctx, user, args),
  },
  UserSession: {
    id: (session) => toGlobalId('UserSession', session.id),
    signedInAt: (session) => session.createdAt,
    endedAt: (session) => session.revokedAt,
    state: (session, _args, ctx) => {
      if (session.revokedAt) return 'ENDED';
      // Sessions are only ever shown to their own user, who is the caller.
      const user = ctx.principal.kind === 'user' ? ctx.principal.user : null;
      return user && isSessionLive(ctx.sessionPolicy, session, user, ctx.clock.now()) ? 'ACTIVE' : 'EXPIRED';
    },
    device: (session) => describeDevice(session.userAgent),
    address: (session) => session.ip,
    current: (session, _args, ctx) => ctx.principal.kind === 'user' && ctx.principal.sessionId === session.id,
  },
};

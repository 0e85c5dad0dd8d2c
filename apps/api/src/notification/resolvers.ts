import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { canReadCase } from '../case/case-policy.ts';
import { canReadQuestion } from '../question/question-policy.ts';
import { listNotifications, unreadNotificationCount } from './list-notifications.ts';
import { markNotificationsRead } from './mark-notifications-read.ts';
import { notificationPolicy } from './notification-policy.ts';
import { updateNotificationSettings } from './update-notification-settings.ts';

export const notificationResolvers: Resolvers = {
  Mutation: {
    markNotificationsRead: async (_parent, { input }, ctx) => {
      const result = await markNotificationsRead(ctx, {
        notificationIds: input.notificationIds?.map((id) => inputId(id, 'Notification')) ?? null,
        all: input.all ?? false,
      });
      return result.ok
        ? { ...result.value, userErrors: [] }
        : { markedCount: null, unreadCount: null, userErrors: result.errors };
    },
    updateNotificationSettings: async (_parent, { input }, ctx) =>
      toPayload('user', await updateNotificationSettings(ctx, input)),
  },
  User: {
    notifications: (user, args, ctx) => listNotifications(ctx, user, args),
    unreadNotificationCount: (user, _args, ctx) => unreadNotificationCount(ctx, user),
    smsOptOut: async (user, _args, ctx) => {
      if (!notificationPolicy.allows(ctx.principal, 'notification.read', { ownerId: user.id })) return false;
      const row = await ctx.db.user.findUnique({ where: { id: user.id }, select: { smsOptOut: true } });
      return row?.smsOptOut ?? false;
    },
  },
  Notification: {
    id: (notification) => toGlobalId('Notification', notification.id),
    case: async (notification, _args, ctx) => {
      if (!notification.caseId) return null;
      const kase = await ctx.db.case.findUnique({ where: { id: notification.caseId } });
      return kase && canReadCase(ctx.principal, kase) ? kase : null;
    },
    question: async (notification, _args, ctx) => {
      if (!notification.questionId) return null;
      const question = await ctx.db.question.findUnique({ where: { id: notification.questionId } });
      return question && canReadQuestion(ctx.principal, question) ? question : null;
    },
  },
};

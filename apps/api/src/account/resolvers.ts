import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { PASSWORD_RULE } from '../auth/password-rule.ts';
import { PRINCIPAL_USER_COLUMNS } from '../auth/principal.ts';
import type { Context } from '../context.ts';
import { CONSENT_DOCUMENTS } from './consent-documents.ts';
import { phoneCodeTtlMs } from './phone-code.ts';
import { sendPhoneCode } from './send-phone-code.ts';
import { registerAccount } from './register-account.ts';
import { resetPassword } from './reset-password.ts';
import { changePhone } from './change-phone.ts';
import { verifyRealName } from './verify-real-name.ts';
import { verifyRealPerson } from './verify-real-person.ts';
import { requestFirmLink } from './request-firm-link.ts';
import { decideFirmLink } from './decide-firm-link.ts';
import { listFirmLinksToDecide, listMyFirmLinks } from './list-firm-links.ts';

export const accountResolvers: Resolvers = {
  Query: {
    passwordRule: () => PASSWORD_RULE,
    registrationTerms: () => ({
      terms: CONSENT_DOCUMENTS.TERMS,
      privacyNotice: CONSENT_DOCUMENTS.PRIVACY_NOTICE,
      codeMinutes: Math.round(phoneCodeTtlMs() / 60_000),
    }),
    myFirmLinks: (_parent, _args, ctx) => listMyFirmLinks(ctx),
    firmLinksToDecide: (_parent, _args, ctx) => listFirmLinksToDecide(ctx),
  },
  Mutation: {
    sendPhoneCode: async (_parent, { input }, ctx) => {
      const { result, retryAt } = await sendPhoneCode(ctx, input);
      return result.ok
        ? { expiresAt: result.value.expiresAt, retryAt: null, userErrors: [] }
        : { expiresAt: null, retryAt, userErrors: result.errors };
    },
    registerAccount: async (_parent, { input }, ctx) => {
      const { result, lockedUntil } = await registerAccount(ctx, input);
      if (!result.ok) return { user: null, lockedUntil, userErrors: result.errors };
      return { user: await userRow(ctx, result.value.id), lockedUntil: null, userErrors: [] };
    },
    resetPassword: async (_parent, { input }, ctx) => {
      const { result, lockedUntil } = await resetPassword(ctx, input);
      return result.ok
        ? { revokedSessions: result.value.revokedSessions, lockedUntil: null, userErrors: [] }
        : { revokedSessions: null, lockedUntil, userErrors: result.errors };
    },
    changePhone: async (_parent, { input }, ctx) => {
      const { result, lockedUntil } = await changePhone(ctx, input);
      return result.ok
        ? { user: await callerRow(ctx), lockedUntil: null, userErrors: [] }
        : { user: null, lockedUntil, userErrors: result.errors };
    },
    verifyRealName: async (_parent, { input }, ctx) => {
      const { result, lockedUntil } = await verifyRealName(ctx, input);
      return result.ok
        ? { user: await callerRow(ctx), lockedUntil: null, userErrors: [] }
        : { user: null, lockedUntil, userErrors: result.errors };
    },
    verifyRealPerson: async (_parent, { input }, ctx) => {
      const { result, lockedUntil } = await verifyRealPerson(ctx, input);
      return result.ok
        ? { user: await callerRow(ctx), lockedUntil: null, userErrors: [] }
        : { user: null, lockedUntil, userErrors: result.errors };
    },
    requestFirmLink: async (_parent, { input }, ctx) =>
      toPayload('firmLink', await requestFirmLink(ctx, input)),
    decideFirmLink: async (_parent, { input }, ctx) =>
      toPayload(
        'firmLink',
        await decideFirmLink(ctx, { linkId: inputId(input.linkId, 'FirmLink'), approve: input.approve }),
      ),
  },
  FirmLink: {
    id: (link) => toGlobalId('FirmLink', link.id),
    requesterName: async (link, _args, ctx) => (await ctx.loaders.userById.load(link.userId))?.name ?? '',
    requesterMaskedPhone: async (link, _args, ctx) =>
      (await ctx.loaders.userById.load(link.userId))?.phoneMasked ?? null,
  },
};

/** A user as the API resolves users (never the encrypted ID number, phone or password hash). */
const userRow = (ctx: Context, id: string) =>
  ctx.db.user.findUniqueOrThrow({ where: { id }, select: PRINCIPAL_USER_COLUMNS });

/** The caller after a change of their level. */
const callerRow = (ctx: Context) =>
  ctx.principal.kind === 'user' ? userRow(ctx, ctx.principal.user.id) : null;

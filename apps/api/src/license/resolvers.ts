import { licenseLoadersOf, newestKey } from './license-loaders.ts';
import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { License } from '../generated/prisma/client.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { inputId, toPayload } from '../lib/payload.ts';
import { listMyLicenses } from './list-my-licenses.ts';
import { generateLicenseCode } from './generate-license-code.ts';
import { revokeLicenseCode } from './revoke-license-code.ts';
import { appointLicenseAdministrator } from './appoint-license-administrator.ts';
import { removeLicenseAdministrator } from './remove-license-administrator.ts';
import { fetchLicenseMaterial } from './fetch-license-material.ts';
import { publishLicense } from './publish-license.ts';
import { changeLicenseStatus } from './change-license-status.ts';
import { allowsOnLicense, relationTo } from './license-policy.ts';
import { grantStatus } from './license-status.ts';
import { dateOnly, type LicenseSnapshotData } from './license-snapshot.ts';
import { keysetWhere, pageOf } from '../lib/keyset-cursor.ts';

const emptyPage = {
  edges: [],
  nodes: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
};

/** Grants, administrators and the access log are for the license's own side only (legal rep, administrators). */
const holderSide = (ctx: Context, license: License) =>
  allowsOnLicense(ctx, 'license.readHolderSide', license);

export const licenseResolvers: Resolvers = {
  Query: {
    myLicenses: (_parent, _args, ctx) => listMyLicenses(ctx),
  },
  Mutation: {
    generateLicenseCode: async (_parent, { input }, ctx) => {
      const result = await generateLicenseCode(ctx, { licenseId: inputId(input.licenseId, 'License') });
      return result.ok
        ? { code: result.value.code, grant: result.value.grant, userErrors: [] }
        : { code: null, grant: null, userErrors: result.errors };
    },
    revokeLicenseCode: async (_parent, { input }, ctx) => {
      return toPayload(
        'grant',
        await revokeLicenseCode(ctx, { grantId: inputId(input.grantId, 'LicenseGrant') }),
      );
    },
    appointLicenseAdministrator: async (_parent, { input }, ctx) => {
      const licenseId = inputId(input.licenseId, 'License');
      return toPayload(
        'license',
        await appointLicenseAdministrator(ctx, { licenseId, idNumber: input.idNumber }),
      );
    },
    removeLicenseAdministrator: async (_parent, { input }, ctx) => {
      const result = await removeLicenseAdministrator(ctx, {
        licenseId: inputId(input.licenseId, 'License'),
        administratorId: inputId(input.administratorId, 'LicenseAdministrator'),
      });
      return toPayload('license', result);
    },
    fetchLicenseMaterial: async (_parent, { input }, ctx) => {
      const { result, lockedUntil } = await fetchLicenseMaterial(ctx, {
        ...input,
        caseId: inputId(input.caseId, 'Case'),
        itemMaterialId: inputId(input.itemMaterialId, 'ServiceItemMaterial'),
      });
      return { ...toPayload('material', result), lockedUntil };
    },
    publishLicense: async (_parent, { input }, ctx) => {
      const result = await publishLicense(ctx, { ...input, issuedAt: new Date(input.issuedAt) });
      return result.ok
        ? { ...result.value, userErrors: [] }
        : { license: null, outcome: null, userErrors: result.errors };
    },
    cancelLicense: async (_parent, { input }, ctx) => {
      const result = await changeLicenseStatus(ctx, input, 'CANCELLED');
      return result.ok
        ? { ...result.value, userErrors: [] }
        : { license: null, outcome: null, userErrors: result.errors };
    },
    revokeLicense: async (_parent, { input }, ctx) => {
      const result = await changeLicenseStatus(ctx, input, 'REVOKED');
      return result.ok
        ? { ...result.value, userErrors: [] }
        : { license: null, outcome: null, userErrors: result.errors };
    },
  },
  License: {
    id: (license) => toGlobalId('License', license.id),
    licenseType: (license) => license.type,
    creditCode: (license) => license.holderCreditCode,
    name: (license) => license.holderName,
    legalRepresentative: (license) => license.legalRepName,
    establishedOn: (license) => dateOnly(license.establishedOn),
    operatingFrom: (license) => dateOnly(license.operatingFrom),
    operatingTo: (license) => (license.operatingTo ? dateOnly(license.operatingTo) : null),
    viewerIsLegalRepresentative: async (license, _args, ctx) =>
      ctx.principal.kind === 'user' &&
      (await relationTo(ctx, license, ctx.principal.user)) === 'LEGAL_REPRESENTATIVE',
    viewerCanAuthorize: (license, _args, ctx) => holderSide(ctx, license),
    administrators: async (license, _args, ctx) =>
      (await holderSide(ctx, license)) ? licenseLoadersOf(ctx).administrators.load(license.id) : [],
    grants: async (license, args, ctx) => {
      if (!(await holderSide(ctx, license))) return emptyPage;
      const where = { licenseId: license.id };
      return pageOf(
        args,
        (grant) => grant.createdAt,
        (take) =>
          args.after
            ? ctx.db.licenseGrant.findMany({
                where: { ...where, ...keysetWhere(args.after, 'createdAt') },
                orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
                take,
              })
            : licenseLoadersOf(ctx).newestGrants.load(newestKey(license.id, take)),
        () => licenseLoadersOf(ctx).grantCount.load(license.id),
      );
    },
    accessLog: async (license, args, ctx) => {
      if (!(await holderSide(ctx, license))) return emptyPage;
      const where = { licenseId: license.id };
      return pageOf(
        args,
        (row) => row.occurredAt,
        (take) =>
          args.after
            ? ctx.db.licenseAccessLog.findMany({
                where: { ...where, ...keysetWhere(args.after, 'occurredAt') },
                orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
                take,
              })
            : licenseLoadersOf(ctx).newestAccesses.load(newestKey(license.id, take)),
        () => licenseLoadersOf(ctx).accessCount.load(license.id),
      );
    },
  },
  LicenseAdministrator: {
    id: (admin) => toGlobalId('LicenseAdministrator', admin.id),
    name: async (admin, _args, ctx) => (await ctx.loaders.userById.load(admin.userId))?.name ?? '',
    maskedIdNumber: async (admin, _args, ctx) =>
      (await ctx.loaders.userById.load(admin.userId))?.idNumberMasked ?? '',
  },
  LicenseGrant: {
    id: (grant) => toGlobalId('LicenseGrant', grant.id),
    status: (grant, _args, ctx) => grantStatus(grant, ctx.clock.now()),
    createdByName: async (grant, _args, ctx) =>
      (await ctx.loaders.userById.load(grant.createdById))?.name ?? '',
  },
  LicenseAccess: {
    id: (row) => toGlobalId('LicenseAccess', row.id),
    accessorName: async (row, _args, ctx) =>
      row.userId ? ((await ctx.loaders.userById.load(row.userId))?.name ?? '') : '',
    accessorMaskedIdNumber: async (row, _args, ctx) =>
      row.userId ? ((await ctx.loaders.userById.load(row.userId))?.idNumberMasked ?? '') : '',
    businessNumber: async (row, _args, ctx) =>
      row.caseId
        ? ((await ctx.db.case.findUnique({ where: { id: row.caseId }, select: { businessNumber: true } }))
            ?.businessNumber ?? null)
        : null,
    itemName: async (row, _args, ctx) => {
      if (!row.caseId) return null;
      const kase = await ctx.db.case.findUnique({ where: { id: row.caseId }, select: { itemId: true } });
      return kase ? ((await ctx.loaders.serviceItemById.load(kase.itemId))?.name ?? null) : null;
    },
  },
  CaseMaterial: {
    licenseSnapshot: (material) => (material.licenseSnapshot as LicenseSnapshotData | null) ?? null,
  },
};

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Context } from '../context.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import { LICENSE_PUBLISHER_CLIENT, MARKET_REGULATION_CLERK } from '../db/seed/license-data.ts';
import { createLoaders } from '../loaders.ts';
import { anonymous, PRINCIPAL_USER_COLUMNS, type Principal } from '../auth/principal.ts';
import type { License } from '../generated/prisma/client.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { EVERY_PERSON_OWN, expectGrants, partner } from '../testing/policy-probe.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import {
  allowsOnLicense,
  findAuthorizableLicense,
  licensePolicy,
  relationTo,
  requireLicensePublisher,
} from './license-policy.ts';

describe('license policy: who may do what with a license', () => {
  it('grants each permission to exactly these callers', () => {
    expectGrants(licensePolicy, {
      'license.read': { ...EVERY_PERSON_OWN, departmentStaff: 'own+department' },
      'license.listOwn': EVERY_PERSON_OWN,
      'license.readHolderSide': EVERY_PERSON_OWN,
      'license.authorize': { citizen: 'own' },
      'license.fetch': { citizen: 'own' },
      'license.publish': { departmentStaff: 'department', 'scope:licenses:publish': 'all' },
    });
  });
});

/**
 * `own` is the holder side (the legal representative by ID number, or an appointed administrator) and
 * `department` the market-regulation department, checked against the seeded licenses and people.
 */
describe('license policy on real licenses', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;
  let license: License;
  let representative: Principal; // 王刚, legal representative of the license
  let administrator: Principal; // 李华, appointed by him below
  let stranger: Principal; // 陈静, a citizen with licenses of her own, not this one
  let clerk: Principal; // the market-regulation department's staff
  let otherStaff: Principal; // staff of another department
  let publisher: Principal; // the market-regulation partner system with licenses:publish
  let marketPartnerWithoutScope: Principal;
  let otherPartnerWithScope: Principal;

  const person = async (where: { name?: string; idNumberHash?: string }): Promise<Principal> => ({
    kind: 'user',
    user: await db.user.findFirstOrThrow({ where, select: PRINCIPAL_USER_COLUMNS }),
  });
  const ctx = (principal: Principal) => ({ principal, db, loaders: createLoaders(db) }) as unknown as Context;
  const userOf = (principal: Principal) => {
    if (principal.kind !== 'user') throw new Error('a person');
    return principal.user;
  };

  beforeAll(async () => {
    database = await createTestDatabase(inject('adminUrl'));
    db = createPrisma(database.url);
    representative = await person({ name: '王刚' });
    license = await db.license.findFirstOrThrow({
      where: { legalRepIdHash: userOf(representative).idNumberHash!, status: 'ACTIVE' },
    });
    administrator = await person({ name: '李华' });
    stranger = await person({ name: '陈静' });
    clerk = await person({ idNumberHash: piiLookupHash(MARKET_REGULATION_CLERK.idNumber) });
    otherStaff = await person({ name: '赵敏' });
    await db.licenseAdministrator.create({
      data: {
        licenseId: license.id,
        userId: userOf(administrator).id,
        appointedById: userOf(representative).id,
        appointedAt: new Date(),
      },
    });
    const client = await db.apiClient.findUniqueOrThrow({
      where: { clientId: LICENSE_PUBLISHER_CLIENT.clientId },
    });
    publisher = { kind: 'client', client, scopes: ['licenses:publish'] };
    marketPartnerWithoutScope = { kind: 'client', client, scopes: ['cases:read'] };
    otherPartnerWithScope = partner(['licenses:publish'], userOf(otherStaff).departmentId!);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('relates the legal representative by ID number and an appointed administrator, nobody else', async () => {
    expect(await relationTo(ctx(representative), license, userOf(representative))).toBe(
      'LEGAL_REPRESENTATIVE',
    );
    expect(await relationTo(ctx(administrator), license, userOf(administrator))).toBe('ADMINISTRATOR');
    expect(await relationTo(ctx(stranger), license, userOf(stranger))).toBeNull();
    expect(await relationTo(ctx(clerk), license, userOf(clerk))).toBeNull();
  });

  it('finds a license to authorise for its holder side only', async () => {
    expect(await findAuthorizableLicense(ctx(representative), license.id, userOf(representative))).toEqual({
      license,
      relation: 'LEGAL_REPRESENTATIVE',
    });
    expect(
      await findAuthorizableLicense(ctx(administrator), license.id, userOf(administrator)),
    ).toMatchObject({
      relation: 'ADMINISTRATOR',
    });
    expect(await findAuthorizableLicense(ctx(stranger), license.id, userOf(stranger))).toBeNull();
    const missing = '00000000-0000-7000-8000-000000000000';
    expect(await findAuthorizableLicense(ctx(representative), missing, userOf(representative))).toBeNull();
  });

  it('lets the holder side read and authorise, the issuing department read, and refuses everyone else', async () => {
    const allowed = async (principal: Principal, permission: Parameters<typeof allowsOnLicense>[1]) =>
      allowsOnLicense(ctx(principal), permission, license);
    for (const holder of [representative, administrator]) {
      expect(await allowed(holder, 'license.read')).toBe(true);
      expect(await allowed(holder, 'license.readHolderSide')).toBe(true);
      expect(await allowed(holder, 'license.authorize')).toBe(true);
    }
    expect(await allowed(stranger, 'license.read')).toBe(false);
    expect(await allowed(stranger, 'license.authorize')).toBe(false);
    expect(await allowed(clerk, 'license.read')).toBe(true);
    // the issuing department reads a license, never its holder side
    expect(await allowed(clerk, 'license.readHolderSide')).toBe(false);
    expect(await allowed(otherStaff, 'license.read')).toBe(false);
    expect(await allowed(anonymous, 'license.read')).toBe(false);
    expect(await allowed(publisher, 'license.read')).toBe(false);
  });

  it('lets the market-regulation department and a partner with licenses:publish publish, nobody else', async () => {
    const outcome = async (principal: Principal) => {
      try {
        await requireLicensePublisher(ctx(principal));
        return 'allowed';
      } catch (error) {
        return (error as { extensions?: { code?: string } }).extensions?.code;
      }
    };
    expect(await outcome(clerk)).toBe('allowed');
    expect(await outcome(publisher)).toBe('allowed');
    expect(await outcome(otherPartnerWithScope)).toBe('allowed');
    expect(await outcome(otherStaff)).toBe('FORBIDDEN');
    expect(await outcome(marketPartnerWithoutScope)).toBe('FORBIDDEN');
    expect(await outcome(representative)).toBe('FORBIDDEN');
    expect(await outcome(anonymous)).toBe('UNAUTHENTICATED');
    // what a refused publisher is told
    await expect(requireLicensePublisher(ctx(otherStaff))).rejects.toThrow(
      'Only the market-regulation department or a partner with licenses:publish may do this.',
    );
    // a partner's publishing reaches every license, the market-regulation department's every one it issues
    expect(await allowsOnLicense(ctx(publisher), 'license.publish', license)).toBe(true);
    expect(await allowsOnLicense(ctx(otherPartnerWithScope), 'license.publish', license)).toBe(true);
    expect(await allowsOnLicense(ctx(clerk), 'license.publish', license)).toBe(true);
    expect(await allowsOnLicense(ctx(representative), 'license.publish', license)).toBe(false);
    expect(await allowsOnLicense(ctx(clerk), 'license.publish', null)).toBe(true);
    expect(await allowsOnLicense(ctx(otherStaff), 'license.publish', null)).toBe(false);
  });
});

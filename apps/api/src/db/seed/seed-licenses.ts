import type { Db } from '../prisma.ts';
import { hashPassword } from '../../auth/password.ts';
import { maskIdNumber } from '../../lib/id-number.ts';
import { encryptPii, piiLookupHash } from '../../lib/pii.ts';
import { parseCst } from '../../lib/natural-days.ts';
import { buildLicenseIdentifier, LICENSE_TYPE_CODES } from '../../license/index.ts';
import { LICENSE_PROVIDER } from '../../license/index.ts';
import {
  LICENSE_PUBLISHER_CLIENT,
  LICENSES,
  MARKET_REGULATION,
  MARKET_REGULATION_CLERK,
} from './license-data.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** Idempotent like the rest of the seed: rows are found by their natural keys first. */
export async function seedLicenses(db: Db): Promise<void> {
  const department = await db.department.upsert({
    where: { code: MARKET_REGULATION.code },
    update: {},
    create: MARKET_REGULATION,
  });
  const clerkHash = piiLookupHash(MARKET_REGULATION_CLERK.idNumber);
  if (!(await db.user.findUnique({ where: { idNumberHash: clerkHash } }))) {
    await db.user.create({
      data: {
        name: MARKET_REGULATION_CLERK.name,
        idNumberCipher: encryptPii(MARKET_REGULATION_CLERK.idNumber),
        idNumberHash: clerkHash,
        idNumberMasked: maskIdNumber(MARKET_REGULATION_CLERK.idNumber),
        passwordHash: await hashPassword(MARKET_REGULATION_CLERK.password),
        realNameLevel: 'REAL_NAME',
        roles: ['DEPARTMENT_STAFF'],
        departmentId: department.id,
      },
    });
  }
  if (!(await db.apiClient.findUnique({ where: { clientId: LICENSE_PUBLISHER_CLIENT.clientId } }))) {
    await db.apiClient.create({
      data: {
        clientId: LICENSE_PUBLISHER_CLIENT.clientId,
        name: LICENSE_PUBLISHER_CLIENT.name,
        secretHash: await hashPassword(LICENSE_PUBLISHER_CLIENT.secret),
        departmentId: department.id,
        scopes: LICENSE_PUBLISHER_CLIENT.scopes,
      },
    });
  }
  for (const seed of LICENSES) {
    const identifier = buildLicenseIdentifier({
      typeCode: LICENSE_TYPE_CODES.BUSINESS_LICENSE,
      issuerCreditCode: MARKET_REGULATION.creditCode,
      serial: seed.serial,
      version: 1,
    });
    if (await db.license.findUnique({ where: { identifier } })) continue;
    const issuedAt = parseCst(seed.issuedAt);
    await db.license.create({
      data: {
        identifier,
        type: 'BUSINESS_LICENSE',
        holderCreditCode: seed.creditCode,
        holderName: seed.name,
        issuerName: LICENSE_PROVIDER,
        companyType: seed.companyType,
        legalRepName: seed.legalRepresentative,
        legalRepIdCipher: encryptPii(seed.legalRepresentativeIdNumber),
        legalRepIdHash: piiLookupHash(seed.legalRepresentativeIdNumber),
        legalRepIdMasked: maskIdNumber(seed.legalRepresentativeIdNumber),
        registeredCapital: seed.registeredCapital,
        establishedOn: day(seed.establishedOn),
        operatingFrom: day(seed.operatingFrom),
        operatingTo: seed.operatingTo ? day(seed.operatingTo) : null,
        address: seed.address,
        businessScope: seed.businessScope,
        registrationAuthority: seed.registrationAuthority,
        issuedAt,
        status: seed.status,
        statusReason: seed.statusReason ?? null,
        statusChangedAt: seed.status === 'ACTIVE' ? null : new Date('2025-06-30T02:00:00Z'),
      },
    });
  }
}

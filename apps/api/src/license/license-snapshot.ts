import type { License } from '../generated/prisma/client.ts';
/** The license's fields as fetched, kept on the case material (JSON; dates as CST calendar days). */
export interface LicenseSnapshotData {
  identifier: string;
  creditCode: string;
  name: string;
  companyType: string;
  legalRepresentative: string;
  registeredCapital: string;
  establishedOn: string;
  operatingFrom: string;
  operatingTo: string | null;
  address: string;
  businessScope: string;
  registrationAuthority: string;
  status: License['status'];
  providedBy: string;
  fetchedAt: string;
}

/** `@db.Date` columns come back as UTC midnight of the calendar day. */
export const dateOnly = (value: Date): string => value.toISOString().slice(0, 10);

export function licenseSnapshot(license: License, fetchedAt: Date): LicenseSnapshotData {
  return {
    identifier: license.identifier,
    creditCode: license.holderCreditCode,
    name: license.holderName,
    companyType: license.companyType,
    legalRepresentative: license.legalRepName,
    registeredCapital: license.registeredCapital,
    establishedOn: dateOnly(license.establishedOn),
    operatingFrom: dateOnly(license.operatingFrom),
    operatingTo: license.operatingTo ? dateOnly(license.operatingTo) : null,
    address: license.address,
    businessScope: license.businessScope,
    registrationAuthority: license.registrationAuthority,
    status: license.status,
    providedBy: license.issuerName,
    fetchedAt: fetchedAt.toISOString(),
  };
}

import type { Context } from '../context.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import type { License } from '../generated/prisma/client.ts';
import type { PublishOutcome } from '../generated/graphql.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { validateCreditCode } from '../lib/credit-code.ts';
import { maskIdNumber, validateIdNumber } from '../lib/id-number.ts';
import { encryptPii, piiLookupHash } from '../lib/pii.ts';
import { LICENSE_TYPE_CODES, validateLicenseIdentifier } from './license-identifier.ts';
import { requireLicensePublisher } from './license-policy.ts';

export const LICENSE_PROVIDER = '天津市市场监督管理委员会';

export interface PublishLicenseInput {
  identifier: string;
  creditCode: string;
  name: string;
  companyType: string;
  legalRepresentative: string;
  legalRepresentativeIdNumber: string;
  registeredCapital: string;
  establishedOn: string;
  operatingFrom: string;
  operatingTo?: string | null;
  address: string;
  businessScope: string;
  registrationAuthority: string;
  issuedAt: Date;
}

const TEXT_FIELDS = [
  'name',
  'companyType',
  'legalRepresentative',
  'registeredCapital',
  'address',
  'businessScope',
  'registrationAuthority',
] as const;

/** Issues or updates an e-business license. Keyed by identifier: the same data twice answers UNCHANGED. */
export async function publishLicense(
  ctx: Context,
  input: PublishLicenseInput,
): Promise<Result<{ license: License; outcome: PublishOutcome }>> {
  await requireLicensePublisher(ctx);
  const errors: UserError[] = [];
  const identifier = validateLicenseIdentifier(input.identifier);
  if (!identifier.ok)
    errors.push(userError('INVALID', `证照标识不正确 (${identifier.reason}).`, ['input', 'identifier']));
  else if (identifier.parts.typeCode !== LICENSE_TYPE_CODES.BUSINESS_LICENSE) {
    errors.push(
      userError('INVALID', 'The identifier is not of an e-business license.', ['input', 'identifier']),
    );
  }
  const credit = validateCreditCode(input.creditCode);
  if (!credit.ok)
    errors.push(userError('INVALID', `统一社会信用代码不正确 (${credit.reason}).`, ['input', 'creditCode']));
  const idNumber = validateIdNumber(input.legalRepresentativeIdNumber, ctx.clock.now());
  if (!idNumber.ok)
    errors.push(userError('INVALID', '法定代表人身份证号不正确。', ['input', 'legalRepresentativeIdNumber']));
  for (const field of TEXT_FIELDS) {
    if (!input[field].trim()) errors.push(userError('REQUIRED', `${field} is required.`, ['input', field]));
  }
  if (input.operatingTo && input.operatingTo < input.operatingFrom) {
    errors.push(userError('INVALID', '营业期限的结束日期早于开始日期。', ['input', 'operatingTo']));
  }
  if (errors.length || !identifier.ok || !credit.ok || !idNumber.ok) return refused(...errors);

  const fields = {
    type: 'BUSINESS_LICENSE' as const,
    holderCreditCode: credit.value,
    holderName: input.name.trim(),
    issuerName: LICENSE_PROVIDER,
    companyType: input.companyType.trim(),
    legalRepName: input.legalRepresentative.trim(),
    legalRepIdHash: piiLookupHash(idNumber.value),
    legalRepIdMasked: maskIdNumber(idNumber.value),
    registeredCapital: input.registeredCapital.trim(),
    establishedOn: new Date(`${input.establishedOn}T00:00:00Z`),
    operatingFrom: new Date(`${input.operatingFrom}T00:00:00Z`),
    operatingTo: input.operatingTo ? new Date(`${input.operatingTo}T00:00:00Z`) : null,
    address: input.address.trim(),
    businessScope: input.businessScope.trim(),
    registrationAuthority: input.registrationAuthority.trim(),
    issuedAt: input.issuedAt,
  };
  const existing = await ctx.db.license.findUnique({ where: { identifier: identifier.value } });
  if (!existing) {
    try {
      const license = await ctx.db.license.create({
        data: { identifier: identifier.value, ...fields, legalRepIdCipher: encryptPii(idNumber.value) },
      });
      return ok({ license, outcome: 'CREATED' });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return publishLicense(ctx, input); // a concurrent publish created it: compare with that one
    }
  }
  if (sameFields(existing, fields)) return ok({ license: existing, outcome: 'UNCHANGED' });
  const license = await ctx.db.license.update({
    where: { id: existing.id },
    data: { ...fields, legalRepIdCipher: encryptPii(idNumber.value) },
  });
  return ok({ license, outcome: 'UPDATED' });
}

function sameFields(existing: License, fields: Record<string, unknown>): boolean {
  return Object.entries(fields).every(([key, value]) => {
    const current = existing[key as keyof License];
    if (current instanceof Date && value instanceof Date) return current.getTime() === value.getTime();
    return current === value;
  });
}

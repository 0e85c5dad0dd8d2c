import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { buildLicenseIdentifier } from './license-identifier.ts';
import {
  CHEN_JING,
  generateCode,
  LI_HUA,
  licenseId,
  MARKET_CLERK,
  session,
  WANG_GANG,
  extraCitizens,
} from './license-testing.ts';

const PUBLISH = `mutation($input: PublishLicenseInput!) {
  publishLicense(input: $input) { outcome license { identifier name status legalRepresentative } userErrors { field code message } } }`;
const CANCEL = `mutation($input: ChangeLicenseStatusInput!) { cancelLicense(input: $input) { outcome license { status } userErrors { code message } } }`;
const REVOKE = `mutation($input: ChangeLicenseStatusInput!) { revokeLicense(input: $input) { outcome license { status } userErrors { code message } } }`;
const APPOINT = `mutation($input: AppointLicenseAdministratorInput!) {
  appointLicenseAdministrator(input: $input) { license { administrators { id name maskedIdNumber } } userErrors { field code message } } }`;

const identifier = (serial: string) =>
  buildLicenseIdentifier({ typeCode: '01', issuerCreditCode: '11120000MB0F12345H', serial, version: 1 });

const licenseInput = (serial: string, overrides: Record<string, unknown> = {}) => ({
  identifier: identifier(serial),
  creditCode: '91120104MA07PQ2R5T',
  name: '天津测试发布有限公司',
  companyType: '有限责任公司',
  legalRepresentative: '李华',
  legalRepresentativeIdNumber: LI_HUA,
  registeredCapital: '100万元人民币',
  establishedOn: '2020-01-02',
  operatingFrom: '2020-01-02',
  operatingTo: null,
  address: '天津市南开区测试路1号',
  businessScope: '软件开发。',
  registrationAuthority: '天津市南开区市场监督管理局',
  issuedAt: '2020-01-02T09:00:00+08:00',
  ...overrides,
});

describe('license library: publishing, codes and administrators', () => {
  let api: TestApi;
  let wang: { sessionToken: string };
  let li: { sessionToken: string };
  let clerk: { sessionToken: string };

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    wang = await session(api, WANG_GANG);
    li = await session(api, LI_HUA);
    clerk = await session(api, MARKET_CLERK);
  });
  afterAll(() => api?.close());

  async function partnerToken(clientId: string, secret: string, scope: string) {
    const response = await fetch(`${api.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope }),
    });
    return { bearer: ((await response.json()) as { access_token: string }).access_token };
  }

  it('publishes idempotently by identifier for a partner with licenses:publish', async () => {
    const partner = await partnerToken(
      'tj-market-regulation-system',
      'dev-secret-tj-market-regulation',
      'licenses:publish',
    );
    const input = licenseInput('9000000001');
    const first = await api.graphql<{ publishLicense: { outcome: string } }>(PUBLISH, { input }, partner);
    expect(first.data!.publishLicense).toMatchObject({ outcome: 'CREATED', userErrors: [] });
    const again = await api.graphql<{ publishLicense: { outcome: string } }>(PUBLISH, { input }, partner);
    expect(again.data!.publishLicense.outcome).toBe('UNCHANGED');
    const changed = await api.graphql<{ publishLicense: { outcome: string; license: { name: string } } }>(
      PUBLISH,
      { input: { ...input, address: '天津市南开区测试路2号' } },
      partner,
    );
    expect(changed.data!.publishLicense.outcome).toBe('UPDATED');
    expect(await api.db.license.count({ where: { identifier: input.identifier } })).toBe(1);
    const row = await api.db.license.findUniqueOrThrow({ where: { identifier: input.identifier } });
    expect(row.legalRepIdMasked).toBe('110***********002X');
    expect(row.legalRepIdCipher).not.toContain(LI_HUA);
  });

  it('refuses publishers without the scope or the department, and bad identifiers and credit codes', async () => {
    const syncOnly = await partnerToken(
      'nk-social-security-system',
      'dev-secret-nk-social-security',
      'cases:sync',
    );
    const before = await api.db.license.count();
    for (const as of [syncOnly, li, await session(api, '120102198801010033')]) {
      const result = await api.graphql(PUBLISH, { input: licenseInput('9000000002') }, as);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await api.graphql(PUBLISH, { input: licenseInput('9000000002') });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrongCheck =
      identifier('9000000003').slice(0, -1) + (identifier('9000000003').endsWith('0') ? '1' : '0');
    const bad = await api.graphql<{ publishLicense: { userErrors: { field: string[] }[] } }>(
      PUBLISH,
      { input: licenseInput('9000000003', { identifier: wrongCheck, creditCode: '91120104MA07PQ2R5A' }) },
      clerk,
    );
    expect(bad.data!.publishLicense.userErrors.map((e) => e.field.join('.'))).toEqual([
      'input.identifier',
      'input.creditCode',
    ]);
    expect(await api.db.license.count()).toBe(before);
  });

  it('lets the market-regulation clerk cancel and revoke along the allowed paths only', async () => {
    await api.graphql(PUBLISH, { input: licenseInput('9000000004') }, clerk);
    const id = identifier('9000000004');
    const revoked = await api.graphql<{ revokeLicense: { outcome: string } }>(
      REVOKE,
      { input: { identifier: id } },
      clerk,
    );
    expect(revoked.data!.revokeLicense.outcome).toBe('UPDATED');
    const cancelled = await api.graphql<{ cancelLicense: { outcome: string; license: { status: string } } }>(
      CANCEL,
      { input: { identifier: id } },
      clerk,
    );
    expect(cancelled.data!.cancelLicense).toMatchObject({
      outcome: 'UPDATED',
      license: { status: 'CANCELLED' },
    });
    const twice = await api.graphql<{ cancelLicense: { outcome: string } }>(
      CANCEL,
      { input: { identifier: id } },
      clerk,
    );
    expect(twice.data!.cancelLicense.outcome).toBe('UNCHANGED');
    const back = await api.graphql<{ revokeLicense: { userErrors: { code: string }[] } }>(
      REVOKE,
      { input: { identifier: id } },
      clerk,
    );
    expect(back.data!.revokeLicense.userErrors[0]!.code).toBe('INVALID_TRANSITION');
    // The database refuses it too.
    await expect(
      api.db.license.update({ where: { identifier: id }, data: { status: 'ACTIVE' } }),
    ).rejects.toThrow(/cannot go from CANCELLED/);
  });

  it('lists 我的证照 for the legal representative only, by ID number', async () => {
    const LIST = `{ myLicenses { name status viewerIsLegalRepresentative viewerCanAuthorize } }`;
    const mine = await api.graphql<{
      myLicenses: { name: string; status: string; viewerIsLegalRepresentative: boolean }[];
    }>(LIST, {}, wang);
    expect(mine.data!.myLicenses.map((l) => [l.name, l.status, l.viewerIsLegalRepresentative])).toEqual([
      ['天津津南外资科技有限公司', 'ACTIVE', true],
      ['天津津南咸水沽商贸有限公司', 'CANCELLED', true],
    ]);
    const chen = await api.graphql<{ myLicenses: { name: string }[] }>(
      LIST,
      {},
      await session(api, CHEN_JING),
    );
    expect(chen.data!.myLicenses.map((l) => l.name).sort()).toEqual(
      ['天津南开海河贸易有限公司', '天津和平津门餐饮有限公司'].sort(),
    );
  });

  it('lets only the legal representative or an administrator generate codes', async () => {
    const license = await licenseId(api, '天津津南外资科技有限公司');
    expect((await generateCode(api, li, license.globalId)).userErrors[0]!.code).toBe('NOT_FOUND');
    const staff = await api.graphql(
      `mutation($input: GenerateLicenseCodeInput!) { generateLicenseCode(input: $input) { code } }`,
      { input: { licenseId: license.globalId } },
      clerk,
    );
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cancelled = await licenseId(api, '天津津南咸水沽商贸有限公司');
    expect((await generateCode(api, wang, cancelled.globalId)).userErrors[0]!.message).toBe(
      '该证照已注销，不能授权获取。',
    );
    const before = await api.db.licenseGrant.count();
    expect((await generateCode(api, wang, license.globalId)).code).toMatch(/^\d{8}$/);
    expect(await api.db.licenseGrant.count()).toBe(before + 1);

    // 王刚 appoints 李华; now 李华 may generate, but not appoint others.
    const appointed = await api.graphql<{
      appointLicenseAdministrator: {
        license: { administrators: { name: string; maskedIdNumber: string }[] };
      };
    }>(APPOINT, { input: { licenseId: license.globalId, idNumber: LI_HUA } }, wang);
    expect(appointed.data!.appointLicenseAdministrator.license.administrators).toMatchObject([
      { name: '李华', maskedIdNumber: '110***********002X' },
    ]);
    expect(
      await api.db.auditLog.count({ where: { action: 'license.administrator_lookup_by_id_number' } }),
    ).toBe(1);
    expect((await generateCode(api, li, license.globalId)).code).toMatch(/^\d{8}$/);
    const byAdmin = await api.graphql<{ appointLicenseAdministrator: { userErrors: { code: string }[] } }>(
      APPOINT,
      { input: { licenseId: license.globalId, idNumber: CHEN_JING } },
      li,
    );
    expect(byAdmin.data!.appointLicenseAdministrator.userErrors[0]!.code).toBe('FORBIDDEN');
  });

  it('allows at most five administrators per license, in the domain and in the database', async () => {
    const license = await licenseId(api, '天津南开海河贸易有限公司');
    const chen = await session(api, CHEN_JING);
    await extraCitizens(api, 5);
    const people = await api.db.user.findMany({
      where: { name: { startsWith: '测试用户' } },
      orderBy: { name: 'asc' },
      take: 5,
    });
    const { decryptPii } = await import('../lib/pii.ts');
    for (const person of people) {
      const result = await api.graphql<{ appointLicenseAdministrator: { userErrors: unknown[] } }>(
        APPOINT,
        { input: { licenseId: license.globalId, idNumber: decryptPii(person.idNumberCipher!) } },
        chen,
      );
      expect(result.data!.appointLicenseAdministrator.userErrors).toEqual([]);
    }
    const sixth = await api.graphql<{
      appointLicenseAdministrator: { userErrors: { code: string; message: string }[] };
    }>(APPOINT, { input: { licenseId: license.globalId, idNumber: LI_HUA } }, chen);
    expect(sixth.data!.appointLicenseAdministrator.userErrors[0]).toMatchObject({
      code: 'INVALID',
      message: '每个证照最多设置5名证照管理员。',
    });
    const li = await api.db.user.findFirstOrThrow({ where: { name: '李华' } });
    await expect(
      api.db.licenseAdministrator.create({
        data: { licenseId: license.id, userId: li.id, appointedById: li.id, appointedAt: new Date() },
      }),
    ).rejects.toThrow(/five administrators/);
    expect(await api.db.licenseAdministrator.count({ where: { licenseId: license.id } })).toBe(5);
  });
});

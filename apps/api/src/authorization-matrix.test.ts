import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildSchema } from 'graphql';
import { startTestApi, type Caller, type TestApi } from './testing/test-api.ts';
import { loadTypeDefs } from './schema.ts';
import { toGlobalId } from './lib/global-id.ts';

/**
 * Who may call each top-level field at all, from one table. The fields come from the schema itself, so a new
 * Query or Mutation field fails this test until it gets a row. Mutations target IDs that do not exist (or
 * citizens who do not exist), so an allowed caller gets a userError and nothing changes; a refused caller
 * gets UNAUTHENTICATED or FORBIDDEN. (Which objects each caller then sees is tested per module.)
 */
const PRINCIPALS = [
  'anonymous',
  'citizenA',
  'citizenB',
  'company',
  'windowStaff',
  'clerkA',
  'clerkB',
  'supervisor',
  'admin',
  'clientSync',
  'clientRead',
  'marketClerk',
  'clientPublish',
] as const;
type PrincipalName = (typeof PRINCIPALS)[number];
/** A = allowed, U = UNAUTHENTICATED, F = FORBIDDEN; one letter per principal, in PRINCIPALS' order. */
type Row = { query: string; variables?: () => Record<string, unknown>; expect: string };

const EVERYONE = 'AAAAAAAAAAAAA';
const SIGNED_IN_USERS = 'UAAAAAAAAUUAU';
const DEPARTMENT_STAFF = 'UFFFFAAFFFFAF';
const WINDOW_STAFF = 'UFFFAFFFFFFFF';
const SYNC_SCOPE = 'UFFFFFFFFAFFF';
/** The CITIZEN role: both citizens and the company user (a person acting for a company). */
const CITIZENS = 'UAAAFFFFFFFFF';
const SUPERVISOR = 'UFFFFFFAFFFFF';
/** evaluationFigures: SUPERVISOR or ADMIN; partner tokens are not users at all (UNAUTHENTICATED). */
const SUPERVISOR_OR_ADMIN = 'UFFFFFFAAUUFU';
/** The market-regulation department's staff, or a partner token with licenses:publish. */
const LICENSE_PUBLISHER = 'UFFFFFFFFFFAA';

const missingCase = () => toGlobalId('Case', randomUUID());
const missing = (type: string) => toGlobalId(type, randomUUID());
const mutation = (name: string, input: () => Record<string, unknown>, expect: string): Row => ({
  query: `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { userErrors { code } } }`,
  variables: () => ({ input: input() }),
  expect,
});
const evaluationNote = (name: string, expect: string): Row => ({
  query: `mutation($input: EvaluationNoteInput!) { ${name}(input: $input) { userErrors { code } } }`,
  variables: () => ({ input: { evaluationId: missing('Evaluation'), body: '已回访' } }),
  expect,
});
const licenseStatus = (name: string): Row => ({
  query: `mutation($input: ChangeLicenseStatusInput!) { ${name}(input: $input) { userErrors { code } } }`,
  variables: () => ({ input: { identifier: '1.2.156.3005.2.NO-SUCH-LICENSE', reason: '矩阵' } }),
  expect: LICENSE_PUBLISHER,
});
const transition = (mutation: string, input: Record<string, unknown>): Row => ({
  query: `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { userErrors { code } } }`,
  variables: () => ({ input: { caseId: missingCase(), ...input } }),
  expect: DEPARTMENT_STAFF,
});

const MATRIX: Record<string, Row> = {
  'Query.me': { query: '{ me { id } }', expect: EVERYONE },
  'Query.node': {
    query: 'query($id: ID!) { node(id: $id) { id } }',
    variables: () => ({ id: missingCase() }),
    expect: EVERYONE,
  },
  'Query.nodes': {
    query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: () => ({ ids: [missingCase()] }),
    expect: EVERYONE,
  },
  'Query.rateLimit': { query: '{ rateLimit { cost } }', expect: EVERYONE },
  'Query.departments': { query: '{ departments { id } }', expect: EVERYONE },
  'Query.serviceItems': { query: '{ serviceItems { id } }', expect: EVERYONE },
  'Query.myCases': { query: '{ myCases(first: 1) { totalCount } }', expect: SIGNED_IN_USERS },
  'Query.departmentCases': {
    query: '{ departmentCases(first: 1) { totalCount } }',
    expect: DEPARTMENT_STAFF,
  },
  'Mutation.acceptCase': transition('acceptCase', {}),
  'Mutation.rejectCase': transition('rejectCase', { reason: '材料不全' }),
  'Mutation.requestCorrection': transition('requestCorrection', { missingMaterials: ['身份证复印件'] }),
  'Mutation.startProcessing': transition('startProcessing', {}),
  'Mutation.completeCase': transition('completeCase', {
    result: '准予许可',
    deliveryMethod: 'WINDOW_PICKUP',
  }),
  'Mutation.submitDraft': { ...transition('submitDraft', {}), expect: SIGNED_IN_USERS },
  'Mutation.lookUpCitizen': {
    query: 'mutation { lookUpCitizen(idNumber: "12010419850312003X") { userErrors { code } } }',
    expect: WINDOW_STAFF,
  },
  'Mutation.recordWindowCase': {
    query:
      'mutation($input: RecordWindowCaseInput!) { recordWindowCase(input: $input) { userErrors { code } } }',
    variables: () => ({
      input: {
        applicantIdNumber: '12010419850312003X',
        itemId: toGlobalId('ServiceItem', randomUUID()),
        businessNumber: 'MATRIX-0001',
        appliedAt: '2026-11-27T09:00:00+08:00',
      },
    }),
    expect: WINDOW_STAFF,
  },
  'Mutation.syncCase': {
    query: 'mutation($input: SyncCaseInput!) { syncCase(input: $input) { userErrors { code } } }',
    variables: () => ({
      input: {
        businessNumber: 'MATRIX-0002',
        applicantIdNumber: '12010419850312003X',
        itemCode: 'no-such-item',
        status: 'ACCEPTED',
        appliedAt: '2026-11-27T09:00:00+08:00',
        statusChangedAt: '2026-11-27T09:10:00+08:00',
      },
    }),
    expect: SYNC_SCOPE,
  },

  // 好差评 (graphql/evaluation.graphql)
  'Query.departmentEvaluationTasks': {
    query: '{ departmentEvaluationTasks(first: 1) { totalCount } }',
    expect: DEPARTMENT_STAFF,
  },
  'Query.evaluationAppeals': { query: '{ evaluationAppeals(first: 1) { totalCount } }', expect: SUPERVISOR },
  'Query.evaluationFigures': { query: '{ evaluationFigures { asOf } }', expect: SUPERVISOR_OR_ADMIN },
  'Mutation.submitEvaluation': mutation(
    'submitEvaluation',
    () => ({ caseId: missingCase(), level: 'SATISFIED' }),
    SIGNED_IN_USERS,
  ),
  'Mutation.replyToEvaluation': mutation(
    'replyToEvaluation',
    () => ({ evaluationId: missing('Evaluation'), body: '已整改' }),
    DEPARTMENT_STAFF,
  ),
  'Mutation.recordEvaluationCallback': evaluationNote('recordEvaluationCallback', DEPARTMENT_STAFF),
  'Mutation.recordEvaluationRectification': evaluationNote('recordEvaluationRectification', DEPARTMENT_STAFF),
  'Mutation.addEvaluationFollowUp': evaluationNote('addEvaluationFollowUp', SIGNED_IN_USERS),
  'Mutation.fileEvaluationAppeal': mutation(
    'fileEvaluationAppeal',
    () => ({ evaluationId: missing('Evaluation'), reason: '恶意评价' }),
    DEPARTMENT_STAFF,
  ),
  'Mutation.decideEvaluationAppeal': mutation(
    'decideEvaluationAppeal',
    () => ({ appealId: missing('EvaluationAppeal'), decision: 'DISMISS' }),
    SUPERVISOR,
  ),

  // 证照库 (graphql/license.graphql)
  'Query.myLicenses': { query: '{ myLicenses { id } }', expect: SIGNED_IN_USERS },
  'Mutation.generateLicenseCode': mutation(
    'generateLicenseCode',
    () => ({ licenseId: missing('License') }),
    CITIZENS,
  ),
  'Mutation.revokeLicenseCode': mutation(
    'revokeLicenseCode',
    () => ({ grantId: missing('LicenseGrant') }),
    CITIZENS,
  ),
  'Mutation.appointLicenseAdministrator': {
    query:
      'mutation($input: AppointLicenseAdministratorInput!) { appointLicenseAdministrator(input: $input) { userErrors { code } } }',
    variables: () => ({ input: { licenseId: missing('License'), idNumber: '120104198503120018' } }),
    expect: CITIZENS,
  },
  'Mutation.removeLicenseAdministrator': {
    query:
      'mutation($input: RemoveLicenseAdministratorInput!) { removeLicenseAdministrator(input: $input) { userErrors { code } } }',
    variables: () => ({
      input: { licenseId: missing('License'), administratorId: missing('LicenseAdministrator') },
    }),
    expect: CITIZENS,
  },
  'Mutation.fetchLicenseMaterial': mutation(
    'fetchLicenseMaterial',
    () => ({ caseId: missingCase(), itemMaterialId: missing('ServiceItemMaterial'), code: '12345678' }),
    CITIZENS,
  ),
  'Mutation.publishLicense': mutation(
    'publishLicense',
    () => ({
      identifier: 'not-a-license-identifier',
      creditCode: '91120000MA00000000',
      name: '矩阵有限公司',
      companyType: '有限责任公司',
      legalRepresentative: '某某',
      legalRepresentativeIdNumber: '120104198503120018',
      registeredCapital: '100万元人民币',
      establishedOn: '2020-01-01',
      operatingFrom: '2020-01-01',
      address: '天津市',
      businessScope: '咨询',
      registrationAuthority: '天津市市场监督管理委员会',
      issuedAt: '2020-01-01T09:00:00+08:00',
    }),
    LICENSE_PUBLISHER,
  ),
  'Mutation.cancelLicense': licenseStatus('cancelLicense'),
  'Mutation.revokeLicense': licenseStatus('revokeLicense'),

  // 我要办事 / 网上申报 (graphql/catalogue.graphql, graphql/application.graphql)
  'Query.catalogueItems': { query: '{ catalogueItems(first: 1) { totalCount } }', expect: EVERYONE },
  'Query.uploadLimits': { query: '{ uploadLimits { maxFileBytes } }', expect: EVERYONE },
  'Mutation.saveApplicationDraft': mutation(
    'saveApplicationDraft',
    () => ({ caseId: missingCase(), itemId: missing('ServiceItem') }),
    CITIZENS,
  ),
  'Mutation.removeCaseMaterial': mutation(
    'removeCaseMaterial',
    () => ({ materialId: missing('CaseMaterial') }),
    CITIZENS,
  ),
};

const USERS: Partial<Record<PrincipalName, string>> = {
  citizenA: '11010519491231002X',
  citizenB: '120104198503120018',
  company: '120105198208080072',
  windowStaff: '120101199007150029',
  clerkA: '120102198801010033',
  clerkB: '120104197911200047',
  supervisor: '120103199506300055',
  admin: '120000197001010067',
  marketClerk: '120103199203150045',
};

describe('authorization matrix', () => {
  let api: TestApi;
  const callers = new Map<PrincipalName, Caller>();

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    callers.set('anonymous', null);
    for (const [name, idNumber] of Object.entries(USERS)) {
      callers.set(name as PrincipalName, { sessionToken: await api.sessionFor(idNumber) });
    }
    for (const [name, scope, client] of [
      ['clientSync', 'cases:sync', 'nk-social-security-system:dev-secret-nk-social-security'],
      ['clientRead', 'cases:read', 'nk-social-security-system:dev-secret-nk-social-security'],
      ['clientPublish', 'licenses:publish', 'tj-market-regulation-system:dev-secret-tj-market-regulation'],
    ] as const) {
      const response = await fetch(`${api.url}/oauth/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(client).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope }),
      });
      const { access_token: bearer } = (await response.json()) as { access_token: string };
      callers.set(name, { bearer });
    }
  });
  afterAll(() => api?.close());

  it('has a row for every Query and Mutation field of the schema, and no other', () => {
    const schema = buildSchema(loadTypeDefs());
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
    );
    expect(Object.keys(MATRIX).sort()).toEqual(fields.sort());
  });

  it('allows and refuses each field exactly as the table says', async () => {
    const before = await api.db.case.count();
    const licensesBefore = await api.db.license.count();
    const outcomes: Record<string, string> = {};
    for (const [field, row] of Object.entries(MATRIX)) {
      let letters = '';
      for (const principal of PRINCIPALS) {
        const result = await api.graphql(row.query, row.variables?.() ?? {}, callers.get(principal)!);
        const code = result.errors?.[0]?.extensions?.code;
        if (code === 'UNAUTHENTICATED') letters += 'U';
        else if (code === 'FORBIDDEN') letters += 'F';
        else if (result.errors) letters += `?(${principal}: ${String(code)} ${result.errors[0]!.message})`;
        else letters += 'A';
      }
      outcomes[field] = letters;
    }
    expect(outcomes).toEqual(Object.fromEntries(Object.entries(MATRIX).map(([f, row]) => [f, row.expect])));
    expect(await api.db.case.count()).toBe(before);
    expect(await api.db.license.count()).toBe(licensesBefore);
  });
});

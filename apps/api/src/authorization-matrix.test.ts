import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { buildSchema, type GraphQLError, type GraphQLInterfaceType } from 'graphql';
import { startTestApi, type Caller, type TestApi } from './testing/test-api.ts';
import { loadTypeDefs } from './schema.ts';
import { fromGlobalId, toGlobalId } from './lib/global-id.ts';
import { piiLookupHash } from './lib/pii.ts';
import { registeredPermissions } from './auth/policy.ts';
import { anonymous, PRINCIPAL_USER_COLUMNS, type Principal } from './auth/principal.ts';

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
  'headA',
  'headB',
  'clientEvalRead',
] as const;
type PrincipalName = (typeof PRINCIPALS)[number];
/** A = allowed, U = UNAUTHENTICATED, F = FORBIDDEN; one letter per principal, in PRINCIPALS' order. */
type Row = { query: string; variables?: () => Record<string, unknown>; expect: string };

const EVERYONE = 'AAAAAAAAAAAAAAAA';
const SIGNED_IN_USERS = 'UAAAAAAAAUUAUAAU';
const DEPARTMENT_STAFF = 'UFFFFAAFFFFAFFFF';
const WINDOW_STAFF = 'UFFFAFFFFFFFFFFF';
const SYNC_SCOPE = 'UFFFFFFFFAFFFFFF';
/** The CITIZEN role: both citizens and the company user (a person acting for a company). */
const CITIZENS = 'UAAAFFFFFFFFFFFF';
const SUPERVISOR = 'UFFFFFFAFFFFFFFF';
/** evaluationFigures: SUPERVISOR or ADMIN; partner tokens are not users at all (UNAUTHENTICATED). */
const SUPERVISOR_OR_ADMIN = 'UFFFFFFAAUUFUFFU';
/** dashboard.read (dashboard-policy.ts): supervisors, and department heads for their own department only. */
const DASHBOARD_OWN = 'UFFFFFFAFFFFFAAF';
/** The same, asking for a department that is not the head's own: heads are refused. */
const DASHBOARD_OTHER = 'UFFFFFFAFFFFFFFF';
/** The market-regulation department's staff, or a partner token with licenses:publish. */
const LICENSE_PUBLISHER = 'UFFFFFFFFFFAAFFF';

/** Partner reads (graphql/partner.graphql): a token with cases:read, one with evaluations:read. */
const CASES_READ_SCOPE = 'UFFFFFFFFFAFFFFF';
const EVALUATIONS_READ_SCOPE = 'UFFFFFFFFFFFFFFA';
const ADMIN = 'UFFFFFFFAFFFFFFF';
/** Webhooks (webhook/webhook-policy.ts): partner tokens with a read scope manage their own; admins read logs. */
const WEBHOOK_MANAGE = 'UFFFFFFFFFAFFFFA';
const WEBHOOK_LOG = 'UFFFFFFFAFAFFFFA';
/** Partner-module fields for supervisors and admins: partner tokens are refused (FORBIDDEN), not unknown. */
const SUPERVISOR_OR_ADMIN_ROLES = 'UFFFFFFAAFFFFFFF';

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
    query: 'query($itemId: ID) { departmentCases(first: 1, itemId: $itemId) { totalCount } }',
    variables: () => ({ itemId: missing('ServiceItem') }),
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

  // partner reads and client management (graphql/partner.graphql)
  'Query.cases': {
    query: 'query($itemId: ID) { cases(first: 1, itemId: $itemId) { nodes { id } } }',
    variables: () => ({ itemId: missing('ServiceItem') }),
    expect: CASES_READ_SCOPE,
  },
  'Query.evaluations': {
    query: '{ evaluations(first: 1) { nodes { id } } }',
    expect: EVALUATIONS_READ_SCOPE,
  },
  'Query.partnerReads': {
    query: 'query($subjectId: ID) { partnerReads(first: 1, subjectId: $subjectId) { nodes { readAt } } }',
    variables: () => ({ subjectId: missingCase() }),
    expect: SUPERVISOR_OR_ADMIN_ROLES,
  },
  'Query.apiClients': { query: '{ apiClients(first: 1) { nodes { id } } }', expect: ADMIN },
  'Mutation.createApiClient': mutation(
    'createApiClient',
    () => ({
      clientId: 'matrix-client',
      name: '矩阵系统',
      departmentId: missing('Department'),
      scopes: ['cases:read'],
    }),
    ADMIN,
  ),
  'Mutation.rotateApiClientSecret': mutation(
    'rotateApiClientSecret',
    () => ({ apiClientId: missing('ApiClient') }),
    ADMIN,
  ),
  'Mutation.disableApiClient': mutation(
    'disableApiClient',
    () => ({ apiClientId: missing('ApiClient') }),
    ADMIN,
  ),

  // reporting to the national 好差评 system (graphql/national.graphql)
  'Query.nationalReports': {
    query: '{ nationalReports(first: 1, statuses: [FAILED]) { nodes { id lastAnswer } } }',
    expect: ADMIN,
  },
  'Mutation.retryNationalReport': mutation(
    'retryNationalReport',
    () => ({ reportId: missing('NationalReport') }),
    ADMIN,
  ),

  // partner webhooks (graphql/webhook.graphql): tokens with cases:read or evaluations:read; admins read logs
  'Query.webhookEndpoints': { query: '{ webhookEndpoints { id url } }', expect: WEBHOOK_LOG },
  'Query.webhookDeliveries': {
    query: 'query($c: ID) { webhookDeliveries(first: 1, apiClientId: $c) { nodes { id lastAnswer } } }',
    variables: () => ({ c: missing('ApiClient') }),
    expect: WEBHOOK_LOG,
  },
  'Mutation.registerWebhookEndpoint': mutation(
    'registerWebhookEndpoint',
    () => ({ url: 'ftp://matrix.example/hook', eventTypes: ['case.created'] }),
    WEBHOOK_MANAGE,
  ),
  'Mutation.disableWebhookEndpoint': mutation(
    'disableWebhookEndpoint',
    () => ({ webhookEndpointId: missing('WebhookEndpoint') }),
    WEBHOOK_MANAGE,
  ),
  'Mutation.redeliverWebhook': mutation(
    'redeliverWebhook',
    () => ({ deliveryId: toGlobalId('WebhookDelivery', `${randomUUID()}/${randomUUID()}`) }),
    WEBHOOK_LOG,
  ),

  // 好差评 (graphql/evaluation.graphql)
  'Query.departmentEvaluationTasks': {
    query: '{ departmentEvaluationTasks(first: 1) { totalCount } }',
    expect: DEPARTMENT_STAFF,
  },
  'Query.evaluationRules': { query: '{ evaluationRules { windowDays badLevels } }', expect: EVERYONE },
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

  // Dashboards (graphql/dashboard.graphql): every department the caller reads; another department than a head's
  // own is refused in the test below
  'Query.dashboard': {
    query: '{ dashboard(period: { kind: MONTH, day: "2026-11-01" }) { asOf } }',
    expect: DASHBOARD_OWN,
  },
  'Query.dashboardEvaluations': {
    query: '{ dashboardEvaluations(period: { kind: DAY, day: "2026-11-01" }) { totalCount } }',
    expect: DASHBOARD_OWN,
  },
  'Query.dashboardCases': {
    query: '{ dashboardCases(period: { kind: DAY, day: "2026-11-01" }) { totalCount } }',
    expect: DASHBOARD_OWN,
  },
  'Query.publishedFigures': { query: '{ publishedFigures { asOf } }', expect: EVERYONE },

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

  // 信息管理 (graphql/user.graphql): a weak new password is refused before the current one is checked, so the
  // matrix never counts as a wrong password.
  'Mutation.changePassword': {
    query: 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { userErrors { code } } }',
    variables: () => ({ input: { currentPassword: 'not-the-password', newPassword: 'short' } }),
    expect: SIGNED_IN_USERS,
  },
  // 我的互动 → 消息通知 (graphql/notification.graphql): a notification that does not exist is NOT_FOUND; turning SMS
  // on again (it is on for everyone here) changes nothing.
  'Mutation.markNotificationsRead': mutation(
    'markNotificationsRead',
    () => ({ notificationIds: [missing('Notification')] }),
    SIGNED_IN_USERS,
  ),
  'Mutation.updateNotificationSettings': mutation(
    'updateNotificationSettings',
    () => ({ smsOptOut: false }),
    SIGNED_IN_USERS,
  ),
  // 在线设备 → 退出: a session that does not exist is NOT_FOUND for every signed-in person.
  'Mutation.endSession': mutation(
    'endSession',
    () => ({ sessionId: missing('UserSession') }),
    SIGNED_IN_USERS,
  ),

  // 注册, 认证等级, 法人, 找回密码 (graphql/account.graphql): anyone may register, ask for a code and reset (input
  // refused before anything is counted or sent); raising one's level and firm links are the CITIZEN role's.
  'Query.passwordRule': { query: '{ passwordRule { minLength } }', expect: EVERYONE },
  'Query.registrationTerms': { query: '{ registrationTerms { codeMinutes } }', expect: EVERYONE },
  'Query.myFirmLinks': { query: '{ myFirmLinks { id } }', expect: CITIZENS },
  'Query.firmLinksToDecide': { query: '{ firmLinksToDecide { id } }', expect: CITIZENS },
  'Mutation.sendPhoneCode': mutation(
    'sendPhoneCode',
    () => ({ phone: '123', purpose: 'REGISTER' }),
    EVERYONE,
  ),
  'Mutation.registerAccount': mutation(
    'registerAccount',
    () => ({
      phone: '123',
      code: '1',
      name: '矩阵',
      password: 'x',
      termsVersion: '',
      privacyNoticeVersion: '',
    }),
    EVERYONE,
  ),
  'Mutation.resetPassword': mutation(
    'resetPassword',
    () => ({ phone: '123', code: '1', newPassword: 'x' }),
    EVERYONE,
  ),
  'Mutation.verifyRealName': mutation('verifyRealName', () => ({ name: '矩阵', idNumber: '123' }), CITIZENS),
  'Mutation.verifyRealPerson': mutation('verifyRealPerson', () => ({ livenessToken: '' }), CITIZENS),
  'Mutation.requestFirmLink': mutation('requestFirmLink', () => ({ creditCode: 'NOT-A-CODE' }), CITIZENS),
  'Mutation.decideFirmLink': mutation(
    'decideFirmLink',
    () => ({ linkId: missing('FirmLink'), approve: true }),
    CITIZENS,
  ),

  // 修改手机号: a malformed number is refused before any code is looked at.
  'Mutation.changePhone': mutation('changePhone', () => ({ phone: '123', code: '1' }), CITIZENS),

  // 咨询 / 投诉 (graphql/question.graphql): asking about an unknown item and answering an unknown question are
  // NOT_FOUND for those allowed.
  'Query.questionRules': { query: '{ questionRules { bodyMaxLength } }', expect: EVERYONE },
  'Query.departmentQuestions': {
    query: '{ departmentQuestions(first: 1) { totalCount } }',
    expect: DEPARTMENT_STAFF,
  },
  'Mutation.askQuestion': mutation(
    'askQuestion',
    () => ({ itemId: missing('ServiceItem'), kind: 'CONSULTATION', body: '矩阵' }),
    CITIZENS,
  ),
  'Mutation.answerQuestion': mutation(
    'answerQuestion',
    () => ({ questionId: missing('Question'), answer: '矩阵' }),
    DEPARTMENT_STAFF,
  ),

  // 首页 (graphql/portal.graphql): search, categories, popular items and published notices are public;
  // notices are written and read unpublished by administrators; 关怀模式 by each signed-in person.
  'Query.searchServiceItems': {
    query: '{ searchServiceItems(query: "wstz", first: 1) { totalCount } }',
    expect: EVERYONE,
  },
  'Query.serviceCategories': { query: '{ serviceCategories { code } }', expect: EVERYONE },
  'Query.popularServiceItems': { query: '{ popularServiceItems(first: 1) { caseCount } }', expect: EVERYONE },
  'Query.notices': { query: '{ notices(first: 1) { totalCount } }', expect: EVERYONE },
  'Query.allNotices': { query: '{ allNotices(first: 1) { totalCount } }', expect: ADMIN },
  // Empty title: the administrator gets a userError and nothing is written.
  'Mutation.createNotice': mutation('createNotice', () => ({ title: ' ', body: '矩阵' }), ADMIN),
  'Mutation.setNoticePublished': mutation(
    'setNoticePublished',
    () => ({ noticeId: missing('Notice'), published: true }),
    ADMIN,
  ),
  'Mutation.updateDisplaySettings': mutation(
    'updateDisplaySettings',
    () => ({ careMode: false }),
    SIGNED_IN_USERS,
  ),

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
  'Mutation.submitCorrection': mutation('submitCorrection', () => ({ caseId: missingCase() }), CITIZENS),
  'Mutation.addFavouriteItem': {
    query: `mutation($input: FavouriteItemInput!) { addFavouriteItem(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { itemId: missing('ServiceItem') } }),
    expect: CITIZENS,
  },
  'Mutation.removeFavouriteItem': {
    query: `mutation($input: FavouriteItemInput!) { removeFavouriteItem(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { itemId: missing('ServiceItem') } }),
    expect: CITIZENS,
  },
  'Mutation.removeCorrectionMaterial': mutation(
    'removeCorrectionMaterial',
    () => ({ materialId: missing('CaseMaterial') }),
    CITIZENS,
  ),

  // 我的预约 (graphql/booking.graphql)
  'Query.serviceCentres': { query: '{ serviceCentres { id } }', expect: EVERYONE },
  'Query.bookableItems': { query: '{ bookableItems { id } }', expect: EVERYONE },
  'Query.bookingRules': { query: '{ bookingRules { cancelLeadMinutes } }', expect: EVERYONE },
  'Query.bookingSlots': {
    query: 'query($itemId: ID!) { bookingSlots(itemId: $itemId, first: 1) { nodes { id } } }',
    variables: () => ({ itemId: missing('ServiceItem') }),
    expect: EVERYONE,
  },
  'Query.centreBookings': {
    query:
      'query($centreId: ID!) { centreBookings(centreId: $centreId, day: "2026-12-05", first: 1) { totalCount } }',
    variables: () => ({ centreId: missing('ServiceCentre') }),
    expect: WINDOW_STAFF,
  },
  'Mutation.bookVisit': mutation('bookVisit', () => ({ slotId: missing('BookingSlot') }), CITIZENS),
  'Mutation.cancelBooking': mutation('cancelBooking', () => ({ bookingId: missing('Booking') }), CITIZENS),
  'Mutation.markBookingAttendance': mutation(
    'markBookingAttendance',
    () => ({ bookingId: missing('Booking'), attendance: 'ARRIVED' }),
    WINDOW_STAFF,
  ),
  'Mutation.linkBookingCase': mutation(
    'linkBookingCase',
    () => ({ bookingId: missing('Booking'), businessNumber: 'MATRIX-0003' }),
    WINDOW_STAFF,
  ),

  // 邮政速递 (graphql/delivery.graphql): invalid fields or unknown IDs, so nothing is stored
  'Mutation.addDeliveryAddress': mutation(
    'addDeliveryAddress',
    () => ({ fields: { recipientName: '矩阵', phone: '123', address: '矩阵路', postcode: 'x' } }),
    CITIZENS,
  ),
  'Mutation.updateDeliveryAddress': mutation(
    'updateDeliveryAddress',
    () => ({
      addressId: missing('DeliveryAddress'),
      fields: { recipientName: '矩阵', address: '天津市矩阵路1号', postcode: '300000' },
    }),
    CITIZENS,
  ),
  'Mutation.deleteDeliveryAddress': {
    query: `mutation($input: DeliveryAddressRefInput!) { deleteDeliveryAddress(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { addressId: missing('DeliveryAddress') } }),
    expect: CITIZENS,
  },
  'Mutation.setDefaultDeliveryAddress': {
    query: `mutation($input: DeliveryAddressRefInput!) { setDefaultDeliveryAddress(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { addressId: missing('DeliveryAddress') } }),
    expect: CITIZENS,
  },
  'Mutation.chooseCaseDeliveryAddress': mutation(
    'chooseCaseDeliveryAddress',
    () => ({ caseId: missingCase(), addressId: missing('DeliveryAddress') }),
    CITIZENS,
  ),
};

/**
 * node(id:) and nodes(ids:) for every type that implements Node, each with real objects owned by someone else
 * (citizen A's cases, their bad review and its appeal by department A, the company user's license and a code of
 * it). One letter per principal, in PRINCIPALS' order: A = the object comes back, N = null (as if absent).
 * The types come from the schema, so a new Node type fails this test until it gets its rows here.
 */
type NodeRow = { object: string; id: (api: TestApi) => Promise<string>; expect: string };
const caseNumbered = (businessNumber: string) => async (api: TestApi) =>
  toGlobalId('Case', (await api.db.case.findFirstOrThrow({ where: { businessNumber } })).id);
/** Citizen A's 差评 of a case of department A (南开社保分中心), awaiting its reply. */
const BAD_REVIEW_CASE = '20261125090000100003';
const NODE_MATRIX: Record<string, NodeRow[]> = {
  Case: [
    {
      object: "citizen A's case in progress at department A (a partner system of department A reads it)",
      id: caseNumbered('20261121143005667788'),
      expect: 'NANNNANAANANNANN',
    },
    {
      object: "citizen A's 暂存件 (the applicant's alone)",
      id: caseNumbered('20261125200000778899'),
      expect: 'NANNNNNNNNNNNNNN',
    },
  ],
  User: [
    {
      object: 'citizen A (people see only themselves)',
      id: async (api) => toGlobalId('User', (await userOf(api, 'citizenA')).id),
      expect: 'NANNNNNNNNNNNNNN',
    },
  ],
  ServiceCategory: [
    {
      object: 'a home-page category (public)',
      id: async (api) =>
        toGlobalId(
          'ServiceCategory',
          (await api.db.serviceCategory.findFirstOrThrow({ orderBy: { code: 'asc' } })).id,
        ),
      expect: 'AAAAAAAAAAAAAAAA',
    },
  ],
  Notice: [
    {
      object: 'a published notice (public)',
      id: async (api) =>
        toGlobalId(
          'Notice',
          (await api.db.notice.findFirstOrThrow({ where: { publishedAt: { not: null } } })).id,
        ),
      expect: 'AAAAAAAAAAAAAAAA',
    },
    {
      object: 'an unpublished notice (administrators only)',
      id: async (api) =>
        toGlobalId('Notice', (await api.db.notice.findFirstOrThrow({ where: { publishedAt: null } })).id),
      expect: 'NNNNNNNNANNNNNNN',
    },
  ],
  ServiceCentre: [
    {
      object: 'a service centre (public)',
      id: async (api) => toGlobalId('ServiceCentre', (await api.db.serviceCentre.findFirstOrThrow()).id),
      expect: 'AAAAAAAAAAAAAAAA',
    },
  ],
  BookingSlot: [
    {
      object: 'a booking slot (public)',
      id: async (api) => toGlobalId('BookingSlot', (await api.db.bookingSlot.findFirstOrThrow()).id),
      expect: 'AAAAAAAAAAAAAAAA',
    },
  ],
  Booking: [
    {
      object: "citizen A's booking (the citizen and window staff)",
      id: async (api) => {
        const citizen = await userOf(api, 'citizenA');
        const slot = await api.db.bookingSlot.create({
          data: {
            centreId: (await api.db.serviceCentre.findFirstOrThrow()).id,
            itemId: (await api.db.bookingSlot.findFirstOrThrow()).itemId,
            startsAt: new Date('2030-01-01T01:00:00Z'),
            endsAt: new Date('2030-01-01T01:30:00Z'),
            capacity: 1,
            booked: 1,
          },
        });
        const booking = await api.db.booking.create({
          data: { slotId: slot.id, userId: citizen.id, bookedAt: new Date() },
        });
        return toGlobalId('Booking', booking.id);
      },
      expect: 'NANNANNNNNNNNNNN',
    },
  ],
  DeliveryAddress: [
    {
      object: "an address in citizen A's address book (the citizen only)",
      id: async (api) => {
        const citizen = await userOf(api, 'citizenA');
        const address = await api.db.deliveryAddress.create({
          data: {
            userId: citizen.id,
            recipientName: '矩阵',
            phoneCipher: 'v2.x',
            phoneMasked: '138****0000',
            address: '天津市矩阵路1号',
            postcode: '300000',
            createdAt: new Date(),
            updatedAt: new Date(),
          },
        });
        return toGlobalId('DeliveryAddress', address.id);
      },
      expect: 'NANNNNNNNNNNNNNN',
    },
  ],
  Notification: [
    {
      object: "a notification in citizen A's inbox (the user themself only)",
      id: async (api) => {
        const citizen = await userOf(api, 'citizenA');
        const notification = await api.db.notification.create({
          data: {
            userId: citizen.id,
            kind: 'CASE_ACCEPTED',
            sourceKey: `matrix:${randomUUID()}`,
            title: '办件已受理',
            body: '矩阵测试',
            createdAt: new Date(),
          },
        });
        return toGlobalId('Notification', notification.id);
      },
      expect: 'NANNNNNNNNNNNNNN',
    },
  ],
  Question: [
    {
      object: "citizen A's 咨询 about an item of department A (the asker, and department A's staff)",
      id: async (api) => {
        const citizen = await userOf(api, 'citizenA');
        const clerk = await userOf(api, 'clerkA');
        const item = await api.db.serviceItem.findFirstOrThrow({
          where: { departmentId: clerk.departmentId! },
        });
        const now = new Date();
        const question = await api.db.question.create({
          data: {
            kind: 'CONSULTATION',
            userId: citizen.id,
            itemId: item.id,
            departmentId: item.departmentId,
            body: '矩阵测试',
            createdAt: now,
            answerDueAt: new Date(now.getTime() + 60_000),
          },
        });
        return toGlobalId('Question', question.id);
      },
      expect: 'NANNNANNNNNNNNNN',
    },
  ],
  FirmLink: [
    {
      object:
        "citizen A's request to act for the company user's firm (the requester and the legal representative)",
      id: async (api) => {
        const citizen = await userOf(api, 'citizenA');
        const license = await companyLicense(api);
        const link = await api.db.firmLink.create({
          data: {
            userId: citizen.id,
            creditCode: license.holderCreditCode,
            firmName: license.holderName,
            requestedAt: new Date(),
          },
        });
        return toGlobalId('FirmLink', link.id);
      },
      expect: 'NANANNNNNNNNNNNN',
    },
  ],
  UserSession: [
    {
      object: 'a sign-in of citizen A (登录记录: the user themself only)',
      id: async (api) => {
        const citizen = await userOf(api, 'citizenA');
        const now = new Date();
        const session = await api.db.session.create({
          data: {
            userId: citizen.id,
            createdAt: now,
            lastSeenAt: now,
            expiresAt: new Date(now.getTime() + 60_000),
          },
        });
        return toGlobalId('UserSession', session.id);
      },
      expect: 'NANNNNNNNNNNNNNN',
    },
  ],
  Department: [
    {
      object: 'department A (public catalogue)',
      id: async (api) => toGlobalId('Department', (await userOf(api, 'clerkA')).departmentId!),
      expect: 'AAAAAAAAAAAAAAAA',
    },
  ],
  ServiceItem: [
    {
      object: 'an item of department A (public catalogue)',
      id: async (api) =>
        toGlobalId(
          'ServiceItem',
          (await api.db.serviceItem.findFirstOrThrow({ where: { code: 'nk-ss-pension-resume' } })).id,
        ),
      expect: 'AAAAAAAAAAAAAAAA',
    },
  ],
  Evaluation: [
    {
      object: "citizen A's 差评 of a department A case (whoever sees the case)",
      id: async (api) => toGlobalId('Evaluation', (await badReview(api)).id),
      expect: 'NANNNANAANANNANA',
    },
  ],
  EvaluationAppeal: [
    {
      object: "department A's appeal of that 差评 (the department side and supervisors, never the citizen)",
      id: async (api) => {
        const evaluation = await badReview(api);
        const clerk = await userOf(api, 'clerkA');
        const appeal =
          (await api.db.evaluationAppeal.findUnique({ where: { evaluationId: evaluation.id } })) ??
          (await api.db.evaluationAppeal.create({
            data: {
              evaluationId: evaluation.id,
              departmentId: clerk.departmentId!,
              filedById: clerk.id,
              reason: '矩阵测试的申诉',
            },
          }));
        return toGlobalId('EvaluationAppeal', appeal.id);
      },
      expect: 'NNNNNANAANNNNNNN',
    },
  ],
  License: [
    {
      object: "the company user's license (its holder side and the market-regulation staff)",
      id: async (api) => toGlobalId('License', (await companyLicense(api)).id),
      expect: 'NNNANNNNNNNANNNN',
    },
  ],
  LicenseGrant: [
    {
      object: "a verification code of the company user's license (the holder side only)",
      id: async (api) => {
        const license = await companyLicense(api);
        const company = await userOf(api, 'company');
        const grant = await api.db.licenseGrant.create({
          data: {
            licenseId: license.id,
            codeHash: randomBytes(32).toString('hex'),
            createdById: company.id,
            createdAt: new Date(),
            expiresAt: new Date(Date.now() + 10 * 60_000),
          },
        });
        return toGlobalId('LicenseGrant', grant.id);
      },
      expect: 'NNNANNNNNNNNNNNN',
    },
  ],
};

/**
 * The guard each field's domain function declares: its permission, and whether only people or only partner
 * systems may hold it. The table letters of these fields must be what the policy grants (read from the policy
 * itself, `registeredPermissions()`), so the matrix and the policies cannot disagree.
 */
type Guard = { permission: string; kind: 'require' | 'requireUser' | 'requireClient' };
const user = (permission: string): Guard => ({ permission, kind: 'requireUser' });
const GUARDS: Partial<Record<string, Guard>> = {
  'Query.myCases': user('case.listOwn'),
  'Query.departmentCases': user('case.listDepartment'),
  'Mutation.acceptCase': user('case.accept'),
  'Mutation.rejectCase': user('case.reject'),
  'Mutation.requestCorrection': user('case.requestCorrection'),
  'Mutation.startProcessing': user('case.startProcessing'),
  'Mutation.completeCase': user('case.complete'),
  'Mutation.submitDraft': user('case.draft'),
  'Mutation.lookUpCitizen': user('window.lookUpCitizen'),
  'Mutation.recordWindowCase': user('window.recordCase'),
  'Mutation.syncCase': { permission: 'case.sync', kind: 'requireClient' },
  'Query.departmentEvaluationTasks': user('evaluation.listReplyTasks'),
  'Query.evaluationAppeals': user('evaluation.listAppeals'),
  'Mutation.submitEvaluation': user('evaluation.submit'),
  'Mutation.replyToEvaluation': user('evaluation.reply'),
  'Mutation.recordEvaluationCallback': user('evaluation.recordCallback'),
  'Mutation.recordEvaluationRectification': user('evaluation.recordRectification'),
  'Mutation.addEvaluationFollowUp': user('evaluation.addFollowUp'),
  'Mutation.fileEvaluationAppeal': user('evaluation.appeal'),
  'Mutation.decideEvaluationAppeal': user('evaluation.decideAppeal'),
  'Query.myLicenses': user('license.listOwn'),
  'Mutation.generateLicenseCode': user('license.authorize'),
  'Mutation.revokeLicenseCode': user('license.authorize'),
  'Mutation.appointLicenseAdministrator': user('license.authorize'),
  'Mutation.removeLicenseAdministrator': user('license.authorize'),
  'Mutation.fetchLicenseMaterial': user('license.fetch'),
  'Mutation.changePassword': user('user.changePassword'),
  'Mutation.endSession': user('user.endSession'),
  'Query.myFirmLinks': user('account.requestFirmLink'),
  'Query.firmLinksToDecide': user('account.decideFirmLink'),
  'Mutation.verifyRealName': user('account.verifyIdentity'),
  'Mutation.verifyRealPerson': user('account.verifyIdentity'),
  'Mutation.requestFirmLink': user('account.requestFirmLink'),
  'Mutation.decideFirmLink': user('account.decideFirmLink'),
  'Mutation.changePhone': user('account.changePhone'),
  'Query.departmentQuestions': user('question.listDepartment'),
  'Mutation.askQuestion': user('question.ask'),
  'Mutation.answerQuestion': user('question.answer'),
  'Mutation.markNotificationsRead': user('notification.markRead'),
  'Mutation.updateNotificationSettings': user('notification.updateSettings'),
  'Query.allNotices': user('portal.manageNotices'),
  'Mutation.createNotice': user('portal.manageNotices'),
  'Mutation.setNoticePublished': user('portal.manageNotices'),
  'Mutation.updateDisplaySettings': user('portal.updateDisplaySettings'),
  'Mutation.saveApplicationDraft': user('application.editDraft'),
  'Mutation.removeCaseMaterial': user('application.editDraft'),
  'Mutation.submitCorrection': user('correction.answer'),
  'Mutation.addFavouriteItem': user('favourite.manage'),
  'Mutation.removeFavouriteItem': user('favourite.manage'),
  'Mutation.removeCorrectionMaterial': user('correction.answer'),
  'Query.centreBookings': user('booking.listCentre'),
  'Mutation.bookVisit': user('booking.book'),
  'Mutation.cancelBooking': user('booking.book'),
  'Mutation.markBookingAttendance': user('booking.markAttendance'),
  'Mutation.linkBookingCase': user('booking.linkCase'),
  'Mutation.addDeliveryAddress': user('delivery.manageAddresses'),
  'Mutation.updateDeliveryAddress': user('delivery.manageAddresses'),
  'Mutation.deleteDeliveryAddress': user('delivery.manageAddresses'),
  'Mutation.setDefaultDeliveryAddress': user('delivery.manageAddresses'),
  'Mutation.chooseCaseDeliveryAddress': user('delivery.chooseForCase'),
  'Query.nationalReports': user('national.readReports'),
  'Mutation.retryNationalReport': user('national.retryReport'),
  'Query.webhookEndpoints': { permission: 'webhook.readLog', kind: 'require' },
  'Query.webhookDeliveries': { permission: 'webhook.readLog', kind: 'require' },
  'Mutation.registerWebhookEndpoint': { permission: 'webhook.manage', kind: 'requireClient' },
  'Mutation.redeliverWebhook': { permission: 'webhook.redeliver', kind: 'require' },
  'Mutation.disableWebhookEndpoint': { permission: 'webhook.manage', kind: 'requireClient' },
  'Query.dashboard': { permission: 'dashboard.read', kind: 'require' },
  'Query.dashboardEvaluations': { permission: 'dashboard.read', kind: 'require' },
  'Query.dashboardCases': { permission: 'dashboard.read', kind: 'require' },
  'Query.cases': { permission: 'partner.listCases', kind: 'requireClient' },
  'Query.evaluations': { permission: 'partner.listEvaluations', kind: 'requireClient' },
  'Query.partnerReads': user('partner.readAudit'),
  'Query.apiClients': user('partner.manageClients'),
  'Mutation.createApiClient': user('partner.manageClients'),
  'Mutation.rotateApiClientSecret': user('partner.manageClients'),
  'Mutation.disableApiClient': user('partner.manageClients'),
};

/** Fields with no single policy guard, and why: each new field needs a guard above or a reason here. */
const NOT_ONE_POLICY_GUARD: Partial<Record<string, string>> = {
  'Query.me': 'anyone: the viewer, or null',
  'Query.node': 'anyone: each object is checked by its module (NODE_MATRIX)',
  'Query.nodes': 'anyone: each object is checked by its module (NODE_MATRIX)',
  'Query.rateLimit': "anyone: the caller's own budget",
  'Query.departments': 'public catalogue',
  'Query.serviceItems': 'public catalogue',
  'Query.catalogueItems': 'public catalogue',
  'Query.searchServiceItems': 'public catalogue (首页 search)',
  'Query.serviceCategories': 'public catalogue (首页 categories)',
  'Query.popularServiceItems': 'public catalogue (热门事项, counts only)',
  'Query.notices': 'public: published notices only',
  'Query.uploadLimits': 'public rule',
  'Query.evaluationRules': 'public rule',
  'Query.passwordRule': 'public rule',
  'Query.questionRules': 'public rule',
  'Query.registrationTerms': 'public documents',
  'Query.serviceCentres': 'public: the centres taking booked visits',
  'Query.bookableItems': 'public catalogue (items with slots ahead)',
  'Query.bookingSlots': 'public: slots and places left',
  'Query.bookingRules': 'public rule',
  'Mutation.sendPhoneCode': 'anyone (nobody is signed in yet): throttled per number and per address',
  'Mutation.registerAccount': 'anyone (nobody is signed in yet): the SMS code, throttled per number',
  'Mutation.resetPassword': 'anyone (nobody is signed in yet): the SMS code, throttled per number',
  'Query.publishedFigures': 'public 公示 figures',
  'Query.evaluationFigures':
    'evaluation.readFigures after a signed-in check: a token is UNAUTHENTICATED, not FORBIDDEN',
  'Mutation.publishLicense':
    'license.publish, and staff only of the market-regulation department (licensePublisher)',
  'Mutation.cancelLicense':
    'license.publish, and staff only of the market-regulation department (licensePublisher)',
  'Mutation.revokeLicense':
    'license.publish, and staff only of the market-regulation department (licensePublisher)',
};

/** What the declared guard answers for a principal, straight from its policy: A, U or F. */
function guardLetter(guard: Guard, principal: Principal): string {
  const registered = registeredPermissions().get(guard.permission);
  if (!registered) throw new Error(`${guard.permission} is not a permission of any policy`);
  try {
    registered.policy[guard.kind](principal, guard.permission);
    return 'A';
  } catch (error) {
    const code = (error as GraphQLError).extensions?.code;
    return code === 'UNAUTHENTICATED' ? 'U' : code === 'FORBIDDEN' ? 'F' : '?';
  }
}

const userOf = (api: TestApi, principal: PrincipalName) =>
  api.db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(USERS[principal]!) } });
const badReview = async (api: TestApi) =>
  api.db.evaluation.findFirstOrThrow({ where: { case: { businessNumber: BAD_REVIEW_CASE } } });
const companyLicense = (api: TestApi) =>
  api.db.license.findFirstOrThrow({ where: { holderName: '天津津南外资科技有限公司' } });

/** The same variables with every global ID replaced by a malformed one. */
function withMalformedIds(value: unknown): unknown {
  if (typeof value === 'string') return fromGlobalId(value) ? 'not!a!global!id' : value;
  if (Array.isArray(value)) return value.map(withMalformedIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withMalformedIds(inner)]));
  }
  return value;
}

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
  headA: '120104197805060044',
  headB: '120103197509180061',
};

describe('authorization matrix', () => {
  let api: TestApi;
  const callers = new Map<PrincipalName, Caller>();
  const principals = new Map<PrincipalName, Principal>();

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    callers.set('anonymous', null);
    principals.set('anonymous', anonymous);
    for (const [name, idNumber] of Object.entries(USERS)) {
      callers.set(name as PrincipalName, { sessionToken: await api.sessionFor(idNumber) });
      const row = await api.db.user.findUniqueOrThrow({
        where: { idNumberHash: piiLookupHash(idNumber) },
        select: PRINCIPAL_USER_COLUMNS,
      });
      principals.set(name as PrincipalName, { kind: 'user', user: row });
    }
    for (const [name, scope, client] of [
      ['clientSync', 'cases:sync', 'nk-social-security-system:dev-secret-nk-social-security'],
      ['clientRead', 'cases:read', 'nk-social-security-system:dev-secret-nk-social-security'],
      ['clientPublish', 'licenses:publish', 'tj-market-regulation-system:dev-secret-tj-market-regulation'],
      ['clientEvalRead', 'evaluations:read', 'nk-social-security-system:dev-secret-nk-social-security'],
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
      const apiClient = await api.db.apiClient.findUniqueOrThrow({
        where: { clientId: client.split(':')[0]! },
      });
      principals.set(name, { kind: 'client', client: apiClient, scopes: [scope] });
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

  it('gives every field a declared policy guard or a stated reason, never both', () => {
    for (const field of Object.keys(MATRIX)) {
      expect(Boolean(GUARDS[field]) !== Boolean(NOT_ONE_POLICY_GUARD[field]), field).toBe(true);
    }
    expect(Object.keys({ ...GUARDS, ...NOT_ONE_POLICY_GUARD }).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it("states for each guarded field exactly what its policy grants (read from the policy's table)", () => {
    const fromPolicies: Record<string, string> = {};
    const fromTable: Record<string, string> = {};
    for (const [field, guard] of Object.entries(GUARDS)) {
      fromPolicies[field] = PRINCIPALS.map((name) => guardLetter(guard!, principals.get(name)!)).join('');
      fromTable[field] = MATRIX[field]!.expect;
    }
    expect(fromTable).toEqual(fromPolicies);
  });

  async function outcomesOf(variablesOf: (row: Row) => Record<string, unknown>) {
    const outcomes: Record<string, string> = {};
    for (const [field, row] of Object.entries(MATRIX)) {
      let letters = '';
      for (const principal of PRINCIPALS) {
        const result = await api.graphql(row.query, variablesOf(row), callers.get(principal)!);
        const code = result.errors?.[0]?.extensions?.code;
        if (code === 'UNAUTHENTICATED') letters += 'U';
        else if (code === 'FORBIDDEN') letters += 'F';
        else if (result.errors) letters += `?(${principal}: ${String(code)} ${result.errors[0]!.message})`;
        else letters += 'A';
      }
      outcomes[field] = letters;
    }
    return outcomes;
  }
  const expected = () => Object.fromEntries(Object.entries(MATRIX).map(([f, row]) => [f, row.expect]));

  it('allows and refuses each field exactly as the table says', { timeout: 120_000 }, async () => {
    const before = await api.db.case.count();
    const licensesBefore = await api.db.license.count();
    expect(await outcomesOf((row) => row.variables?.() ?? {})).toEqual(expected());
    expect(await api.db.case.count()).toBe(before);
    expect(await api.db.license.count()).toBe(licensesBefore);
  });

  it(
    'checks who is calling before it looks at the IDs: malformed IDs get the same answers',
    { timeout: 120_000 },
    async () => {
      const before = await api.db.case.count();
      expect(
        await outcomesOf((row) => withMalformedIds(row.variables?.() ?? {}) as Record<string, unknown>),
      ).toEqual(expected());
      expect(await api.db.case.count()).toBe(before);
    },
  );

  it('has node rows for every type that implements Node, and no other', () => {
    const schema = buildSchema(loadTypeDefs());
    const node = schema.getType('Node') as GraphQLInterfaceType;
    const types = schema.getImplementations(node).objects.map((type) => type.name);
    expect(Object.keys(NODE_MATRIX).sort()).toEqual(types.sort());
  });

  it('answers node(id:) and nodes(ids:) for each type and principal exactly as the node table says', async () => {
    const rows = Object.entries(NODE_MATRIX).flatMap(([type, list]) =>
      list.map((row) => ({ ...row, label: `${type}: ${row.object}` })),
    );
    const ids: string[] = [];
    for (const row of rows) ids.push(await row.id(api));
    const expectedLetters = Object.fromEntries(rows.map((row) => [row.label, row.expect]));

    const viaNode: Record<string, string> = {};
    const viaNodes: Record<string, string> = Object.fromEntries(rows.map((row) => [row.label, '']));
    for (const principal of PRINCIPALS) {
      for (const [index, row] of rows.entries()) {
        const result = await api.graphql<{ node: { id: string; __typename: string } | null }>(
          'query($id: ID!) { node(id: $id) { id __typename } }',
          { id: ids[index] },
          callers.get(principal)!,
        );
        expect(result.errors, `${principal} ${row.label}`).toBeUndefined();
        if (result.data!.node) expect(result.data!.node.id).toBe(ids[index]);
        viaNode[row.label] = (viaNode[row.label] ?? '') + (result.data!.node ? 'A' : 'N');
      }
      const many = await api.graphql<{ nodes: ({ id: string } | null)[] }>(
        'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids },
        callers.get(principal)!,
      );
      expect(many.errors, principal).toBeUndefined();
      for (const [index, row] of rows.entries()) {
        const got = many.data!.nodes[index];
        if (got) expect(got.id).toBe(ids[index]);
        viaNodes[row.label] += got ? 'A' : 'N';
      }
    }
    expect(viaNode).toEqual(expectedLetters);
    expect(viaNodes).toEqual(expectedLetters);
  });

  it('lets a department head read its own department only, and the supervisor any', async () => {
    const own = toGlobalId('Department', (await userOf(api, 'clerkA')).departmentId!);
    const other = toGlobalId('Department', (await userOf(api, 'clerkB')).departmentId!);
    const FIELDS = {
      dashboard:
        'dashboard(period: { kind: WEEK, day: "2026-11-25" }, departmentId: $d) { department { id } }',
      dashboardEvaluations:
        'dashboardEvaluations(period: { kind: WEEK, day: "2026-11-25" }, departmentId: $d) { totalCount }',
      dashboardCases:
        'dashboardCases(period: { kind: WEEK, day: "2026-11-25" }, departmentId: $d) { totalCount }',
    };
    const read = (field: keyof typeof FIELDS, principal: PrincipalName, departmentId?: string) =>
      api.graphql<{ dashboard: { department: { id: string } | null } }>(
        `query($d: ID) { ${FIELDS[field]} }`,
        { d: departmentId ?? null },
        callers.get(principal)!,
      );
    const letters = async (field: keyof typeof FIELDS, departmentId?: string) => {
      let out = '';
      for (const principal of PRINCIPALS) {
        const result = await read(field, principal, departmentId);
        const code = result.errors?.[0]?.extensions?.code;
        out += code === 'UNAUTHENTICATED' ? 'U' : code === 'FORBIDDEN' ? 'F' : result.errors ? '?' : 'A';
      }
      return out;
    };
    for (const field of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
      expect(await letters(field), field).toBe(DASHBOARD_OWN);
      expect(await letters(field, own), field).toBe('UFFFFFFAFFFFFAFF');
      expect(await letters(field, other), field).toBe(DASHBOARD_OTHER);
    }
    expect((await read('dashboard', 'headA')).data!.dashboard.department!.id).toBe(own);
    expect((await read('dashboard', 'supervisor')).data!.dashboard.department).toBeNull();
  });

  it('filters the public catalogue by a malformed department ID without an internal error', async () => {
    for (const departmentId of ['not!an!id', toGlobalId('Department', 'not-a-uuid'), missing('Department')]) {
      const result = await api.graphql<{ serviceItems: unknown[] }>(
        'query($departmentId: ID) { serviceItems(departmentId: $departmentId) { id } }',
        { departmentId },
      );
      expect(result.errors, departmentId).toBeUndefined();
      expect(result.data!.serviceItems).toEqual([]);
    }
  });

  it('answers null, not an error, for malformed and unknown IDs, whoever asks', async () => {
    for (const principal of PRINCIPALS) {
      const result = await api.graphql<{ nodes: unknown[] }>(
        'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        {
          ids: [
            'not!a!global!id',
            toGlobalId('Case', 'not-a-uuid'),
            toGlobalId('NoSuchType', randomUUID()),
            missingCase(),
          ],
        },
        callers.get(principal)!,
      );
      expect(result.errors, principal).toBeUndefined();
      expect(result.data!.nodes).toEqual([null, null, null, null]);
    }
  });
});

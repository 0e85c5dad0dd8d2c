import type { CodegenConfig } from '@graphql-codegen/cli';

// One SDL schema (graphql/*.graphql) generates the API's resolver types and the web's typed documents.
// Generated files are committed; `npm run codegen:check` (run in CI) fails when they are stale.
const scalars = { DateTime: 'string', Date: 'string' };

const config: CodegenConfig = {
  schema: 'graphql/*.graphql',
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: true,
  generates: {
    'apps/api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#Context',
        scalars: { DateTime: { input: 'string', output: 'Date | string' }, Date: 'string' },
        mappers: {
          User: '../graphql-models.ts#UserModel',
          Department: '../graphql-models.ts#DepartmentModel',
          ServiceItem: '../graphql-models.ts#ServiceItemModel',
          Case: '../graphql-models.ts#CaseModel',
          CaseEvent: '../graphql-models.ts#CaseEventModel',
          CaseMaterial: '../graphql-models.ts#CaseMaterialModel',
          FavouriteItem: '../graphql-models.ts#FavouriteItemModel',
          ServiceCentre: '../graphql-models.ts#ServiceCentreModel',
          BookingSlot: '../graphql-models.ts#BookingSlotModel',
          Booking: '../graphql-models.ts#BookingModel',
          DeliveryAddress: '../graphql-models.ts#DeliveryAddressModel',
          CaseDeliveryAddress: '../graphql-models.ts#CaseDeliveryAddressModel',
          PostalDelivery: '../delivery/list-postal-deliveries.ts#PostalDeliveryRow',
          CaseCorrection: '../correction/case-correction.ts#CaseCorrectionView',
          CorrectionItem: '../correction/case-correction.ts#CorrectionItemView',
          Evaluation: '../graphql-models.ts#EvaluationModel',
          EvaluationAppeal: '../graphql-models.ts#EvaluationAppealModel',
          EvaluationNote: '../graphql-models.ts#EvaluationNoteModel',
          EvaluationFigureRow: '../evaluation/compute-evaluation-figures.ts#FigureRowModel',
          ServiceItemMaterial: '../graphql-models.ts#ServiceItemMaterialModel',
          License: '../graphql-models.ts#LicenseModel',
          LicenseGrant: '../graphql-models.ts#LicenseGrantModel',
          LicenseAccess: '../graphql-models.ts#LicenseAccessModel',
          LicenseAdministrator: '../graphql-models.ts#LicenseAdministratorModel',
          LicenseSnapshot: '../license/license-snapshot.ts#LicenseSnapshotData',
          ApiClient: '../graphql-models.ts#ApiClientModel',
          UserSession: '../graphql-models.ts#UserSessionModel',
          Notification: '../graphql-models.ts#NotificationModel',
          Question: '../graphql-models.ts#QuestionModel',
          FirmLink: '../graphql-models.ts#FirmLinkModel',
          PartnerRead: '../partner/list-partner-reads.ts#PartnerReadRow',
          NationalReport: '../national/list-national-reports.ts#NationalReportRow',
          WebhookDelivery: '../webhook/list-webhook-deliveries.ts#WebhookDeliveryRow',
          WebhookEndpoint: '../graphql-models.ts#WebhookEndpointModel',
          Dashboard: '../dashboard/dashboard-models.ts#DashboardModel',
          DashboardDepartmentRow: '../dashboard/dashboard-models.ts#DashboardDepartmentRowModel',
          DashboardItemRow: '../dashboard/dashboard-models.ts#DashboardItemRowModel',
          DashboardAlert: '../dashboard/dashboard-alerts.ts#AlertModel',
          ServiceCategory: '../graphql-models.ts#ServiceCategoryModel',
          Notice: '../graphql-models.ts#NoticeModel',
          ServiceItemSearchHit: '../portal/search-service-items.ts#SearchHitModel',
          PopularServiceItem: '../portal/list-popular-items.ts#PopularItemModel',
          PublishedFigureRow: '../dashboard/dashboard-models.ts#PublishedFigureRowModel',
        },
        resolversNonOptionalTypename: { interfaceImplementingType: true },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
      },
    },
    'apps/web/gql/': {
      documents: [
        'apps/web/app/**/*.{ts,tsx}',
        'apps/web/components/**/*.{ts,tsx}',
        'apps/web/lib/**/*.{ts,tsx}',
      ],
      preset: 'client',
      // Extensionless imports between the generated files: Turbopack does not map './gql.js' to gql.ts.
      config: { enumsAsTypes: true, useTypeImports: true, scalars, importExtension: '' },
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'useFragment' },
        // Trusted documents: every operation gets `__meta__.hash` (sha256 of its printed text, fragments
        // included) and gql/persisted-documents.json maps each hash to that text. The API runs only these
        // for web requests in production (README: Trusted documents).
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
    },
  },
};

export default config;

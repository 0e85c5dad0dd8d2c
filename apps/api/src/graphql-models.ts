// What each GraphQL object type resolves from: the Prisma rows, so resolvers never re-fetch the parent.
export type { PrincipalUser as UserModel } from './auth/principal.ts';
export type {
  Department as DepartmentModel,
  ServiceItem as ServiceItemModel,
  Case as CaseModel,
  CaseEvent as CaseEventModel,
  CaseMaterial as CaseMaterialModel,
  Evaluation as EvaluationModel,
  EvaluationAppeal as EvaluationAppealModel,
  EvaluationReply as EvaluationNoteModel,
  ServiceItemMaterial as ServiceItemMaterialModel,
  License as LicenseModel,
  LicenseGrant as LicenseGrantModel,
  LicenseAccessLog as LicenseAccessModel,
  LicenseAdministrator as LicenseAdministratorModel,
  ApiClient as ApiClientModel,
  WebhookEndpoint as WebhookEndpointModel,
  Session as UserSessionModel,
  Notification as NotificationModel,
  ServiceCategory as ServiceCategoryModel,
  Notice as NoticeModel,
  FavouriteItem as FavouriteItemModel,
} from './generated/prisma/client.ts';

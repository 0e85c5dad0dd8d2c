import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserModel, DepartmentModel, ServiceItemModel, CaseModel, CaseEventModel, CaseMaterialModel, FavouriteItemModel, ServiceCentreModel, BookingSlotModel, BookingModel, DeliveryAddressModel, CaseDeliveryAddressModel, EvaluationModel, EvaluationAppealModel, EvaluationNoteModel, ServiceItemMaterialModel, LicenseModel, LicenseGrantModel, LicenseAccessModel, LicenseAdministratorModel, ApiClientModel, UserSessionModel, NotificationModel, QuestionModel, FirmLinkModel, WebhookEndpointModel, ServiceCategoryModel, NoticeModel } from '../graphql-models.ts';
import type { PostalDeliveryRow } from '../delivery/list-postal-deliveries.ts';
import type { CaseCorrectionView, CorrectionItemView } from '../correction/case-correction.ts';
import type { FigureRowModel } from '../evaluation/compute-evaluation-figures.ts';
import type { LicenseSnapshotData } from '../license/license-snapshot.ts';
import type { PartnerReadRow } from '../partner/list-partner-reads.ts';
import type { NationalReportRow } from '../national/list-national-reports.ts';
import type { WebhookDeliveryRow } from '../webhook/list-webhook-deliveries.ts';
import type { DashboardModel, DashboardDepartmentRowModel, DashboardItemRowModel, PublishedFigureRowModel } from '../dashboard/dashboard-models.ts';
import type { AlertModel } from '../dashboard/dashboard-alerts.ts';
import type { SearchHitModel } from '../portal/search-service-items.ts';
import type { PopularItemModel } from '../portal/list-popular-items.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day in China Standard Time, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 with offset, always rendered in China Standard Time, e.g. 2019-11-08T10:01:19+08:00. */
  DateTime: { input: string; output: Date | string; }
};

/** 受理 (or 承诺补正受理) of a case. */
export type AcceptCaseInput = {
  /** The case (global ID). */
  caseId: Scalars['ID']['input'];
  /** When set, the case is accepted on the applicant's written promise (承诺补正) to supply what is missing by this CST day. */
  commitmentDueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The case version the clerk saw; a stale version is refused instead of overwriting someone else's change. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A note shown on the timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A new address. */
export type AddDeliveryAddressInput = {
  /** Its fields. */
  fields: DeliveryAddressFields;
};

/** The starred item, or why not. */
export type AddFavouriteItemPayload = {
  __typename?: 'AddFavouriteItemPayload';
  /** The favourite (the same one when the item was starred already). */
  favourite: Maybe<FavouriteItem>;
  /** Why nothing was starred (an unknown item). */
  userErrors: Array<UserError>;
};

/** What 答复 needs. */
export type AnswerQuestionInput = {
  /** The answer, 1 to `questionRules.answerMaxLength` characters; it cannot be changed. */
  answer: Scalars['String']['input'];
  /** The question (global ID). */
  questionId: Scalars['ID']['input'];
};

/** The answered question, or why not. */
export type AnswerQuestionPayload = {
  __typename?: 'AnswerQuestionPayload';
  /** The question with its answer. */
  question: Maybe<Question>;
  /** Why nothing was answered (empty or too long text, not the caller's department, answered already). */
  userErrors: Array<UserError>;
};

/** A partner system (互联互通) registered in the hall, bound to one department. */
export type ApiClient = {
  __typename?: 'ApiClient';
  /** The public client_id of the client-credentials grant. */
  clientId: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The department whose cases it may sync and read. */
  department: Department;
  /** When it was disabled. */
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** False once disabled: its tokens stop working at once. */
  isActive: Scalars['Boolean']['output'];
  /** When it last obtained a token. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** The system's name. */
  name: Scalars['String']['output'];
  /** Until when the secret before the last rotation is still accepted; null when only one secret is valid. */
  previousSecretValidUntil: Maybe<Scalars['DateTime']['output']>;
  /** The scopes it may ask tokens for. */
  scopes: Array<Scalars['String']['output']>;
  /** When its secret was last rotated. */
  secretRotatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Calls and budget use this hour. */
  usage: ApiClientUsage;
  /** Admins: the client's webhook endpoints. */
  webhookEndpoints: Array<WebhookEndpoint>;
};

/** A page of partner clients. */
export type ApiClientConnection = {
  __typename?: 'ApiClientConnection';
  /** The clients of this page with their cursors. */
  edges: Array<ApiClientEdge>;
  /** The clients of this page. */
  nodes: Array<ApiClient>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One partner client with its cursor. */
export type ApiClientEdge = {
  __typename?: 'ApiClientEdge';
  /** Resume point after this client. */
  cursor: Scalars['String']['output'];
  /** The client. */
  node: ApiClient;
};

/** A partner system's hourly use of the API in the current fixed hour. */
export type ApiClientUsage = {
  __typename?: 'ApiClientUsage';
  /** GraphQL requests made this hour. */
  calls: Scalars['Int']['output'];
  /** Points per hour this client may spend. */
  pointsLimit: Scalars['Int']['output'];
  /** Query-cost points spent this hour. */
  pointsUsed: Scalars['Int']['output'];
  /** When the hour ends and both counts start again. */
  resetAt: Scalars['DateTime']['output'];
};

/** Which online form an item uses; null for items whose application is the materials alone. */
export type ApplicationForm =
  /** 外商投资项目核准 */
  | 'FOREIGN_INVESTMENT_PROJECT';

/** A person the legal representative appoints as license administrator. */
export type AppointLicenseAdministratorInput = {
  /** The appointee's 居民身份证号 (check digit verified); they must have an account in the hall. */
  idNumber: Scalars['String']['input'];
  /** The license (global ID). */
  licenseId: Scalars['ID']['input'];
};

/** What 咨询 / 投诉 needs. */
export type AskQuestionInput = {
  /** The text, 1 to `questionRules.bodyMaxLength` characters. */
  body: Scalars['String']['input'];
  /** The service item (global ID); its department answers. */
  itemId: Scalars['ID']['input'];
  /** 咨询 or 投诉. */
  kind: QuestionKind;
};

/** The question asked, or why not. */
export type AskQuestionPayload = {
  __typename?: 'AskQuestionPayload';
  /** The new question. */
  question: Maybe<Question>;
  /** Why nothing was asked (empty or too long text, unknown item). */
  userErrors: Array<UserError>;
};

/** A slot to book. */
export type BookVisitInput = {
  /** The slot (global ID). */
  slotId: Scalars['ID']['input'];
};

/** The booking, or why not. */
export type BookVisitPayload = {
  __typename?: 'BookVisitPayload';
  /** The new booking. */
  booking: Maybe<Booking>;
  /** Why nothing was booked: SLOT_FULL (no place left), TAKEN (already booked), EXPIRED (the slot has begun), NOT_FOUND. */
  userErrors: Array<UserError>;
};

/** One booked window visit. */
export type Booking = Node & {
  __typename?: 'Booking';
  /** When it was booked (again, after a cancellation). */
  bookedAt: Scalars['DateTime']['output'];
  /** Whether 取消预约 is still open to the citizen now. */
  cancellable: Scalars['Boolean']['output'];
  /** Until when the citizen may still cancel it (the slot's start minus the stated cancellation lead time). */
  cancellableUntil: Scalars['DateTime']['output'];
  /** The window case recorded for this visit, once linked (under the case's own access rules). */
  case: Maybe<Case>;
  /** The 业务编号 of the linked window case (for window staff and the citizen). */
  caseBusinessNumber: Maybe<Scalars['String']['output']>;
  /** The citizen's ID number with its middle digits hidden, when known. */
  citizenMaskedIdNumber: Maybe<Scalars['String']['output']>;
  /** The citizen's name (for window staff and the citizen). */
  citizenName: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** When window staff marked 到场 or 爽约. */
  markedAt: Maybe<Scalars['DateTime']['output']>;
  /** The slot booked. */
  slot: BookingSlot;
  /** Where it stands. */
  status: BookingStatus;
};

/** What window staff saw of a booked visit. */
export type BookingAttendance =
  /** 到场 */
  | 'ARRIVED'
  /** 爽约 */
  | 'NO_SHOW';

/** A page of bookings. */
export type BookingConnection = {
  __typename?: 'BookingConnection';
  /** The bookings of this page with their cursors. */
  edges: Array<BookingEdge>;
  /** The bookings of this page. */
  nodes: Array<Booking>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Bookings across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A booking and its cursor. */
export type BookingEdge = {
  __typename?: 'BookingEdge';
  /** Resume point after this booking. */
  cursor: Scalars['String']['output'];
  /** The booking. */
  node: Booking;
};

/** The rules the booking pages state (the web keeps no copy). */
export type BookingRules = {
  __typename?: 'BookingRules';
  /** A booking can be cancelled until this many minutes before its slot starts. */
  cancelLeadMinutes: Scalars['Int']['output'];
  /** How many days ahead slots are listed. */
  daysAhead: Scalars['Int']['output'];
};

/** A time slot for one service item at a centre, with how many places are left. */
export type BookingSlot = Node & {
  __typename?: 'BookingSlot';
  /** Whether the signed-in person holds a booking in it (false when signed out). */
  bookedByMe: Scalars['Boolean']['output'];
  /** Places in the slot. */
  capacity: Scalars['Int']['output'];
  /** The centre. */
  centre: ServiceCentre;
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The service item the visit is for. */
  item: ServiceItem;
  /** Places still free (capacity minus the bookings holding one). */
  remaining: Scalars['Int']['output'];
  /** When the slot starts. */
  startsAt: Scalars['DateTime']['output'];
};

/** A page of slots, earliest first. */
export type BookingSlotConnection = {
  __typename?: 'BookingSlotConnection';
  /** The slots of this page with their cursors. */
  edges: Array<BookingSlotEdge>;
  /** The slots of this page. */
  nodes: Array<BookingSlot>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A slot and its cursor. */
export type BookingSlotEdge = {
  __typename?: 'BookingSlotEdge';
  /** Resume point after this slot. */
  cursor: Scalars['String']['output'];
  /** The slot. */
  node: BookingSlot;
};

/** Where a booking stands. */
export type BookingStatus =
  /** 已到场 */
  | 'ARRIVED'
  /** 已预约 */
  | 'BOOKED'
  /** 已取消 */
  | 'CANCELLED'
  /** 爽约 */
  | 'NO_SHOW';

/** A booking to cancel. */
export type CancelBookingInput = {
  /** The booking (global ID). */
  bookingId: Scalars['ID']['input'];
};

/** The cancelled booking, or why not. */
export type CancelBookingPayload = {
  __typename?: 'CancelBookingPayload';
  /** The booking, now 已取消. */
  booking: Maybe<Booking>;
  /** Why it was not cancelled: EXPIRED (past the cancellation time), INVALID_TRANSITION, NOT_FOUND. */
  userErrors: Array<UserError>;
};

/** 办件: one application for one service item to one department. */
export type Case = Node & {
  __typename?: 'Case';
  /** When the department accepted it (受理). */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** The applicant's name; personal numbers are never exposed here. */
  applicantName: Scalars['String']['output'];
  /** The online application form (暂存件 may be partial); null when the case has no form data. */
  application: Maybe<CaseApplication>;
  /** When the application was submitted; null for a 暂存件. */
  appliedAt: Maybe<Scalars['DateTime']['output']>;
  /** Actions the caller may take on this case now (for staff: ACCEPT, REJECT, ...). */
  availableActions: Array<CaseAction>;
  /** 业务编号, exactly as the source system gave it. */
  businessNumber: Scalars['String']['output'];
  /** Whether the caller, as the applicant, may choose (or change) that address now (until 办结 or 不予受理). */
  canChooseDeliveryAddress: Scalars['Boolean']['output'];
  /** True when the caller is the applicant, the case is completed, not evaluated and the window is open: show 评价 in 操作. */
  canEvaluate: Scalars['Boolean']['output'];
  /** 承诺补正: the CST day by which the applicant promised the missing materials. */
  commitmentDueAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was completed (办结). */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The case's 补正 notice and the answer to it; null when the department never asked for corrections. */
  correction: Maybe<CaseCorrection>;
  /** Where the result is posted, as the applicant chose it; the applicant and the handling department only (department reads are audited). */
  deliveryAddress: Maybe<CaseDeliveryAddress>;
  /** How the result is delivered, once completed. */
  deliveryMethod: Maybe<DeliveryMethod>;
  /** The department handling the case. */
  department: Department;
  /** The case's evaluation (已评价), visible to whoever may see the case; null when not evaluated yet. */
  evaluation: Maybe<Evaluation>;
  /** Completed cases only; null otherwise. */
  evaluationWindow: Maybe<EvaluationWindow>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The service item applied for. */
  item: ServiceItem;
  /** The list of 我的办件 the case is in, from its status. */
  list: CaseList;
  /** The materials attached to the case, oldest first. */
  materials: Array<CaseMaterial>;
  /** The decision, e.g. 准予许可, once completed. */
  resultSummary: Maybe<Scalars['String']['output']>;
  /** Where the case was applied for: online, at a window, or in a department's own system. */
  source: CaseSource;
  /** The current status. */
  status: CaseStatus;
  /** Every status change, oldest first. */
  timeline: Array<CaseEvent>;
  /** The EMS tracking number when the result is posted. */
  trackingNumber: Maybe<Scalars['String']['output']>;
};

/** What a department may do with a case; each maps to one mutation. */
export type CaseAction =
  /** 受理: accept the application (acceptCase). */
  | 'ACCEPT'
  /** 承诺补正受理: accept on the applicant's promise to supply what is missing (acceptCase with commitmentDueDate). */
  | 'ACCEPT_ON_COMMITMENT'
  /** 办结: complete the case with its result and delivery (completeCase). */
  | 'COMPLETE'
  /** 不予受理: refuse the application with a reason (rejectCase). */
  | 'REJECT'
  /** 补正: ask once for every missing material (requestCorrection). */
  | 'REQUEST_CORRECTION'
  /** 开始办理: start handling an accepted case (startProcessing). */
  | 'START_PROCESSING';

/** The application form data of an online case. */
export type CaseApplication = {
  __typename?: 'CaseApplication';
  /** Set for the item 外商投资项目核准 (tj-ndrc-foreign-investment). */
  foreignInvestmentProject: Maybe<ForeignInvestmentProjectApplication>;
  /** Version of the form's data shape. */
  version: Scalars['Int']['output'];
};

/** A page of cases with counts. */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  /** The cases of this page with their cursors. */
  edges: Array<CaseEdge>;
  /** Counts for every list of 我的办件 under the same filters except `list`. */
  listCounts: Array<CaseListCount>;
  /** The cases of this page. */
  nodes: Array<Case>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Cases in this connection across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A 补正 notice of a case and what the applicant has sent in answer. */
export type CaseCorrection = {
  __typename?: 'CaseCorrection';
  /** Each material the notice lists, with the files uploaded for it. */
  items: Array<CorrectionItem>;
  /** The department's note with the notice. */
  note: Maybe<Scalars['String']['output']>;
  /** True while the case waits for the materials (补正): uploads and 提交补正 are open. */
  open: Scalars['Boolean']['output'];
  /** When the department sent the notice (一次性告知). */
  requestedAt: Scalars['DateTime']['output'];
  /** When the applicant submitted the corrected materials; null while none were submitted. */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
};

/** The address a case's result is posted to, as the applicant chose it. */
export type CaseDeliveryAddress = {
  __typename?: 'CaseDeliveryAddress';
  /** 详细地址. */
  address: Scalars['String']['output'];
  /** When the applicant chose it. */
  chosenAt: Scalars['DateTime']['output'];
  /** The mobile number with its middle digits hidden. */
  maskedPhone: Scalars['String']['output'];
  /** 邮政编码. */
  postcode: Scalars['String']['output'];
  /** 收件人. */
  recipientName: Scalars['String']['output'];
};

/** One case with its cursor. */
export type CaseEdge = {
  __typename?: 'CaseEdge';
  /** Resume point after this case. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: Case;
};

/** One change on a case's timeline. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** Who made the change: a staff member's name, a partner system's name, or the applicant. */
  actorName: Maybe<Scalars['String']['output']>;
  /** The status before the change; null for the first event. */
  fromStatus: Maybe<CaseStatus>;
  /** For a 补正 notice: every missing material, listed once. */
  missingMaterials: Array<Scalars['String']['output']>;
  /** When the change happened (as its source stated it). */
  occurredAt: Scalars['DateTime']['output'];
  /** Free text shown on the timeline, e.g. the reason for 不予受理. */
  reason: Maybe<Scalars['String']['output']>;
  /** For 提交补正 (补正 → 已接件): each material sent, as 材料名称：文件名. */
  submittedMaterials: Array<Scalars['String']['output']>;
  /** The status after the change. */
  toStatus: CaseStatus;
};

/** The lists of 我的办件. Each status belongs to exactly one list. */
export type CaseList =
  /** 承诺补正件 */
  | 'COMMITMENT'
  /** 办结件 */
  | 'COMPLETED'
  /** 补正件 */
  | 'CORRECTION'
  /** 暂存件 */
  | 'DRAFT'
  /** 在办件 */
  | 'IN_PROGRESS';

/** How many cases one list of 我的办件 holds. */
export type CaseListCount = {
  __typename?: 'CaseListCount';
  /** Cases in it under the connection's filters. */
  count: Scalars['Int']['output'];
  /** The list. */
  list: CaseList;
};

/** A material attached to a case (申请材料). */
export type CaseMaterial = {
  __typename?: 'CaseMaterial';
  /** The case the material belongs to; null for a caller who may not see the case. */
  case: Maybe<Case>;
  /** Decided from the file's content, never from its name: application/pdf, image/jpeg, image/png or application/ofd. */
  contentType: Maybe<Scalars['String']['output']>;
  /** When it was attached. */
  createdAt: Scalars['DateTime']['output'];
  /** Where the web opens the file: its same-origin proxy of the API's GET /files/:id (access checked on every request). */
  downloadUrl: Maybe<Scalars['String']['output']>;
  /** The uploaded file's name; null for a fetched license. */
  fileName: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** 补正材料: sent online in answer to the case's 补正 notice (not part of the original application). */
  isCorrection: Scalars['Boolean']['output'];
  /** The checklist entry this material answers, when it answers one. */
  itemMaterial: Maybe<ServiceItemMaterial>;
  /** For a material fetched from the license library (获取证照库文件): the license data as fetched; otherwise null. */
  licenseSnapshot: Maybe<LicenseSnapshot>;
  /** The material's name from the item's checklist. */
  name: Scalars['String']['output'];
  /** SHA-256 of the stored file, lower-case hex. */
  sha256: Maybe<Scalars['String']['output']>;
  /** The file's size in bytes; null for a fetched license. */
  sizeBytes: Maybe<Scalars['Int']['output']>;
  /** Trust level of the file: A issued by the government, B checked at a window, C checked against the original, D self-declared. */
  trustLevel: Scalars['String']['output'];
};

/** A page of materials, newest first. */
export type CaseMaterialConnection = {
  __typename?: 'CaseMaterialConnection';
  /** The materials of this page with their cursors. */
  edges: Array<CaseMaterialEdge>;
  /** The materials of this page. */
  nodes: Array<CaseMaterial>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Materials across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A material with its cursor. */
export type CaseMaterialEdge = {
  __typename?: 'CaseMaterialEdge';
  /** Resume point after this material. */
  cursor: Scalars['String']['output'];
  /** The material. */
  node: CaseMaterial;
};

/** 来源 */
export type CaseSource =
  /** 互联互通 */
  | 'INTERCONNECTED'
  /** 网上申报 */
  | 'ONLINE'
  /** 窗口申报 */
  | 'WINDOW';

/** Where a case stands; each change is an event on its timeline. */
export type CaseStatus =
  /** 已受理 */
  | 'ACCEPTED'
  /** 承诺补正 (accepted on the applicant's promise to supply missing materials) */
  | 'ACCEPTED_ON_COMMITMENT'
  /** 办结 */
  | 'COMPLETED'
  /** 补正 */
  | 'CORRECTION_REQUIRED'
  /** 暂存 */
  | 'DRAFT'
  /** 部门办理中 */
  | 'IN_PROGRESS'
  /** 已接件 */
  | 'RECEIVED'
  /** 不予受理 */
  | 'REJECTED';

/** The case after a status change, or why it did not change. */
export type CaseTransitionPayload = {
  __typename?: 'CaseTransitionPayload';
  /** The case as it is now. */
  case: Maybe<Case>;
  /** Why the change was refused; nothing changed then. */
  userErrors: Array<UserError>;
};

/** 注销 or 吊销 of a license. */
export type ChangeLicenseStatusInput = {
  /** The license's identifier. */
  identifier: Scalars['String']['input'];
  /** Why its status changes. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The license after the change, or why it was refused. */
export type ChangeLicenseStatusPayload = {
  __typename?: 'ChangeLicenseStatusPayload';
  /** The license as it is now. */
  license: Maybe<License>;
  /** Whether the status changed. */
  outcome: Maybe<PublishOutcome>;
  /** Why it was refused. */
  userErrors: Array<UserError>;
};

/** The current password and the new one. */
export type ChangePasswordInput = {
  /** The password the user signs in with now. */
  currentPassword: Scalars['String']['input'];
  /**
   * 8–256 characters with at least one letter and one digit; not the account's own 身份证号 or 手机号, and not the
   * current password.
   */
  newPassword: Scalars['String']['input'];
};

/** The outcome of a password change. */
export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** Set when too many wrong current passwords lock the change until this instant (like sign-in). */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  /** How many other sessions of the user were ended (the one that made the change stays signed in). */
  revokedSessions: Maybe<Scalars['Int']['output']>;
  /** Why the password was not changed. */
  userErrors: Array<UserError>;
};

/** What 修改手机号 needs. */
export type ChangePhoneInput = {
  /** The 6-digit code sent to it (sendPhoneCode with CHANGE_PHONE). */
  code: Scalars['String']['input'];
  /** The new 11-digit mobile number (no account may have it yet). */
  phone: Scalars['String']['input'];
};

/** The result of changePhone. */
export type ChangePhonePayload = {
  __typename?: 'ChangePhonePayload';
  /** When code entry opens again, after too many wrong codes. */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  /** The caller with the new number (masked). */
  user: Maybe<User>;
  /** Why the number did not change. */
  userErrors: Array<UserError>;
};

/** The case to post and the address from the caller's address book. */
export type ChooseCaseDeliveryAddressInput = {
  /** The address (global ID). */
  addressId: Scalars['ID']['input'];
  /** The own case (global ID). */
  caseId: Scalars['ID']['input'];
};

/** The case with its chosen address, or why not. */
export type ChooseCaseDeliveryAddressPayload = {
  __typename?: 'ChooseCaseDeliveryAddressPayload';
  /** The case. */
  case: Maybe<Case>;
  /** Why not: NOT_FOUND (not the caller's case or address), INVALID_TRANSITION (the case is completed or rejected). */
  userErrors: Array<UserError>;
};

/** The citizen found by ID number, or why none was. */
export type CitizenLookupPayload = {
  __typename?: 'CitizenLookupPayload';
  /** The citizen, when the number is valid and known. */
  citizen: Maybe<CitizenMatch>;
  /** An invalid number (check digit) or an unknown citizen. */
  userErrors: Array<UserError>;
};

/** A citizen found by ID number at a service window; only what the clerk needs to confirm the person. */
export type CitizenMatch = {
  __typename?: 'CitizenMatch';
  /** Opaque global ID of the citizen's account. */
  id: Scalars['ID']['output'];
  /** The ID number with its middle digits hidden. */
  maskedIdNumber: Scalars['String']['output'];
  /** The citizen's real name, to confirm with the person at the window. */
  name: Scalars['String']['output'];
};

/** 办结 of a case with its result. */
export type CompleteCaseInput = {
  /** The case (global ID). */
  caseId: Scalars['ID']['input'];
  /** 窗口领取 or 邮政速递. */
  deliveryMethod: DeliveryMethod;
  /** The case version the clerk saw; a stale version is refused. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The decision, e.g. 准予许可. */
  result: Scalars['String']['input'];
  /** EMS tracking number; required when deliveryMethod is EMS. */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

/** A document a new user agrees to: 用户服务协议 or 个人信息处理规则 (PIPL: what is collected, why, how long). */
export type ConsentText = {
  __typename?: 'ConsentText';
  /** Its paragraphs. */
  body: Array<Scalars['String']['output']>;
  /** TERMS or PRIVACY_NOTICE. */
  document: Scalars['String']['output'];
  /** The document's title. */
  title: Scalars['String']['output'];
  /** The current version; registration must send it back. */
  version: Scalars['String']['output'];
};

/** One material a 补正 notice asks for. */
export type CorrectionItem = {
  __typename?: 'CorrectionItem';
  /** The item's checklist entry of this name, when there is one. */
  itemMaterial: Maybe<ServiceItemMaterial>;
  /** The files uploaded in answer, oldest first. */
  materials: Array<CaseMaterial>;
  /** The material's name as the notice lists it. */
  name: Scalars['String']['output'];
};

/** A partner system to register. */
export type CreateApiClientInput = {
  /** The public client_id: 3–63 lowercase letters, digits and '-'. */
  clientId: Scalars['String']['input'];
  /** The department it acts for (global ID). */
  departmentId: Scalars['ID']['input'];
  /** The system's name, e.g. 市发改委审批系统. */
  name: Scalars['String']['input'];
  /** Query-cost points per hour; the hall's default when omitted. */
  rateLimitPoints?: InputMaybe<Scalars['Int']['input']>;
  /** Scopes from cases:sync, cases:read, evaluations:read, licenses:publish. */
  scopes: Array<Scalars['String']['input']>;
};

/** The new client and its secret, shown only in this answer. */
export type CreateApiClientPayload = {
  __typename?: 'CreateApiClientPayload';
  /** The registered client. */
  apiClient: Maybe<ApiClient>;
  /** The client secret; the hall keeps only its hash and cannot show it again. */
  clientSecret: Maybe<Scalars['String']['output']>;
  /** Why the client was not created. */
  userErrors: Array<UserError>;
};

/** A new notice. */
export type CreateNoticeInput = {
  /** 正文, 1–5000 characters. */
  body: Scalars['String']['input'];
  /** Publish it at once (else it stays unpublished). */
  publish?: InputMaybe<Scalars['Boolean']['input']>;
  /** 标题, 1–100 characters. */
  title: Scalars['String']['input'];
};

/** Currency of an amount (币种). */
export type Currency =
  /** 人民币 */
  | 'CNY'
  /** 欧元 */
  | 'EUR'
  /** 港元 */
  | 'HKD'
  /** 日元 */
  | 'JPY'
  /** 美元 */
  | 'USD';

/** 统计分析: figures of a period, with the period before for comparison. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** The alerts' window: the last this many CST days, today included. */
  alertDays: Scalars['Int']['output'];
  /** Departments above the alert thresholds (supervisors; empty for a department head). */
  alerts: Array<DashboardAlert>;
  /** The instant the figures were computed at (overdue is judged against it). */
  asOf: Scalars['DateTime']['output'];
  /** Every department with evaluations or cases in either period, by department name. */
  byDepartment: Array<DashboardDepartmentRow>;
  /** Every item with evaluations or cases in either period, by item name. */
  byItem: Array<DashboardItemRow>;
  /** Case figures of the period. */
  cases: DashboardCaseFigures;
  /** Cases by current status (not limited to the period). */
  casesByStatus: Array<DashboardStatusCount>;
  /** The department read: a head's own, the one asked for, or null for every department. */
  department: Maybe<Department>;
  /** Average dimension scores of the period. */
  dimensionScores: Array<DashboardDimensionScore>;
  /** Evaluation figures of the period. */
  overall: EvaluationFigureRow;
  /** The period shown. */
  period: DashboardPeriod;
  /** Evaluation figures of the period before. */
  previous: EvaluationFigureRow;
  /** Case figures of the period before. */
  previousCases: DashboardCaseFigures;
  /** From the start of the previous period (at least 14 days back) to the end of the period. */
  trend: Array<DashboardTrendPoint>;
  /** The years whose holiday and 调休 calendar the working days follow (work-calendar.json); later days: Monday–Friday. */
  workCalendarYears: Array<Scalars['Int']['output']>;
};

/** A department above a configured threshold over the last 7 CST days (up to and including today). */
export type DashboardAlert = {
  __typename?: 'DashboardAlert';
  /** The department concerned. */
  department: Department;
  /** What is wrong. */
  kind: DashboardAlertKind;
  /** The threshold it crossed. */
  threshold: Scalars['Float']['output'];
  /** The department's figure. */
  value: Scalars['Float']['output'];
};

/** What a dashboard alert warns about. */
export type DashboardAlertKind =
  /** 差评率 over the last 7 days above the threshold. */
  | 'BAD_RATE'
  /** Overdue replies over the last 7 days above the threshold. */
  | 'OVERDUE_REPLIES';

/** A page of cases behind a dashboard figure. */
export type DashboardCaseConnection = {
  __typename?: 'DashboardCaseConnection';
  /** The cases of this page with their cursors and durations. */
  edges: Array<DashboardCaseEdge>;
  /** The cases of this page. */
  nodes: Array<Case>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Cases matching across all pages (equal to the figure drilled into). */
  totalCount: Scalars['Int']['output'];
};

/** A case behind a dashboard number, with the duration the figures counted. */
export type DashboardCaseEdge = {
  __typename?: 'DashboardCaseEdge';
  /** Where this edge is, for `after`. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: Case;
  /** Whether the working days passed the item's 承诺时限 (null unless completed). */
  pastPromise: Maybe<Scalars['Boolean']['output']>;
  /** Working days from 受理 (or 申请) to 办结, for completed cases (null otherwise). */
  workingDays: Maybe<Scalars['Int']['output']>;
};

/**
 * 办件 figures over a period. Working days follow the published holiday and 调休 calendar (README, 办件时效);
 * duration = working days from the CST day of 受理 (or 申请) to the CST day of 办结.
 */
export type DashboardCaseFigures = {
  __typename?: 'DashboardCaseFigures';
  /** Cases applied for (申请; drafts excluded) in the period. */
  applied: Scalars['Int']['output'];
  /** Applications in the period by source. */
  appliedBySource: Array<DashboardSourceCount>;
  /** Cases completed (办结) in the period. */
  completed: Scalars['Int']['output'];
  /** Completed cases that took longer than their item's 承诺时限 (promisedDays working days). */
  completedPastPromise: Scalars['Int']['output'];
  /** Median and 90th percentile of working days from 受理 to 办结 (nearest rank); null when nothing was completed. */
  medianWorkingDays: Maybe<Scalars['Int']['output']>;
  /** 按时办结率 = (completed - completedPastPromise) / completed; null when nothing was completed. */
  onTimeCompletionRate: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of working days from application to completion. */
  p90WorkingDays: Maybe<Scalars['Int']['output']>;
};

/** The cases behind a dashboard 办件 number. */
export type DashboardCaseFilter =
  /** Applied for (申请, drafts excluded) in the period. */
  | 'APPLIED'
  /** Completed (办结) in the period. */
  | 'COMPLETED'
  /** In the status given now (办件状态, whatever the period). */
  | 'IN_STATUS'
  /** Completed in the period after more working days than their item's 承诺时限. */
  | 'PAST_PROMISE';

/** One department's figures in the period and the one before. */
export type DashboardDepartmentRow = {
  __typename?: 'DashboardDepartmentRow';
  /** Case figures of the period. */
  cases: DashboardCaseFigures;
  /** Evaluation figures of the period. */
  current: EvaluationFigureRow;
  /** The department. */
  department: Department;
  /** Evaluation figures of the period before. */
  previous: EvaluationFigureRow;
  /** Case figures of the period before. */
  previousCases: DashboardCaseFigures;
};

/** The average score of one evaluation dimension. */
export type DashboardDimensionScore = {
  __typename?: 'DashboardDimensionScore';
  /** Average score, 1–5. */
  average: Scalars['Float']['output'];
  /** Evaluations that scored it. */
  count: Scalars['Int']['output'];
  /** The dimension. */
  dimension: EvaluationDimension;
};

/** A page of evaluations behind a dashboard figure. */
export type DashboardEvaluationConnection = {
  __typename?: 'DashboardEvaluationConnection';
  /** The evaluations of this page with their cursors. */
  edges: Array<EvaluationEdge>;
  /** The evaluations of this page. */
  nodes: Array<Evaluation>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Evaluations matching across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The evaluations behind a dashboard number. */
export type DashboardEvaluationFilter =
  /** Every evaluation. */
  | 'ALL'
  /** 不满意 and 非常不满意 */
  | 'BAD'
  /** 系统默认评价 */
  | 'DEFAULT'
  /** Left out of the figures by an upheld appeal. */
  | 'EXCLUDED_BY_APPEAL'
  /** 非常满意 and 满意 */
  | 'GOOD'
  /** Bad reviews replied late or unanswered past their deadline. */
  | 'OVERDUE';

/** One service item's figures in the period and the one before. */
export type DashboardItemRow = {
  __typename?: 'DashboardItemRow';
  /** Case figures of the period. */
  cases: DashboardCaseFigures;
  /** Evaluation figures of the period. */
  current: EvaluationFigureRow;
  /** The service item. */
  item: ServiceItem;
  /** Evaluation figures of the period before. */
  previous: EvaluationFigureRow;
};

/** The period shown and the one before it, for comparison. */
export type DashboardPeriod = {
  __typename?: 'DashboardPeriod';
  /** First CST day of the period. */
  from: Scalars['Date']['output'];
  /** A day or a month. */
  kind: DashboardPeriodKind;
  /** First CST day of the period before. */
  previousFrom: Scalars['Date']['output'];
  /** Last CST day of the period before. */
  previousTo: Scalars['Date']['output'];
  /** Last CST day of the period. */
  to: Scalars['Date']['output'];
};

/** The period a dashboard shows. */
export type DashboardPeriodInput = {
  /** Any CST day inside the period (DAY, WEEK, MONTH), or the first day of a CUSTOM period. */
  day: Scalars['Date']['input'];
  /** A day or a month. */
  kind: DashboardPeriodKind;
  /** The last day of a CUSTOM period (ignored otherwise). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** How long a dashboard period is. */
export type DashboardPeriodKind =
  /** from..to, both CST days inclusive, at most 366 days; the previous period is the same number of days before. */
  | 'CUSTOM'
  /** One CST day. */
  | 'DAY'
  /** One CST calendar month. */
  | 'MONTH'
  /** Monday to Sunday (ISO week). */
  | 'WEEK';

/** Cases of a source (来源). */
export type DashboardSourceCount = {
  __typename?: 'DashboardSourceCount';
  /** Cases from that source. */
  count: Scalars['Int']['output'];
  /** Where the cases were applied for. */
  source: CaseSource;
};

/** How many cases are in one status. */
export type DashboardStatusCount = {
  __typename?: 'DashboardStatusCount';
  /** Cases in it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: CaseStatus;
};

/** One CST day of the trend line. */
export type DashboardTrendPoint = {
  __typename?: 'DashboardTrendPoint';
  /** Cases applied for that day. */
  applied: Scalars['Int']['output'];
  /** 差评 (不满意 + 非常不满意, upheld appeals left out) */
  bad: Scalars['Int']['output'];
  /** Cases completed that day. */
  completed: Scalars['Int']['output'];
  /** The CST day. */
  day: Scalars['Date']['output'];
  /** 评价总量 */
  evaluations: Scalars['Int']['output'];
};

/** The supervisor's decision on a pending appeal. */
export type DecideEvaluationAppealInput = {
  /** The appeal (global ID). */
  appealId: Scalars['ID']['input'];
  /** Uphold or dismiss. */
  decision: EvaluationAppealDecision;
  /** Optional note, at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What decideFirmLink needs. */
export type DecideFirmLinkInput = {
  /** true approves, false rejects. */
  approve: Scalars['Boolean']['input'];
  /** The request. */
  linkId: Scalars['ID']['input'];
};

/** The deleted address's ID, or why not. */
export type DeleteDeliveryAddressPayload = {
  __typename?: 'DeleteDeliveryAddressPayload';
  /** The global ID of the deleted address. */
  deletedAddressId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted. */
  userErrors: Array<UserError>;
};

/** An address in the signed-in person's address book. The mobile number is shown masked only. */
export type DeliveryAddress = Node & {
  __typename?: 'DeliveryAddress';
  /** 详细地址. */
  address: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Whether it is the default address. */
  isDefault: Scalars['Boolean']['output'];
  /** The mobile number with its middle digits hidden. */
  maskedPhone: Scalars['String']['output'];
  /** 邮政编码, 6 digits. */
  postcode: Scalars['String']['output'];
  /** 收件人. */
  recipientName: Scalars['String']['output'];
};

/** An address to add or change. */
export type DeliveryAddressFields = {
  /** 详细地址, 5–120 characters. */
  address: Scalars['String']['input'];
  /** Make it the default address. */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** 手机号: a mainland mobile number (11 digits starting 1[3-9]). On edit, omit to keep the stored one. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 邮政编码, 6 digits. */
  postcode: Scalars['String']['input'];
  /** 收件人, 1–30 characters. */
  recipientName: Scalars['String']['input'];
};

/** The address, or why not. */
export type DeliveryAddressPayload = {
  __typename?: 'DeliveryAddressPayload';
  /** The address as stored. */
  address: Maybe<DeliveryAddress>;
  /** Why nothing changed (a field breaks its rule, or the address is not the caller's). */
  userErrors: Array<UserError>;
};

/** An address to delete or make the default. */
export type DeliveryAddressRefInput = {
  /** The address (global ID). */
  addressId: Scalars['ID']['input'];
};

/** How the applicant receives the result. */
export type DeliveryMethod =
  /** 邮政速递 */
  | 'EMS'
  /** 窗口领取 */
  | 'WINDOW_PICKUP';

/** 审批部门 */
export type Department = Node & {
  __typename?: 'Department';
  /** The hall's stable code of the department, e.g. nk-social-security. */
  code: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The department's name, e.g. 南开社保分中心. */
  name: Scalars['String']['output'];
  /** 6-digit administrative region code */
  regionCode: Scalars['String']['output'];
};

/** A page of the department's questions in one state, newest first, with the count of every state. */
export type DepartmentQuestionConnection = {
  __typename?: 'DepartmentQuestionConnection';
  /** The questions of this page with their cursors. */
  edges: Array<QuestionEdge>;
  /** The questions of this page. */
  nodes: Array<Question>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Questions in each state. */
  stateCounts: Array<QuestionStateCount>;
  /** Questions in the state asked for, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One dimension's score of an evaluation. */
export type DimensionScore = {
  __typename?: 'DimensionScore';
  /** The dimension scored. */
  dimension: EvaluationDimension;
  /** 1 (worst) to 5 (best). */
  score: Scalars['Int']['output'];
};

/** One dimension's score to submit. */
export type DimensionScoreInput = {
  /** The dimension scored. */
  dimension: EvaluationDimension;
  /** Integer 1–5. */
  score: Scalars['Int']['input'];
};

/** The client to disable. */
export type DisableApiClientInput = {
  /** The client (global ID). */
  apiClientId: Scalars['ID']['input'];
};

/** The disabled client. */
export type DisableApiClientPayload = {
  __typename?: 'DisableApiClientPayload';
  /** The client, now inactive. */
  apiClient: Maybe<ApiClient>;
  /** Access tokens revoked by this change. */
  revokedTokens: Maybe<Scalars['Int']['output']>;
  /** Why the client was not disabled. */
  userErrors: Array<UserError>;
};

/** The endpoint to disable. */
export type DisableWebhookEndpointInput = {
  /** The endpoint (WebhookEndpoint.id). */
  webhookEndpointId: Scalars['ID']['input'];
};

/** The disabled endpoint. */
export type DisableWebhookEndpointPayload = {
  __typename?: 'DisableWebhookEndpointPayload';
  /** Why it was not disabled. */
  userErrors: Array<UserError>;
  /** The endpoint, now inactive: no new deliveries; its undelivered ones are dropped from the queue. */
  webhookEndpoint: Maybe<WebhookEndpoint>;
};

/** The session to end. */
export type EndSessionInput = {
  /** The global ID of one of the caller's own sessions (UserSession). */
  sessionId: Scalars['ID']['input'];
};

/** The outcome of ending a session. */
export type EndSessionPayload = {
  __typename?: 'EndSessionPayload';
  /** The ended session (state ENDED). */
  session: Maybe<UserSession>;
  /** Why it was not ended: not the caller's, already ended or expired, or the session making the request. */
  userErrors: Array<UserError>;
};

/** 好差评: one evaluation of one completed case. Immutable once written. */
export type Evaluation = Node & {
  __typename?: 'Evaluation';
  /** The department's appeal (申诉) of this review, if any; null for the citizen. */
  appeal: Maybe<EvaluationAppeal>;
  /** The outcome of the department's appeal (申诉) of this review; null when none was filed. For the department side and its partner systems with evaluations:read. */
  appealOutcome: Maybe<EvaluationAppealStatus>;
  /** 回访 notes, oldest first; empty for the citizen. */
  callbacks: Array<EvaluationNote>;
  /** True when the caller (the applicant) may add the one 追评 now. */
  canAddFollowUp: Scalars['Boolean']['output'];
  /** True when the caller (the department) may appeal this review now. */
  canAppeal: Scalars['Boolean']['output'];
  /** True when the caller may record a 回访 note now. */
  canRecordCallback: Scalars['Boolean']['output'];
  /** True when the caller may record a 整改 note now. */
  canRecordRectification: Scalars['Boolean']['output'];
  /** What the caller may do now. */
  canReply: Scalars['Boolean']['output'];
  /** The evaluated case. */
  case: Case;
  /** Where the evaluation was given. */
  channel: EvaluationChannel;
  /** The applicant's comment; required for a bad review. A partner's read of it is audited. */
  comment: Maybe<Scalars['String']['output']>;
  /** Optional 1–5 scores per dimension. */
  dimensionScores: Array<DimensionScore>;
  /** True when an appeal was upheld: the review is kept and shown, but left out of every figure. */
  excludedFromFigures: Scalars['Boolean']['output'];
  /** The applicant's 追评, when given. */
  followUp: Maybe<EvaluationNote>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** True for 不满意 and 非常不满意. */
  isBad: Scalars['Boolean']['output'];
  /** 系统默认评价: recorded by the sweep after 7 natural days without an evaluation (level BASIC, no evaluator). */
  isDefault: Scalars['Boolean']['output'];
  /** The grade (非常满意 … 非常不满意). */
  level: EvaluationLevel;
  /** 整改 notes, oldest first; empty for the citizen. */
  rectifications: Array<EvaluationNote>;
  /** The department's reply (回复), visible to the citizen. */
  reply: Maybe<EvaluationNote>;
  /** Bad reviews only: 24:00 CST of day D+15, D = the CST day of submittedAt. */
  replyDueAt: Maybe<Scalars['DateTime']['output']>;
  /** True when the reply came at or after replyDueAt (a late reply is accepted and stays marked). */
  replyOverdue: Scalars['Boolean']['output'];
  /** Bad reviews only; null otherwise. */
  replyState: Maybe<EvaluationReplyState>;
  /** When the evaluation was made; for a default, when the sweep recorded it. */
  submittedAt: Scalars['DateTime']['output'];
};

/** 申诉: a department's request to exclude a bad review it believes malicious or mistaken. One per evaluation. */
export type EvaluationAppeal = Node & {
  __typename?: 'EvaluationAppeal';
  /** When the supervisor decided it. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The supervisor who decided it. */
  decidedByName: Maybe<Scalars['String']['output']>;
  /** The supervisor's note on the decision. */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** The department that filed it. */
  department: Department;
  /** The appealed review. */
  evaluation: Evaluation;
  /** When it was filed. */
  filedAt: Scalars['DateTime']['output'];
  /** The clerk who filed it. */
  filedByName: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Why the department appeals. */
  reason: Scalars['String']['output'];
  /** Pending, upheld or dismissed. */
  status: EvaluationAppealStatus;
};

/** A page of appeals. */
export type EvaluationAppealConnection = {
  __typename?: 'EvaluationAppealConnection';
  /** The appeals of this page with their cursors. */
  edges: Array<EvaluationAppealEdge>;
  /** The appeals of this page. */
  nodes: Array<EvaluationAppeal>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Appeals matching the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The supervisor's decision on an appeal. */
export type EvaluationAppealDecision =
  /** 驳回申诉: nothing changes */
  | 'DISMISS'
  /** 维持申诉: the review is kept but excluded from the figures */
  | 'UPHOLD';

/** One appeal with its cursor. */
export type EvaluationAppealEdge = {
  __typename?: 'EvaluationAppealEdge';
  /** Resume point after this appeal. */
  cursor: Scalars['String']['output'];
  /** The appeal. */
  node: EvaluationAppeal;
};

/** The appeal after filing or deciding, or why it was refused. */
export type EvaluationAppealPayload = {
  __typename?: 'EvaluationAppealPayload';
  /** The appeal as it is now. */
  appeal: Maybe<EvaluationAppeal>;
  /** Why it was refused; nothing changed then. */
  userErrors: Array<UserError>;
};

/** Where an appeal stands. */
export type EvaluationAppealStatus =
  /** 申诉驳回 */
  | 'DISMISSED'
  /** 待复核 */
  | 'PENDING'
  /** 申诉成立 (upheld): the review is excluded from the figures */
  | 'UPHELD';

/** Where an evaluation came from. Citizens submit from PC or MOBILE; SYSTEM_DEFAULT is the 7-day default. */
export type EvaluationChannel =
  /** The service hotline. */
  | 'HOTLINE'
  /** The hall's website or app on a phone. */
  | 'MOBILE'
  /** The hall's website on a computer. */
  | 'PC'
  /** A reply to the evaluation text message. */
  | 'SMS'
  /** 系统默认评价 */
  | 'SYSTEM_DEFAULT'
  /** The evaluation device at a service window. */
  | 'WINDOW_DEVICE';

/** A page of the department's bad reviews. */
export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  /** The evaluations of this page with their cursors. */
  edges: Array<EvaluationEdge>;
  /** The evaluations of this page. */
  nodes: Array<Evaluation>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Counts per queue tab (all four states, whatever `state` filter was given). */
  stateCounts: Array<EvaluationReplyStateCount>;
  /** Evaluations matching the filters across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Optional dimension scores. Online dimensions apply to ONLINE and INTERCONNECTED cases, window ones to WINDOW cases. */
export type EvaluationDimension =
  /** 办事便捷度 (online) */
  | 'CONVENIENCE'
  /** 办事效率 (online) */
  | 'EFFICIENCY'
  /** 办事指南精确度 (online) */
  | 'GUIDE_ACCURACY'
  /** 平台操作性 (online) */
  | 'PLATFORM_USABILITY'
  /** 服务态度 (window) */
  | 'SERVICE_ATTITUDE'
  /** 服务效率 (window) */
  | 'SERVICE_EFFICIENCY'
  /** 服务水平 (window) */
  | 'SERVICE_LEVEL';

/** One evaluation with its cursor. */
export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  /** Resume point after this evaluation. */
  cursor: Scalars['String']['output'];
  /** The evaluation. */
  node: Evaluation;
};

/**
 * One row of the national figures. Evaluations with an upheld appeal are left out of every count except
 * `excludedByAppeal`. Rates are fractions 0–1, null when their denominator is 0.
 */
export type EvaluationFigureRow = {
  __typename?: 'EvaluationFigureRow';
  /** 主动评价量 (not system default) */
  active: Scalars['Int']['output'];
  /** Bad reviews (the denominator of the reply rates). */
  bad: Scalars['Int']['output'];
  /** 差评率 = (不满意 + 非常不满意) / total */
  badRate: Maybe<Scalars['Float']['output']>;
  /** 基本满意 evaluations, defaults included. */
  basic: Scalars['Int']['output'];
  /** 系统默认评价 */
  defaults: Scalars['Int']['output'];
  /** null for the overall row. */
  department: Maybe<Department>;
  /** 不满意 evaluations. */
  dissatisfied: Scalars['Int']['output'];
  /** Reviews left out because an appeal was upheld. */
  excludedByAppeal: Scalars['Int']['output'];
  /** 好评率 = (非常满意 + 满意) / total */
  goodRate: Maybe<Scalars['Float']['output']>;
  /** 按时回复率 = repliedOnTime / bad */
  onTimeReplyRate: Maybe<Scalars['Float']['output']>;
  /** Bad reviews replied late, or past due at `asOf` without a reply. */
  overdue: Scalars['Int']['output'];
  /** Bad reviews with a reply. */
  replied: Scalars['Int']['output'];
  /** Bad reviews replied before replyDueAt (24:00 CST of D+15). */
  repliedOnTime: Scalars['Int']['output'];
  /** 回复率 = replied / bad */
  replyRate: Maybe<Scalars['Float']['output']>;
  /** 满意 evaluations. */
  satisfied: Scalars['Int']['output'];
  /** 评价总量 */
  total: Scalars['Int']['output'];
  /** 非常不满意 evaluations. */
  veryDissatisfied: Scalars['Int']['output'];
  /** 非常满意 evaluations. */
  verySatisfied: Scalars['Int']['output'];
};

/** 评价统计 over a period: overall and per department. */
export type EvaluationFigures = {
  __typename?: 'EvaluationFigures';
  /** The instant the figures were computed at (due/overdue are judged against it). */
  asOf: Scalars['DateTime']['output'];
  /** One row per department with at least one evaluation in the period, by department name. */
  byDepartment: Array<EvaluationFigureRow>;
  /** First CST day counted; null for no lower bound. */
  from: Maybe<Scalars['Date']['output']>;
  /** The figures of all departments together. */
  overall: EvaluationFigureRow;
  /** Last CST day counted; null for no upper bound. */
  to: Maybe<Scalars['Date']['output']>;
};

/** 评价等级: the guide's five grades. DISSATISFIED and VERY_DISSATISFIED are 差评 (bad reviews). */
export type EvaluationLevel =
  /** 基本满意 (also the system default) */
  | 'BASIC'
  /** 不满意 (差评) */
  | 'DISSATISFIED'
  /** 满意 */
  | 'SATISFIED'
  /** 非常不满意 (差评) */
  | 'VERY_DISSATISFIED'
  /** 非常满意 */
  | 'VERY_SATISFIED';

/** One immutable note on an evaluation: a reply, call-back, rectification or follow-up. */
export type EvaluationNote = {
  __typename?: 'EvaluationNote';
  /** The department's name for REPLY/CALLBACK/RECTIFICATION, the applicant's name for FOLLOW_UP. */
  author: Scalars['String']['output'];
  /** The note's text. */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** What the note is: reply, call-back, rectification or 追评. */
  kind: EvaluationReplyKind;
};

/** A note on an evaluation: 回访, 整改 or 追评. */
export type EvaluationNoteInput = {
  /** 1–1000 characters. */
  body: Scalars['String']['input'];
  /** The evaluation (global ID). */
  evaluationId: Scalars['ID']['input'];
};

/** The evaluation after a note, or why the note was refused. */
export type EvaluationPayload = {
  __typename?: 'EvaluationPayload';
  /** The evaluation as it is now. */
  evaluation: Maybe<Evaluation>;
  /** Why the note was refused; nothing changed then. */
  userErrors: Array<UserError>;
};

/** The kinds of note that hang on an evaluation. */
export type EvaluationReplyKind =
  /** 回访: the department's call-back note (staff and supervisors only) */
  | 'CALLBACK'
  /** 追评: the applicant's one follow-up after the reply */
  | 'FOLLOW_UP'
  /** 整改: the department's rectification note (staff and supervisors only) */
  | 'RECTIFICATION'
  /** 回复: the department's answer, shown to the citizen; one per evaluation */
  | 'REPLY';

/**
 * Where a bad review's reply task stands (the department's queue tabs). The four states partition all bad reviews:
 * PENDING 待回复 (due more than 3 days from now), DUE_SOON 即将超期 (due within 3 days, not yet past),
 * OVERDUE 已超期 (past due, no reply), REPLIED 已回复 (replied; see `replyOverdue` for a late reply).
 */
export type EvaluationReplyState =
  /** 即将超期: not replied, due within 3 days. */
  | 'DUE_SOON'
  /** 已超期: not replied and past due. */
  | 'OVERDUE'
  /** 待回复: not replied, due more than 3 days from now. */
  | 'PENDING'
  /** 已回复. */
  | 'REPLIED';

/** How many bad reviews are in one reply state. */
export type EvaluationReplyStateCount = {
  __typename?: 'EvaluationReplyStateCount';
  /** Bad reviews in it. */
  count: Scalars['Int']['output'];
  /** The reply state. */
  state: EvaluationReplyState;
};

/** The numbers and grades of the 好差评 rules, for forms that state them (the API enforces the same values). */
export type EvaluationRules = {
  __typename?: 'EvaluationRules';
  /** The grades that make a review bad: a comment is required and the department must reply. */
  badLevels: Array<EvaluationLevel>;
  /** Most characters of an evaluation's comment. */
  commentMaxLength: Scalars['Int']['output'];
  /** Most characters of a follow-up (追评). */
  followUpMaxLength: Scalars['Int']['output'];
  /** Most characters of a reply, call-back or rectification note. */
  noteMaxLength: Scalars['Int']['output'];
  /** Most characters of an appeal's reason or of the supervisor's decision note. */
  reasonMaxLength: Scalars['Int']['output'];
  /** Natural days after a bad review by which the department must reply. */
  replyWindowDays: Scalars['Int']['output'];
  /** Natural days after completion during which the applicant may evaluate (24:00 CST of the last day). */
  windowDays: Scalars['Int']['output'];
};

/** The evaluation window of a completed case: open from completion until 24:00 CST of day D+7 (D = CST day of completion). */
export type EvaluationWindow = {
  __typename?: 'EvaluationWindow';
  /** 24:00 CST of the 7th natural day after completion. */
  closesAt: Scalars['DateTime']['output'];
  /** The dimensions the form offers for this case (online or window set). */
  dimensions: Array<EvaluationDimension>;
  /** True while now < closesAt and the case has no evaluation yet. */
  isOpen: Scalars['Boolean']['output'];
};

/** One starred service item (我的收藏). */
export type FavouriteItem = {
  __typename?: 'FavouriteItem';
  /** When it was starred. */
  createdAt: Scalars['DateTime']['output'];
  /** The service item. */
  item: ServiceItem;
};

/** A page of starred items, newest first. */
export type FavouriteItemConnection = {
  __typename?: 'FavouriteItemConnection';
  /** The starred items of this page with their cursors. */
  edges: Array<FavouriteItemEdge>;
  /** The starred items of this page. */
  nodes: Array<FavouriteItem>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Starred items across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A starred item and its cursor. */
export type FavouriteItemEdge = {
  __typename?: 'FavouriteItemEdge';
  /** Resume point after this item. */
  cursor: Scalars['String']['output'];
  /** The starred item. */
  node: FavouriteItem;
};

/** An item to star or unstar. */
export type FavouriteItemInput = {
  /** The service item (global ID). */
  itemId: Scalars['ID']['input'];
};

/** 获取证照库文件: the draft, the material and the holder's 8-digit code. */
export type FetchLicenseMaterialInput = {
  /** The caller's own draft (暂存件). */
  caseId: Scalars['ID']['input'];
  /** The 8-digit verification code the license holder gave. */
  code: Scalars['String']['input'];
  /** The material slot (ServiceItemMaterial ID) that accepts a license of type BUSINESS_LICENSE. */
  itemMaterialId: Scalars['ID']['input'];
  /** 用途; defaults to the item's name. */
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** The fetched material, or why the fetch was refused. */
export type FetchLicenseMaterialPayload = {
  __typename?: 'FetchLicenseMaterialPayload';
  /** Set when too many wrong codes were typed: no code is accepted before this instant. */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  /** The material now attached to the draft. */
  material: Maybe<CaseMaterial>;
  /** Why the fetch was refused. */
  userErrors: Array<UserError>;
};

/** The department's appeal (申诉) of a review it considers malicious or mistaken. */
export type FileEvaluationAppealInput = {
  /** The evaluation (global ID). */
  evaluationId: Scalars['ID']['input'];
  /** 申诉理由, 1–500 characters. */
  reason: Scalars['String']['input'];
};

/** A user's request to act for a firm, confirmed by its legal representative (法人). */
export type FirmLink = Node & {
  __typename?: 'FirmLink';
  /** 统一社会信用代码. */
  creditCode: Scalars['String']['output'];
  /** When the legal representative decided; null while pending. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The firm's name (from its business license). */
  firmName: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** When it was asked for. */
  requestedAt: Scalars['DateTime']['output'];
  /** The requester's mobile number, masked. */
  requesterMaskedPhone: Maybe<Scalars['String']['output']>;
  /** Who asked, shown to the legal representative: the name and masked mobile number. */
  requesterName: Scalars['String']['output'];
  /** Where the request stands. */
  status: FirmLinkStatus;
};

/** The result of requestFirmLink and decideFirmLink. */
export type FirmLinkPayload = {
  __typename?: 'FirmLinkPayload';
  /** The request as it now stands. */
  firmLink: Maybe<FirmLink>;
  /** Why nothing changed. */
  userErrors: Array<UserError>;
};

/** Where a request to act for a firm (法人) stands. */
export type FirmLinkStatus =
  /** 已确认 */
  | 'APPROVED'
  /** 已撤回 */
  | 'CANCELLED'
  /** 待确认: waits for the legal representative */
  | 'PENDING'
  /** 已拒绝 */
  | 'REJECTED';

/** The form of 外商投资项目核准; a 暂存件 may hold any part of it. */
export type ForeignInvestmentProjectApplication = {
  __typename?: 'ForeignInvestmentProjectApplication';
  /** 建设内容 */
  constructionContent: Maybe<Scalars['String']['output']>;
  /** 所属行业 */
  industry: Maybe<Scalars['String']['output']>;
  /** 外国投资者 and their 持股比例 (must add up to exactly 100 when submitted). */
  investors: Array<ForeignInvestor>;
  /** 建设地点 */
  location: Maybe<Scalars['String']['output']>;
  /** 项目名称 */
  projectName: Maybe<Scalars['String']['output']>;
  /** 总投资 */
  totalInvestment: Maybe<Money>;
};

/** The 外商投资项目核准 form; every field may be missing in a draft. */
export type ForeignInvestmentProjectInput = {
  /** 建设内容. */
  constructionContent?: InputMaybe<Scalars['String']['input']>;
  /** 所属行业. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** 外国投资者 with their shares. */
  investors?: InputMaybe<Array<ForeignInvestorInput>>;
  /** 建设地点. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称. */
  projectName?: InputMaybe<Scalars['String']['input']>;
  /** 总投资 with its currency. */
  totalInvestment?: InputMaybe<MoneyInput>;
};

/** 外国投资者: one foreign investor of the project. */
export type ForeignInvestor = {
  __typename?: 'ForeignInvestor';
  /** 国别（地区） */
  countryOrRegion: Maybe<Scalars['String']['output']>;
  /** The investor's name. */
  name: Maybe<Scalars['String']['output']>;
  /** 持股比例 in percent, exact decimal with at most 2 places, e.g. "51.25". */
  sharePercent: Maybe<Scalars['String']['output']>;
};

/** One foreign investor of the project. */
export type ForeignInvestorInput = {
  /** The investor's country or region. */
  countryOrRegion?: InputMaybe<Scalars['String']['input']>;
  /** The investor's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Percent, exact decimal with at most 2 places. */
  sharePercent?: InputMaybe<Scalars['String']['input']>;
};

/** The license to generate an 8-digit verification code for. */
export type GenerateLicenseCodeInput = {
  /** The license (global ID). */
  licenseId: Scalars['ID']['input'];
};

/** The new code (shown once), or why none was generated. */
export type GenerateLicenseCodePayload = {
  __typename?: 'GenerateLicenseCodePayload';
  /** The 8-digit verification code. Shown only in this response; the hall keeps only a keyed hash. */
  code: Maybe<Scalars['String']['output']>;
  /** The code's record. */
  grant: Maybe<LicenseGrant>;
  /** Why no code was generated. */
  userErrors: Array<UserError>;
};

/**
 * An electronic license (电子证照) in the license library (证照库); today only the e-business license (电子营业执照).
 * Visible to its legal representative, its license administrators and the market-regulation department's staff.
 */
export type License = Node & {
  __typename?: 'License';
  /** Every fetch of this license (获取证照), newest first. `first` is capped at 100. */
  accessLog: LicenseAccessConnection;
  /** 住所 */
  address: Scalars['String']['output'];
  /** License administrators (at most five), appointed by the legal representative. */
  administrators: Array<LicenseAdministrator>;
  /** 经营范围 */
  businessScope: Scalars['String']['output'];
  /** 类型 (e.g. 有限责任公司) */
  companyType: Scalars['String']['output'];
  /** 统一社会信用代码 */
  creditCode: Scalars['String']['output'];
  /** 成立日期 */
  establishedOn: Scalars['Date']['output'];
  /** Verification codes generated for this license, newest first. `first` is capped at 100. */
  grants: LicenseGrantConnection;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** GB/T 36904 identifier: 1.2.156.3005.2.{type code}.{issuer credit code}.{serial}.{3-digit version}.{check char}. */
  identifier: Scalars['String']['output'];
  /** When the license was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** 法定代表人 (name only; the ID number is never exposed) */
  legalRepresentative: Scalars['String']['output'];
  /** The kind of license, e.g. 营业执照. */
  licenseType: LicenseType;
  /** 名称 */
  name: Scalars['String']['output'];
  /** 营业期限 from */
  operatingFrom: Scalars['Date']['output'];
  /** 营业期限 to; null means 长期 */
  operatingTo: Maybe<Scalars['Date']['output']>;
  /** 注册资本, as written on the license, e.g. 500万元人民币 */
  registeredCapital: Scalars['String']['output'];
  /** 登记机关 */
  registrationAuthority: Scalars['String']['output'];
  /** 存续, 注销 or 吊销. */
  status: LicenseStatus;
  /** Whether the caller may generate verification codes for it (legal representative or administrator). */
  viewerCanAuthorize: Scalars['Boolean']['output'];
  /** Whether the caller is this license's legal representative (who alone appoints administrators). */
  viewerIsLegalRepresentative: Scalars['Boolean']['output'];
};


/**
 * An electronic license (电子证照) in the license library (证照库); today only the e-business license (电子营业执照).
 * Visible to its legal representative, its license administrators and the market-regulation department's staff.
 */
export type LicenseAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An electronic license (电子证照) in the license library (证照库); today only the e-business license (电子营业执照).
 * Visible to its legal representative, its license administrators and the market-regulation department's staff.
 */
export type LicenseGrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One fetch of a license into an application (用证记录). */
export type LicenseAccess = {
  __typename?: 'LicenseAccess';
  /** Who fetched it: ID number, masked */
  accessorMaskedIdNumber: Scalars['String']['output'];
  /** Who fetched it: name */
  accessorName: Scalars['String']['output'];
  /** The application's 业务编号 */
  businessNumber: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The application's 审批事项 */
  itemName: Maybe<Scalars['String']['output']>;
  /** When the fetch was tried. */
  occurredAt: Scalars['DateTime']['output'];
  /** Granted or denied. */
  outcome: LicenseAccessOutcome;
  /** What the license was fetched for. */
  purpose: Scalars['String']['output'];
};

/** A page of the license's 用证记录, newest first. */
export type LicenseAccessConnection = {
  __typename?: 'LicenseAccessConnection';
  /** The fetches of this page with their cursors. */
  edges: Array<LicenseAccessEdge>;
  /** The fetches of this page. */
  nodes: Array<LicenseAccess>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Fetches across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One fetch of the license with its cursor. */
export type LicenseAccessEdge = {
  __typename?: 'LicenseAccessEdge';
  /** Resume point after this fetch. */
  cursor: Scalars['String']['output'];
  /** The fetch. */
  node: LicenseAccess;
};

/** Whether a fetch of the license was granted. */
export type LicenseAccessOutcome =
  /** 拒绝 (the code was right but the license could not be fetched, e.g. 吊销) */
  | 'DENIED'
  /** 获取成功 */
  | 'GRANTED';

/** 证照管理员: a person the legal representative allowed to generate verification codes. */
export type LicenseAdministrator = {
  __typename?: 'LicenseAdministrator';
  /** When the legal representative appointed them. */
  appointedAt: Scalars['DateTime']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The administrator's ID number, masked. */
  maskedIdNumber: Scalars['String']['output'];
  /** The administrator's real name. */
  name: Scalars['String']['output'];
};

/** The license with its administrators, or why nothing changed. */
export type LicenseAdministratorPayload = {
  __typename?: 'LicenseAdministratorPayload';
  /** The license as it is now. */
  license: Maybe<License>;
  /** Why nothing changed. */
  userErrors: Array<UserError>;
};

/** One 8-digit verification code (验证码). The code itself is shown only once, when generated. */
export type LicenseGrant = Node & {
  __typename?: 'LicenseGrant';
  /** When the code was generated. */
  createdAt: Scalars['DateTime']['output'];
  /** Who generated the code. */
  createdByName: Scalars['String']['output'];
  /** When the code stops working if unused. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** When the code was revoked. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** 未使用, 已使用, 已撤销 or 已过期. */
  status: LicenseGrantStatus;
  /** When the code was used to fetch the license. */
  usedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A page of verification codes, newest first. */
export type LicenseGrantConnection = {
  __typename?: 'LicenseGrantConnection';
  /** The codes of this page with their cursors. */
  edges: Array<LicenseGrantEdge>;
  /** The codes of this page. */
  nodes: Array<LicenseGrant>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Codes across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One verification code with its cursor. */
export type LicenseGrantEdge = {
  __typename?: 'LicenseGrantEdge';
  /** Resume point after this code. */
  cursor: Scalars['String']['output'];
  /** The code's record. */
  node: LicenseGrant;
};

/** 验证码状态 */
export type LicenseGrantStatus =
  /** 已过期 */
  | 'EXPIRED'
  /** 已撤销 */
  | 'REVOKED'
  /** 未使用 */
  | 'UNUSED'
  /** 已使用 */
  | 'USED';

/** The license data as it was when fetched into an application (shown to the applicant and the department). */
export type LicenseSnapshot = {
  __typename?: 'LicenseSnapshot';
  /** 住所. */
  address: Scalars['String']['output'];
  /** 经营范围. */
  businessScope: Scalars['String']['output'];
  /** 类型. */
  companyType: Scalars['String']['output'];
  /** 统一社会信用代码. */
  creditCode: Scalars['String']['output'];
  /** 成立日期. */
  establishedOn: Scalars['Date']['output'];
  /** When it was fetched. */
  fetchedAt: Scalars['DateTime']['output'];
  /** The GB/T 36904 identifier. */
  identifier: Scalars['String']['output'];
  /** 法定代表人. */
  legalRepresentative: Scalars['String']['output'];
  /** 名称. */
  name: Scalars['String']['output'];
  /** 营业期限 from. */
  operatingFrom: Scalars['Date']['output'];
  /** 营业期限 to; null for 长期. */
  operatingTo: Maybe<Scalars['Date']['output']>;
  /** Who provided it, e.g. 天津市市场监督管理委员会 */
  providedBy: Scalars['String']['output'];
  /** 注册资本, as written on the license. */
  registeredCapital: Scalars['String']['output'];
  /** 登记机关. */
  registrationAuthority: Scalars['String']['output'];
  /** The license's status at the fetch. */
  status: LicenseStatus;
};

/** 登记状态 */
export type LicenseStatus =
  /** 存续 */
  | 'ACTIVE'
  /** 注销 */
  | 'CANCELLED'
  /** 吊销 */
  | 'REVOKED';

/** 证照类型 */
export type LicenseType =
  /** 营业执照 */
  | 'BUSINESS_LICENSE';

/** A recorded window case to link to a booking. */
export type LinkBookingCaseInput = {
  /** The booking (global ID). */
  bookingId: Scalars['ID']['input'];
  /** The 业务编号 of the window case (窗口申报) recorded for the visit. */
  businessNumber: Scalars['String']['input'];
};

/** The linked booking, or why not. */
export type LinkBookingCasePayload = {
  __typename?: 'LinkBookingCasePayload';
  /** The booking with its case. */
  booking: Maybe<Booking>;
  /** Why it was not linked: NOT_FOUND (no window case of this citizen and item with this number), TAKEN, INVALID_TRANSITION. */
  userErrors: Array<UserError>;
};

/** 到场 or 爽约 for a booking. */
export type MarkBookingAttendanceInput = {
  /** What happened. */
  attendance: BookingAttendance;
  /** The booking (global ID). */
  bookingId: Scalars['ID']['input'];
};

/** The marked booking, or why not. */
export type MarkBookingAttendancePayload = {
  __typename?: 'MarkBookingAttendancePayload';
  /** The booking with its new status. */
  booking: Maybe<Booking>;
  /** Why it was not marked: INVALID_TRANSITION (cancelled or already marked), INVALID (爽约 before the slot began), NOT_FOUND. */
  userErrors: Array<UserError>;
};

/** Which notifications to mark read. */
export type MarkNotificationsReadInput = {
  /** Mark every unread notification of the caller read (全部已读). */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** Notifications of the caller's own (at most 100); ignored when `all` is true. */
  notificationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The outcome of marking notifications read. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** How many notifications this call marked read (already read ones are not counted). */
  markedCount: Maybe<Scalars['Int']['output']>;
  /** The caller's unread count afterwards. */
  unreadCount: Maybe<Scalars['Int']['output']>;
  /** Why nothing was marked: an ID that is not one of the caller's notifications, too many IDs, or none given. */
  userErrors: Array<UserError>;
};

/** An amount of money as an exact decimal string with at most 2 decimal places, e.g. "1250.50". */
export type Money = {
  __typename?: 'Money';
  /** Exact decimal in 万 (ten thousands) of the currency, e.g. "1250.50" = 12,505,000. */
  amount: Maybe<Scalars['String']['output']>;
  /** The currency code, e.g. CNY or USD. */
  currency: Maybe<Currency>;
};

/** An amount with its currency. */
export type MoneyInput = {
  /** Exact decimal in 万 of the currency, at most 2 decimal places. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** The currency code, e.g. CNY or USD. */
  currency?: InputMaybe<Currency>;
};

/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 部门经办人: 受理 (or 承诺补正受理) a case of their department. */
  acceptCase: CaseTransitionPayload;
  /** 邮政速递: adds an address to the caller's address book. */
  addDeliveryAddress: DeliveryAddressPayload;
  /** The applicant adds one 追评 after the department's reply (1–500 characters). */
  addEvaluationFollowUp: EvaluationPayload;
  /** 收藏: stars a service item for the caller; starring it again changes nothing. */
  addFavouriteItem: AddFavouriteItemPayload;
  /** 答复: staff of the question's department answer it, once; the asker is notified (inbox and SMS). */
  answerQuestion: AnswerQuestionPayload;
  /** The legal representative appoints a license administrator by ID number (at most five per license). */
  appointLicenseAdministrator: LicenseAdministratorPayload;
  /** 咨询 / 投诉: asks the department of a service item; it answers within `questionRules.answerWorkingDays` working days. */
  askQuestion: AskQuestionPayload;
  /** 预约: books a place in a slot for the caller; refused with SLOT_FULL when no place is left. */
  bookVisit: BookVisitPayload;
  /** 取消预约: cancels the caller's booking up to the stated time before the slot. */
  cancelBooking: CancelBookingPayload;
  /** 注销: the license is cancelled (from 存续 or 吊销). */
  cancelLicense: ChangeLicenseStatusPayload;
  /**
   * Sets a new password after checking the current one and ends every other session of the user at once.
   * Wrong current passwords count like failed sign-ins: 5 per user, or 30 per address, in 15 minutes lock it.
   */
  changePassword: ChangePasswordPayload;
  /** 修改手机号: the caller's mobile number becomes the one the code was sent to. */
  changePhone: ChangePhonePayload;
  /** 邮政速递: the applicant chooses where the case's result is posted, until it is completed. */
  chooseCaseDeliveryAddress: ChooseCaseDeliveryAddressPayload;
  /** 部门经办人: 办结 with the result and how it is delivered. */
  completeCase: CaseTransitionPayload;
  /** Admins: register a partner system for a department with scopes; the secret is in this answer only. */
  createApiClient: CreateApiClientPayload;
  /** Writes a notice (通知公告), published at once or not. Administrators only. */
  createNotice: NoticePayload;
  /** The supervisor decides a pending appeal, once (UPHOLD or DISMISS). */
  decideEvaluationAppeal: EvaluationAppealPayload;
  /** 法人: the firm's legal representative approves or rejects a pending request. */
  decideFirmLink: FirmLinkPayload;
  /** 邮政速递: deletes one of the caller's addresses (cases already addressed keep their copy). */
  deleteDeliveryAddress: DeleteDeliveryAddressPayload;
  /** Admins: disable a partner system; its access tokens stop working at once. */
  disableApiClient: DisableApiClientPayload;
  /** A partner system disables one of its own endpoints; its undelivered deliveries are dropped. */
  disableWebhookEndpoint: DisableWebhookEndpointPayload;
  /**
   * Ends one of the caller's other sessions at once (退出 in 在线设备): the next request made with it is signed out.
   * The session making the request is ended with the header's 退出 instead.
   */
  endSession: EndSessionPayload;
  /**
   * 获取证照库文件: attaches the license the code unlocks to the caller's own draft as a level-A material.
   * A wrong, used, revoked or expired code gets one message (验证码错误或已失效); after 5 wrong codes in 15 minutes
   * no code is accepted until `lockedUntil`.
   */
  fetchLicenseMaterial: FetchLicenseMaterialPayload;
  /** The case's department appeals a bad review, once. */
  fileEvaluationAppeal: EvaluationAppealPayload;
  /** The legal representative or a license administrator generates a one-time 8-digit code (valid 10 minutes by default). */
  generateLicenseCode: GenerateLicenseCodePayload;
  /** 窗口人员: links the window case recorded for a visit to its booking. */
  linkBookingCase: LinkBookingCasePayload;
  /** Window staff (窗口人员) find a citizen by ID number. Every look-up is written to the audit log. */
  lookUpCitizen: CitizenLookupPayload;
  /** 窗口人员: marks a booking 到场 or 爽约. */
  markBookingAttendance: MarkBookingAttendancePayload;
  /** Marks some or all of the caller's notifications read (已读). Marking a read one again changes nothing. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Market-regulation staff or a partner with scope licenses:publish issue or update a license. Idempotent by identifier. */
  publishLicense: PublishLicensePayload;
  /** The case's department records a 回访 note on a bad review (any number). */
  recordEvaluationCallback: EvaluationPayload;
  /** The case's department records a 整改 note on a bad review (any number). */
  recordEvaluationRectification: EvaluationPayload;
  /** Window staff record a case applied for in person (窗口申报). */
  recordWindowCase: RecordWindowCasePayload;
  /** A partner system (its own) or an admin sends a delivery again now, with the same delivery id. */
  redeliverWebhook: RedeliverWebhookPayload;
  /** 注册: a new citizen account for a mobile number confirmed by its code. */
  registerAccount: RegisterAccountPayload;
  /** A partner system (cases:read or evaluations:read) registers an endpoint for the event types its scopes cover. */
  registerWebhookEndpoint: RegisterWebhookEndpointPayload;
  /** 部门经办人: 不予受理 with a reason. */
  rejectCase: CaseTransitionPayload;
  /** Removes an uploaded or fetched material from the caller's own 暂存件 (the stored file is deleted). */
  removeCaseMaterial: RemoveCaseMaterialPayload;
  /** Takes back a file uploaded in answer to the 补正 notice of the caller's own case, before 提交补正. */
  removeCorrectionMaterial: RemoveCorrectionMaterialPayload;
  /** 取消收藏: removes the caller's star from an item. */
  removeFavouriteItem: RemoveFavouriteItemPayload;
  /** The legal representative removes a license administrator. */
  removeLicenseAdministrator: LicenseAdministratorPayload;
  /** The case's department replies to a bad review (once; after the deadline it is accepted and marked overdue). */
  replyToEvaluation: EvaluationPayload;
  /** 部门经办人: one 补正 notice with every missing material (once per case). */
  requestCorrection: CaseTransitionPayload;
  /** 法人: asks the firm's legal representative to let the caller act for the firm. */
  requestFirmLink: FirmLinkPayload;
  /** 找回密码: a new password confirmed by a code to the registered mobile; every session of the account ends. */
  resetPassword: ResetPasswordPayload;
  /** Admins: 重新上报 — send a failed or retrying report again now, with a fresh series of attempts; same Idempotency-Key. */
  retryNationalReport: RetryNationalReportPayload;
  /** 吊销: the license is revoked (from 存续). */
  revokeLicense: ChangeLicenseStatusPayload;
  /** Revokes an unused code before it is used. */
  revokeLicenseCode: RevokeLicenseCodePayload;
  /** Admins: issue a new secret; the previous one stays valid for the stated overlap, then stops. */
  rotateApiClientSecret: RotateApiClientSecretPayload;
  /** Creates or updates the caller's own 暂存件 of an online item; partial data is kept as it is. */
  saveApplicationDraft: SaveApplicationDraftPayload;
  /** Sends a 6-digit code by SMS for 注册 or 找回密码 (anyone) or 修改手机号 (the signed-in CITIZEN); throttled per number and per address. */
  sendPhoneCode: SendPhoneCodePayload;
  /** 邮政速递: makes one of the caller's addresses the default. */
  setDefaultDeliveryAddress: DeliveryAddressPayload;
  /** Publishes (发布) or withdraws (撤回) a notice. Administrators only. */
  setNoticePublished: NoticePayload;
  /** 部门经办人: start handling an accepted case. */
  startProcessing: CaseTransitionPayload;
  /** 提交补正: sends the uploaded corrections of the caller's own case; the case goes back to the department (已接件). */
  submitCorrection: SubmitCorrectionPayload;
  /** The applicant submits their own draft (暂存件); it moves to 在办件. */
  submitDraft: CaseTransitionPayload;
  /** The applicant evaluates their own completed case, once, while its window is open. */
  submitEvaluation: SubmitEvaluationPayload;
  /** 互联互通: a partner system (scope cases:sync) creates or updates one of its department's cases. Idempotent. */
  syncCase: SyncCasePayload;
  /** 邮政速递: changes one of the caller's addresses. */
  updateDeliveryAddress: DeliveryAddressPayload;
  /** Turns 关怀模式 on or off for the signed-in caller (remembered on every device). */
  updateDisplaySettings: UpdateDisplaySettingsPayload;
  /** Turns SMS notifications off or on for the caller (短信通知). Quiet hours 22:00–08:00 CST hold SMS anyway. */
  updateNotificationSettings: UpdateNotificationSettingsPayload;
  /** 实名认证: name and 居民身份证号, checked by the identity service. */
  verifyRealName: VerifyIdentityPayload;
  /** 实人认证: a face comparison with the ID photo, after 实名认证. */
  verifyRealPerson: VerifyIdentityPayload;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationAcceptCaseArgs = {
  input: AcceptCaseInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationAddDeliveryAddressArgs = {
  input: AddDeliveryAddressInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationAddEvaluationFollowUpArgs = {
  input: EvaluationNoteInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationAddFavouriteItemArgs = {
  input: FavouriteItemInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationAnswerQuestionArgs = {
  input: AnswerQuestionInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationAppointLicenseAdministratorArgs = {
  input: AppointLicenseAdministratorInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationAskQuestionArgs = {
  input: AskQuestionInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationBookVisitArgs = {
  input: BookVisitInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationCancelBookingArgs = {
  input: CancelBookingInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationCancelLicenseArgs = {
  input: ChangeLicenseStatusInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationChangePhoneArgs = {
  input: ChangePhoneInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationChooseCaseDeliveryAddressArgs = {
  input: ChooseCaseDeliveryAddressInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationCompleteCaseArgs = {
  input: CompleteCaseInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationCreateApiClientArgs = {
  input: CreateApiClientInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationCreateNoticeArgs = {
  input: CreateNoticeInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationDecideEvaluationAppealArgs = {
  input: DecideEvaluationAppealInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationDecideFirmLinkArgs = {
  input: DecideFirmLinkInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationDeleteDeliveryAddressArgs = {
  input: DeliveryAddressRefInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationDisableApiClientArgs = {
  input: DisableApiClientInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationDisableWebhookEndpointArgs = {
  input: DisableWebhookEndpointInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationEndSessionArgs = {
  input: EndSessionInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationFetchLicenseMaterialArgs = {
  input: FetchLicenseMaterialInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationFileEvaluationAppealArgs = {
  input: FileEvaluationAppealInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationGenerateLicenseCodeArgs = {
  input: GenerateLicenseCodeInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationLinkBookingCaseArgs = {
  input: LinkBookingCaseInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationLookUpCitizenArgs = {
  idNumber: Scalars['String']['input'];
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationMarkBookingAttendanceArgs = {
  input: MarkBookingAttendanceInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationPublishLicenseArgs = {
  input: PublishLicenseInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRecordEvaluationCallbackArgs = {
  input: EvaluationNoteInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRecordEvaluationRectificationArgs = {
  input: EvaluationNoteInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRecordWindowCaseArgs = {
  input: RecordWindowCaseInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRegisterAccountArgs = {
  input: RegisterAccountInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRegisterWebhookEndpointArgs = {
  input: RegisterWebhookEndpointInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRejectCaseArgs = {
  input: RejectCaseInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRemoveCaseMaterialArgs = {
  input: RemoveCaseMaterialInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRemoveCorrectionMaterialArgs = {
  input: RemoveCorrectionMaterialInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRemoveFavouriteItemArgs = {
  input: FavouriteItemInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRemoveLicenseAdministratorArgs = {
  input: RemoveLicenseAdministratorInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationReplyToEvaluationArgs = {
  input: ReplyToEvaluationInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRequestCorrectionArgs = {
  input: RequestCorrectionInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRequestFirmLinkArgs = {
  input: RequestFirmLinkInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRetryNationalReportArgs = {
  input: RetryNationalReportInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRevokeLicenseArgs = {
  input: ChangeLicenseStatusInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRevokeLicenseCodeArgs = {
  input: RevokeLicenseCodeInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationRotateApiClientSecretArgs = {
  input: RotateApiClientSecretInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationSaveApplicationDraftArgs = {
  input: SaveApplicationDraftInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationSendPhoneCodeArgs = {
  input: SendPhoneCodeInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationSetDefaultDeliveryAddressArgs = {
  input: DeliveryAddressRefInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationSetNoticePublishedArgs = {
  input: SetNoticePublishedInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationStartProcessingArgs = {
  input: StartProcessingInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationSubmitCorrectionArgs = {
  input: SubmitCorrectionInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationSubmitDraftArgs = {
  input: SubmitDraftInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationSubmitEvaluationArgs = {
  input: SubmitEvaluationInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationSyncCaseArgs = {
  input: SyncCaseInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationUpdateDeliveryAddressArgs = {
  input: UpdateDeliveryAddressInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationUpdateDisplaySettingsArgs = {
  input: UpdateDisplaySettingsInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationUpdateNotificationSettingsArgs = {
  input: UpdateNotificationSettingsInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationVerifyRealNameArgs = {
  input: VerifyRealNameInput;
};


/** Everything that changes data. Each field checks the caller itself and answers refusals of its input in `userErrors`. */
export type MutationVerifyRealPersonArgs = {
  input: VerifyRealPersonInput;
};

/** One evaluation event (submitted, default given, reply, 追评, appeal decided) reported to the national system. */
export type NationalReport = {
  __typename?: 'NationalReport';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** The case's business number (业务编号). */
  businessNumber: Maybe<Scalars['String']['output']>;
  /** When the national system accepted it. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The case's department. */
  departmentName: Maybe<Scalars['String']['output']>;
  /** The event: evaluation.submitted, evaluation.default_given, evaluation.replied, evaluation.followed_up or evaluation.appeal_decided. */
  eventType: Scalars['String']['output'];
  /** Opaque global ID; its event id is the Idempotency-Key the national system receives. */
  id: Scalars['ID']['output'];
  /** The national system's last answer to a failed attempt: HTTP status and body, a timeout or a connection error. */
  lastAnswer: Maybe<Scalars['String']['output']>;
  /** When it is tried next (PENDING, RETRYING). */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** When the change happened in the hall. */
  occurredAt: Scalars['DateTime']['output'];
  /** Where its delivery stands. */
  status: NationalReportStatus;
};

/** National reports, newest event first. */
export type NationalReportConnection = {
  __typename?: 'NationalReportConnection';
  /** The reports of this page with their cursors. */
  edges: Array<NationalReportEdge>;
  /** The reports of this page. */
  nodes: Array<NationalReport>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One national report with its cursor. */
export type NationalReportEdge = {
  __typename?: 'NationalReportEdge';
  /** Resume point after this report. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: NationalReport;
};

/** Where one evaluation event stands in its delivery to the national 好差评 system. */
export type NationalReportStatus =
  /** Accepted by the national system (it answered 2xx). */
  | 'DELIVERED'
  /** Failed on every attempt; waits for an admin's retry, and later events of its case wait behind it. */
  | 'FAILED'
  /** Not tried yet, or waiting for an earlier event of the same case. */
  | 'PENDING'
  /** Tried and failed; tried again at nextAttemptAt (backoff 5 s doubling to an hour). */
  | 'RETRYING';

/** An object with an opaque global ID, fetchable with `node(id:)`. */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** 通知公告: written by an administrator, public once published. */
export type Notice = Node & {
  __typename?: 'Notice';
  /** 正文 (plain text; paragraphs separated by blank lines). */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** When it was (last) published; null while unpublished. */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** 标题. */
  title: Scalars['String']['output'];
};

/** A page of notices. */
export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  /** The notices of this page with their cursors. */
  edges: Array<NoticeEdge>;
  /** The notices of this page. */
  nodes: Array<Notice>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Notices across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One notice with its cursor. */
export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  /** Resume point after this notice. */
  cursor: Scalars['String']['output'];
  /** The notice. */
  node: Notice;
};

/** The outcome of writing or (un)publishing a notice. */
export type NoticePayload = {
  __typename?: 'NoticePayload';
  /** The notice as it is now. */
  notice: Maybe<Notice>;
  /** Why nothing changed. */
  userErrors: Array<UserError>;
};

/** One message in the signed-in user's inbox (我的互动 → 消息通知). The same text goes by SMS unless opted out. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** The full text (the SMS says the same). */
  body: Scalars['String']['output'];
  /** The case it is about, if any (visible under the case's own access rules). */
  case: Maybe<Case>;
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What it reports. */
  kind: NotificationKind;
  /** The 咨询 or 投诉 it is about, if any (its asker's only). */
  question: Maybe<Question>;
  /** When the user marked it read; null while unread. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** A short title, e.g. 办件已办结. */
  title: Scalars['String']['output'];
};

/** A page of notifications, newest first. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications of this page with their cursors. */
  edges: Array<NotificationEdge>;
  /** The notifications of this page. */
  nodes: Array<Notification>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Notifications across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A notification and its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Resume point after this notification. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a notification in 我的互动 reports. */
export type NotificationKind =
  /** 办件已受理 (also 承诺补正受理) */
  | 'CASE_ACCEPTED'
  /** 办件已办结, with the evaluation deadline while the case can be evaluated */
  | 'CASE_COMPLETED'
  /** 办件需要补正, with the missing materials the department listed */
  | 'CASE_CORRECTION'
  /** 评价即将截止: two days before the 7-day evaluation window closes and the default is given */
  | 'EVALUATION_REMINDER'
  /** 部门已回复评价 */
  | 'EVALUATION_REPLIED'
  /** 部门已答复咨询或投诉 */
  | 'QUESTION_ANSWERED';

/** Where a page of a Relay connection sits among all pages. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item; pass it as `after` for the next page. Null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after`, i.e. items precede it. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first item; null for an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * A page of a partner's cases or evaluations in change order. Rows come oldest change first, and only changes
 * whose transaction, and every transaction before it, has committed: keep `pageInfo.endCursor` of the last
 * page and pass it as `after` on the next sync to get exactly what changed since, including changes that
 * committed late (see docs/partners.md, "Incremental sync").
 */
export type PartnerCaseConnection = {
  __typename?: 'PartnerCaseConnection';
  /** The cases of this page with their cursors. */
  edges: Array<CaseEdge>;
  /** The cases of this page. */
  nodes: Array<Case>;
  /** Where this page ends; `endCursor` is the resume point of the next sync. */
  pageInfo: PageInfo;
};

/** A page of a partner's evaluations in change order (the same guarantee as PartnerCaseConnection). */
export type PartnerEvaluationConnection = {
  __typename?: 'PartnerEvaluationConnection';
  /** The evaluations of this page with their cursors. */
  edges: Array<PartnerEvaluationEdge>;
  /** The evaluations of this page. */
  nodes: Array<Evaluation>;
  /** Where this page ends; `endCursor` is the resume point of the next sync. */
  pageInfo: PageInfo;
};

/** One evaluation of a partner's evaluations page. */
export type PartnerEvaluationEdge = {
  __typename?: 'PartnerEvaluationEdge';
  /** Resume point after this evaluation. */
  cursor: Scalars['String']['output'];
  /** The evaluation, with its reply, 追评 and appeal outcome. */
  node: Evaluation;
};

/** One read of personal data by a partner system: which client read which case or evaluation, when. */
export type PartnerRead = {
  __typename?: 'PartnerRead';
  /** The business number (业务编号) of the case read, or of the evaluated case. */
  businessNumber: Maybe<Scalars['String']['output']>;
  /** The partner client's public id (client_id). */
  clientId: Scalars['String']['output'];
  /** The partner client's name. */
  clientName: Scalars['String']['output'];
  /** When it was read. */
  readAt: Scalars['DateTime']['output'];
  /** The global ID of the case or evaluation that was read. */
  subjectId: Scalars['ID']['output'];
  /** What was read: Case or Evaluation. */
  subjectType: Scalars['String']['output'];
};

/** Partner reads, newest first. */
export type PartnerReadConnection = {
  __typename?: 'PartnerReadConnection';
  /** The reads of this page with their cursors. */
  edges: Array<PartnerReadEdge>;
  /** The reads of this page. */
  nodes: Array<PartnerRead>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One partner read with its cursor. */
export type PartnerReadEdge = {
  __typename?: 'PartnerReadEdge';
  /** Resume point after this read. */
  cursor: Scalars['String']['output'];
  /** The read. */
  node: PartnerRead;
};

/** The rule every password a user chooses must follow (注册, 修改密码, 找回密码); forms state it from here. */
export type PasswordRule = {
  __typename?: 'PasswordRule';
  /** The rule in one sentence, as shown to users. */
  description: Scalars['String']['output'];
  /** Most characters. */
  maxLength: Scalars['Int']['output'];
  /** Fewest characters. */
  minLength: Scalars['Int']['output'];
};

/** What a one-time SMS code confirms. */
export type PhoneCodePurpose =
  /** 修改手机号: this number becomes the signed-in person's (sending needs a CITIZEN signed in) */
  | 'CHANGE_PHONE'
  /** 注册: a new account for this mobile number */
  | 'REGISTER'
  /** 找回密码: a new password for the account of this mobile number */
  | 'RESET_PASSWORD';

/** An item with how many cases it has (the home page's 热门事项). */
export type PopularServiceItem = {
  __typename?: 'PopularServiceItem';
  /** Cases applied for (drafts not counted), from the case rollups. */
  caseCount: Scalars['Int']['output'];
  /** The item. */
  item: ServiceItem;
};

/** One result sent (or to be sent) by post. */
export type PostalDelivery = {
  __typename?: 'PostalDelivery';
  /** Where it goes, when chosen. */
  address: Maybe<CaseDeliveryAddress>;
  /** The case. */
  case: Case;
  /** Where it stands. */
  status: PostalDeliveryStatus;
  /** The EMS tracking number, once posted. */
  trackingNumber: Maybe<Scalars['String']['output']>;
};

/** A page of postal deliveries, newest case first. */
export type PostalDeliveryConnection = {
  __typename?: 'PostalDeliveryConnection';
  /** The deliveries of this page with their cursors. */
  edges: Array<PostalDeliveryEdge>;
  /** The deliveries of this page. */
  nodes: Array<PostalDelivery>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Deliveries across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A postal delivery and its cursor. */
export type PostalDeliveryEdge = {
  __typename?: 'PostalDeliveryEdge';
  /** Resume point after this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: PostalDelivery;
};

/** Where a result sent by post stands. */
export type PostalDeliveryStatus =
  /** The applicant chose an address; the case is not yet completed (待寄出). */
  | 'AWAITING'
  /** The department completed the case by 邮政速递 with a tracking number (已寄出). */
  | 'POSTED';

/** A license as its issuer publishes it (idempotent by identifier). */
export type PublishLicenseInput = {
  /** 住所. */
  address: Scalars['String']['input'];
  /** 经营范围. */
  businessScope: Scalars['String']['input'];
  /** 类型, e.g. 有限责任公司. */
  companyType: Scalars['String']['input'];
  /** 统一社会信用代码 of the holder; the check character is verified. */
  creditCode: Scalars['String']['input'];
  /** 成立日期. */
  establishedOn: Scalars['Date']['input'];
  /** GB/T 36904 identifier; the key that makes publishing idempotent. */
  identifier: Scalars['String']['input'];
  /** When the license was issued. */
  issuedAt: Scalars['DateTime']['input'];
  /** 法定代表人's name. */
  legalRepresentative: Scalars['String']['input'];
  /** The legal representative's 居民身份证号; stored encrypted, used to match them in the hall. */
  legalRepresentativeIdNumber: Scalars['String']['input'];
  /** 名称. */
  name: Scalars['String']['input'];
  /** 营业期限 from. */
  operatingFrom: Scalars['Date']['input'];
  /** 营业期限 to; omit for 长期. */
  operatingTo?: InputMaybe<Scalars['Date']['input']>;
  /** 注册资本, as written on the license. */
  registeredCapital: Scalars['String']['input'];
  /** 登记机关. */
  registrationAuthority: Scalars['String']['input'];
};

/** The published license, or why it was refused. */
export type PublishLicensePayload = {
  __typename?: 'PublishLicensePayload';
  /** The license as stored. */
  license: Maybe<License>;
  /** Created, updated or unchanged. */
  outcome: Maybe<PublishOutcome>;
  /** Why it was refused. */
  userErrors: Array<UserError>;
};

/** How a publish call changed the license library. */
export type PublishOutcome =
  /** A new license was stored. */
  | 'CREATED'
  /** The same data was already published; nothing changed. */
  | 'UNCHANGED'
  /** The stored license was updated. */
  | 'UPDATED';

/** Published figures (公示) of one department over one period. */
export type PublishedFigureRow = {
  __typename?: 'PublishedFigureRow';
  /** 差评率. */
  badRate: Maybe<Scalars['Float']['output']>;
  /** The department. */
  department: Department;
  /** 好评率. */
  goodRate: Maybe<Scalars['Float']['output']>;
  /** 按时办结率 */
  onTimeCompletionRate: Maybe<Scalars['Float']['output']>;
  /** 按时回复率. */
  onTimeReplyRate: Maybe<Scalars['Float']['output']>;
  /** 评价总量 */
  total: Scalars['Int']['output'];
};

/** 公示: the figures the hall publishes for the month and the year. */
export type PublishedFigures = {
  __typename?: 'PublishedFigures';
  /** When the figures were computed. */
  asOf: Scalars['DateTime']['output'];
  /** Per-department figures of the month. */
  month: Array<PublishedFigureRow>;
  /** The last full calendar month (CST) and the last 12 full months. */
  monthFrom: Scalars['Date']['output'];
  /** Last CST day of the month counted. */
  monthTo: Scalars['Date']['output'];
  /** Per-department figures of the year. */
  year: Array<PublishedFigureRow>;
  /** First CST day of the year counted. */
  yearFrom: Scalars['Date']['output'];
  /** Last CST day of the year counted. */
  yearTo: Scalars['Date']['output'];
};

/** Everything that can be read. Each field checks the caller itself. */
export type Query = {
  __typename?: 'Query';
  /** Every notice, published or not, newest written first (系统管理 → 通知公告). Administrators only. */
  allNotices: NoticeConnection;
  /** Admins: the partner clients, oldest first. `first` is capped at 100. */
  apiClients: ApiClientConnection;
  /** Service items with bookable slots ahead (public), by name. */
  bookableItems: Array<ServiceItem>;
  /** The booking rules (public). */
  bookingRules: BookingRules;
  /** Slots ahead for an item, earliest first, with places left (public). `first` is capped at 100. */
  bookingSlots: BookingSlotConnection;
  /** A partner system (scope cases:read) pages its own department's submitted cases in change order. `first` is capped at 100. */
  cases: PartnerCaseConnection;
  /** 我要办事: the public catalogue, by department then name. `first` is capped at 100. */
  catalogueItems: ServiceItemConnection;
  /** 窗口人员: the bookings of one day (CST) at a centre, by slot time; cancelled ones left out. `first` is capped at 100. */
  centreBookings: BookingConnection;
  /** The dashboard (SUPERVISOR: every department or the one asked for; DEPARTMENT_HEAD: its own only). */
  dashboard: Dashboard;
  /** The cases behind a dashboard 办件 number, newest first, with the same period and filters. */
  dashboardCases: DashboardCaseConnection;
  /** The evaluations behind a dashboard number, newest first, with the same period and filters. */
  dashboardEvaluations: DashboardEvaluationConnection;
  /** The cases of the caller's own department (部门经办人 only), newest application first (drafts are never shown to departments). */
  departmentCases: CaseConnection;
  /** The bad reviews of the caller's own department (部门经办人 only), earliest reply deadline first. */
  departmentEvaluationTasks: EvaluationConnection;
  /** 部门工作台 → 咨询投诉: the caller's department's questions in one state, newest first. `first` is capped at 100. */
  departmentQuestions: DepartmentQuestionConnection;
  /** Every department of the hall, by name. */
  departments: Array<Department>;
  /** Appeals for the supervisor (好差评管理员, SUPERVISOR only), oldest first. */
  evaluationAppeals: EvaluationAppealConnection;
  /** Figures over evaluations submitted on CST days from..to (inclusive, both optional); SUPERVISOR or ADMIN. */
  evaluationFigures: EvaluationFigures;
  /** The 好差评 rules in numbers (public). */
  evaluationRules: EvaluationRules;
  /** A partner system (scope evaluations:read) pages its own department's evaluations in change order: a reply, 追评 or appeal decision moves an evaluation to the end. `first` is capped at 100. */
  evaluations: PartnerEvaluationConnection;
  /** 法人: pending requests for the firms whose legal representative the caller is, oldest first (at most 100). */
  firmLinksToDecide: Array<FirmLink>;
  /** The signed-in user, or null when the request carries no valid session. */
  me: Maybe<User>;
  /** The signed-in applicant's own cases (我的办件), drafts first, then newest application first. `first` is capped at 100. */
  myCases: CaseConnection;
  /** 法人: the caller's own requests to act for a firm, newest first (at most 100). */
  myFirmLinks: Array<FirmLink>;
  /** 我的证照: the licenses the caller may authorise (as legal representative, matched by ID number, or as administrator). */
  myLicenses: Array<License>;
  /** Admins: the evaluation events reported (or to report) to the national 好差评 system, newest first. `first` is capped at 100. */
  nationalReports: NationalReportConnection;
  /** Fetches any object by its global ID, subject to the same access rules as every other path. */
  node: Maybe<Node>;
  /** Fetches up to 100 objects by global ID; an ID the caller may not see yields null. */
  nodes: Array<Maybe<Node>>;
  /** 通知公告: the published notices, newest first. Public. */
  notices: NoticeConnection;
  /** Supervisors and admins: partner systems' reads of personal data (cases, evaluations), newest first. `first` is capped at 100. */
  partnerReads: PartnerReadConnection;
  /** The password rule (public). */
  passwordRule: PasswordRule;
  /** The most used items: most cases applied for (drafts not counted), from the case rollups. `first` 1–20. */
  popularServiceItems: Array<PopularServiceItem>;
  /** 公示: each department's figures for the last month and year; public. */
  publishedFigures: PublishedFigures;
  /** The rules of 咨询 and 投诉 (public). */
  questionRules: QuestionRules;
  /** This request's cost and the caller's remaining budget. */
  rateLimit: RateLimit;
  /** The documents 注册 agrees to, in their current versions (public). */
  registrationTerms: RegistrationTerms;
  /** Searches the service items by name, pinyin, pinyin initials (wstz) and reviewed synonyms, best first. `first` is capped at 100. */
  searchServiceItems: ServiceItemSearchConnection;
  /** The home page's categories (个人办事 / 法人办事 by life event and topic), in display order. */
  serviceCategories: Array<ServiceCategory>;
  /** The service centres taking booked visits (public). */
  serviceCentres: Array<ServiceCentre>;
  /** All items, or one department's, by code (for staff pick lists). */
  serviceItems: Array<ServiceItem>;
  /** The largest file and the most bytes per case that uploads accept. */
  uploadLimits: UploadLimits;
  /** A partner system: the delivery log of its own endpoints; admins: of any client (apiClientId). Newest first, `first` capped at 100. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** A partner system: its own webhook endpoints. */
  webhookEndpoints: Array<WebhookEndpoint>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryAllNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryApiClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryBookingSlotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  centreId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId: Scalars['ID']['input'];
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  appliedFrom?: InputMaybe<Scalars['Date']['input']>;
  appliedTo?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<CaseSource>;
  statuses?: InputMaybe<Array<CaseStatus>>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryCatalogueItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onlineOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryCentreBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  centreId: Scalars['ID']['input'];
  day: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryDashboardArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  period: DashboardPeriodInput;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryDashboardCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<DashboardCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  period: DashboardPeriodInput;
  source?: InputMaybe<CaseSource>;
  status?: InputMaybe<CaseStatus>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryDashboardEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<DashboardEvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  period: DashboardPeriodInput;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryDepartmentCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryDepartmentEvaluationTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<EvaluationReplyState>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryDepartmentQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<QuestionState>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryEvaluationAppealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EvaluationAppealStatus>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryEvaluationFiguresArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  levels?: InputMaybe<Array<EvaluationLevel>>;
  submittedFrom?: InputMaybe<Scalars['Date']['input']>;
  submittedTo?: InputMaybe<Scalars['Date']['input']>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryMyCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  appliedFrom?: InputMaybe<Scalars['Date']['input']>;
  appliedTo?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  list?: InputMaybe<CaseList>;
  source?: InputMaybe<CaseSource>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryNationalReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  businessNumber?: InputMaybe<Scalars['String']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<NationalReportStatus>>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryPartnerReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryPopularServiceItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QuerySearchServiceItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  audience?: InputMaybe<ServiceAudience>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryServiceCategoriesArgs = {
  audience?: InputMaybe<ServiceAudience>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryServiceItemsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything that can be read. Each field checks the caller itself. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  apiClientId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<WebhookDeliveryStatus>>;
};

/** A citizen's 咨询 or 投诉 about a service item, and the department's answer. */
export type Question = Node & {
  __typename?: 'Question';
  /** The department's answer; null while unanswered. */
  answer: Maybe<Scalars['String']['output']>;
  /** When the answer is due: 24:00 CST of the last working day (`questionRules.answerWorkingDays`). */
  answerDueAt: Scalars['DateTime']['output'];
  /** When it was answered. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was asked. */
  askedAt: Scalars['DateTime']['output'];
  /** Who asked (their name), for the department. */
  askerName: Scalars['String']['output'];
  /** What the citizen wrote. */
  body: Scalars['String']['output'];
  /** The department that answers (the item's). */
  department: Department;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The service item it is about. */
  item: ServiceItem;
  /** 咨询 or 投诉. */
  kind: QuestionKind;
  /** Where it stands now. */
  state: QuestionState;
};

/** A page of questions, newest first. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  /** The questions of this page with their cursors. */
  edges: Array<QuestionEdge>;
  /** The questions of this page. */
  nodes: Array<Question>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Questions across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A question and its cursor. */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  /** Resume point after this question. */
  cursor: Scalars['String']['output'];
  /** The question. */
  node: Question;
};

/** 咨询 or 投诉. */
export type QuestionKind =
  /** 投诉: a complaint about the item's service */
  | 'COMPLAINT'
  /** 咨询: a question about the item */
  | 'CONSULTATION';

/** The rules of 咨询 and 投诉 in numbers: forms state and check these (the web keeps no copy). */
export type QuestionRules = {
  __typename?: 'QuestionRules';
  /** Most characters of an answer. */
  answerMaxLength: Scalars['Int']['output'];
  /** Working days (the published holiday calendar) the department has to answer, until 24:00 CST of the last. */
  answerWorkingDays: Scalars['Int']['output'];
  /** Most characters of a question or complaint. */
  bodyMaxLength: Scalars['Int']['output'];
};

/** Where a question stands: 待答复, 已超期 (unanswered past its deadline) or 已答复. */
export type QuestionState =
  /** 已答复 */
  | 'ANSWERED'
  /** 已超期: unanswered past its deadline */
  | 'OVERDUE'
  /** 待答复: unanswered, within its deadline */
  | 'PENDING';

/** How many of the department's questions are in a state. */
export type QuestionStateCount = {
  __typename?: 'QuestionStateCount';
  /** Questions in it. */
  count: Scalars['Int']['output'];
  /** The state. */
  state: QuestionState;
};

/** The caller's query-cost budget (points per hour), as GitHub's GraphQL API reports it. */
export type RateLimit = {
  __typename?: 'RateLimit';
  /** What this request cost: the most objects it may return (connections count by `first`, nested ones multiply). */
  cost: Scalars['Int']['output'];
  /** Points per hour for this caller. */
  limit: Scalars['Int']['output'];
  /** Points left in the current hour. */
  remaining: Scalars['Int']['output'];
  /** When the budget is full again. */
  resetAt: Scalars['DateTime']['output'];
  /** Points spent in the current hour, this request included. */
  used: Scalars['Int']['output'];
};

/** 认证等级 */
export type RealNameLevel =
  /** 实名认证 */
  | 'REAL_NAME'
  /** 实人认证 */
  | 'REAL_PERSON'
  /** 未认证 */
  | 'UNVERIFIED';

/** A case applied for in person, as the window system recorded it (窗口申报). */
export type RecordWindowCaseInput = {
  /** The applicant's 居民身份证号 (checked with its check digit). */
  applicantIdNumber: Scalars['String']['input'];
  /** When the applicant applied at the window. */
  appliedAt: Scalars['DateTime']['input'];
  /** The window system's business number, kept exactly as given (18 digits in the guide). */
  businessNumber: Scalars['String']['input'];
  /** The service item applied for (global ID). */
  itemId: Scalars['ID']['input'];
};

/** The recorded case, or why it was not recorded. */
export type RecordWindowCasePayload = {
  __typename?: 'RecordWindowCasePayload';
  /** The new case, in the citizen's 在办件. */
  case: Maybe<Case>;
  /** Why the case was not recorded. */
  userErrors: Array<UserError>;
};

/** The delivery to send again. */
export type RedeliverWebhookInput = {
  /** The delivery (WebhookDelivery.id). */
  deliveryId: Scalars['ID']['input'];
};

/** The delivery, due again now. */
export type RedeliverWebhookPayload = {
  __typename?: 'RedeliverWebhookPayload';
  /** The delivery, now PENDING with a fresh series of attempts. */
  delivery: Maybe<WebhookDelivery>;
  /** Why it was not redelivered. */
  userErrors: Array<UserError>;
};

/** What 注册 needs. */
export type RegisterAccountInput = {
  /** The 6-digit code from the SMS. */
  code: Scalars['String']['input'];
  /** 姓名 (verified later by 实名认证). */
  name: Scalars['String']['input'];
  /** The password, under `passwordRule`. */
  password: Scalars['String']['input'];
  /** The mobile number the code was sent to. */
  phone: Scalars['String']['input'];
  /** The version of 个人信息处理规则 agreed to. */
  privacyNoticeVersion: Scalars['String']['input'];
  /** The version of 用户服务协议 agreed to (`registrationTerms`). */
  termsVersion: Scalars['String']['input'];
};

/** The result of registerAccount. */
export type RegisterAccountPayload = {
  __typename?: 'RegisterAccountPayload';
  /** When code entry opens again, after too many wrong codes. */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  /** The new account; sign in with the mobile number and password. */
  user: Maybe<User>;
  /** Why no account was made (nothing changed). */
  userErrors: Array<UserError>;
};

/** An endpoint to register for the calling partner system. */
export type RegisterWebhookEndpointInput = {
  /** Event types from case.created, case.status_changed, case.completed (scope cases:read) and evaluation.submitted, evaluation.default_given, evaluation.replied, evaluation.followed_up, evaluation.appeal_decided (scope evaluations:read). */
  eventTypes: Array<Scalars['String']['input']>;
  /** The endpoint: https:// (http:// only to localhost, and not in production). */
  url: Scalars['String']['input'];
};

/** The registered endpoint and its signing secret, shown only in this answer. */
export type RegisterWebhookEndpointPayload = {
  __typename?: 'RegisterWebhookEndpointPayload';
  /** The secret that signs every delivery (X-Hall-Signature); the hall cannot show it again. */
  signingSecret: Maybe<Scalars['String']['output']>;
  /** Why the endpoint was not registered. */
  userErrors: Array<UserError>;
  /** The endpoint. */
  webhookEndpoint: Maybe<WebhookEndpoint>;
};

/** What 注册 asks for and agrees to. */
export type RegistrationTerms = {
  __typename?: 'RegistrationTerms';
  /** Minutes an SMS code stays valid. */
  codeMinutes: Scalars['Int']['output'];
  /** 个人信息处理规则, current version. */
  privacyNotice: ConsentText;
  /** 用户服务协议, current version. */
  terms: ConsentText;
};

/** 不予受理 of a case. */
export type RejectCaseInput = {
  /** The case (global ID). */
  caseId: Scalars['ID']['input'];
  /** The case version the clerk saw; a stale version is refused. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why the application is not accepted (不予受理理由); required. */
  reason: Scalars['String']['input'];
};

/** A material to remove from one's own draft. */
export type RemoveCaseMaterialInput = {
  /** The material (global ID). */
  materialId: Scalars['ID']['input'];
};

/** The removed material, or why it was not removed. */
export type RemoveCaseMaterialPayload = {
  __typename?: 'RemoveCaseMaterialPayload';
  /** The draft the material was removed from. */
  case: Maybe<Case>;
  /** The global ID of the removed material. */
  removedMaterialId: Maybe<Scalars['ID']['output']>;
  /** Why the material was not removed. */
  userErrors: Array<UserError>;
};

/** A file uploaded in answer to a 补正 notice, to take back. */
export type RemoveCorrectionMaterialInput = {
  /** The material (global ID). */
  materialId: Scalars['ID']['input'];
};

/** The removed correction, or why it was not removed. */
export type RemoveCorrectionMaterialPayload = {
  __typename?: 'RemoveCorrectionMaterialPayload';
  /** The case the material was removed from. */
  case: Maybe<Case>;
  /** The global ID of the removed material. */
  removedMaterialId: Maybe<Scalars['ID']['output']>;
  /** Why the material was not removed. */
  userErrors: Array<UserError>;
};

/** The unstarred item, or why not. */
export type RemoveFavouriteItemPayload = {
  __typename?: 'RemoveFavouriteItemPayload';
  /** The item that is no longer starred. */
  item: Maybe<ServiceItem>;
  /** Why nothing changed (the item was not starred). */
  userErrors: Array<UserError>;
};

/** A license administrator to remove. */
export type RemoveLicenseAdministratorInput = {
  /** The administrator (global ID). */
  administratorId: Scalars['ID']['input'];
  /** The license (global ID). */
  licenseId: Scalars['ID']['input'];
};

/** The department's one reply (回复) to a bad review. */
export type ReplyToEvaluationInput = {
  /** 1–1000 characters. Shown to the citizen; immutable. */
  body: Scalars['String']['input'];
  /** The evaluation (global ID). */
  evaluationId: Scalars['ID']['input'];
};

/** 补正通知: one notice listing every missing material. */
export type RequestCorrectionInput = {
  /** The case (global ID). */
  caseId: Scalars['ID']['input'];
  /** The case version the clerk saw; a stale version is refused. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Every missing or incorrect material, in one notice (一次性告知). */
  missingMaterials: Array<Scalars['String']['input']>;
  /** A note shown on the timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What requestFirmLink needs. */
export type RequestFirmLinkInput = {
  /** The firm's 统一社会信用代码 (check character verified). */
  creditCode: Scalars['String']['input'];
};

/** What 找回密码 needs. */
export type ResetPasswordInput = {
  /** The 6-digit code from the SMS. */
  code: Scalars['String']['input'];
  /** The new password, under `passwordRule`. */
  newPassword: Scalars['String']['input'];
  /** The registered mobile number. */
  phone: Scalars['String']['input'];
};

/** The result of resetPassword. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** When code entry opens again, after too many wrong codes. */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  /** How many sessions of the account were ended (every one). */
  revokedSessions: Maybe<Scalars['Int']['output']>;
  /** Why nothing changed. */
  userErrors: Array<UserError>;
};

/** The report to send again. */
export type RetryNationalReportInput = {
  /** The report (global ID). */
  reportId: Scalars['ID']['input'];
};

/** The report, due again now. */
export type RetryNationalReportPayload = {
  __typename?: 'RetryNationalReportPayload';
  /** The report, now PENDING with its next attempt due at once. */
  report: Maybe<NationalReport>;
  /** Why it was not retried (already delivered, not found). */
  userErrors: Array<UserError>;
};

/** An unused code to revoke. */
export type RevokeLicenseCodeInput = {
  /** The code's record (global ID). */
  grantId: Scalars['ID']['input'];
};

/** The revoked code, or why it was not revoked. */
export type RevokeLicenseCodePayload = {
  __typename?: 'RevokeLicenseCodePayload';
  /** The code's record, now revoked. */
  grant: Maybe<LicenseGrant>;
  /** Why it was not revoked. */
  userErrors: Array<UserError>;
};

/** What a signed-in user may do in the hall; one user may hold several roles. */
export type Role =
  /** System administrator: partner clients, figures, every submitted case. */
  | 'ADMIN'
  /** An applicant (自然人 or 法人): follows and evaluates their own cases. */
  | 'CITIZEN'
  /** 部门负责人: reads its own department's figures and lists (统计分析), read-only. */
  | 'DEPARTMENT_HEAD'
  /** 部门经办人: handles the cases and bad reviews of their own department. */
  | 'DEPARTMENT_STAFF'
  /** 好差评管理员: figures, appeals and every submitted case. */
  | 'SUPERVISOR'
  /** 窗口人员: records cases applied for at a service window. */
  | 'WINDOW_STAFF';

/** The client whose secret to rotate, and the overlap. */
export type RotateApiClientSecretInput = {
  /** The client (global ID). */
  apiClientId: Scalars['ID']['input'];
  /** How long the current secret stays valid beside the new one, in minutes: 0–10080 (7 days); 1440 when omitted. */
  overlapMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** The new secret, shown only in this answer; the old one works until previousSecretValidUntil. */
export type RotateApiClientSecretPayload = {
  __typename?: 'RotateApiClientSecretPayload';
  /** The client after the rotation. */
  apiClient: Maybe<ApiClient>;
  /** The new client secret; shown once. */
  clientSecret: Maybe<Scalars['String']['output']>;
  /** Why the secret was not rotated. */
  userErrors: Array<UserError>;
};

/** A draft (暂存件) to create or update. */
export type SaveApplicationDraftInput = {
  /** The caller's own 暂存件 to update; omit to start a new one. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** The whole form as it stands now (replaces what was saved; fields may be missing). */
  foreignInvestmentProject?: InputMaybe<ForeignInvestmentProjectInput>;
  /** The service item applied for; must match the draft's item when caseId is given. */
  itemId: Scalars['ID']['input'];
};

/** The saved draft, or why it was not saved. */
export type SaveApplicationDraftPayload = {
  __typename?: 'SaveApplicationDraftPayload';
  /** The draft as saved. */
  case: Maybe<Case>;
  /** Why the draft was not saved. */
  userErrors: Array<UserError>;
};

/** Which key of an item a search matched, the best one first. */
export type SearchMatch =
  /** The first letters of the name's pinyin (e.g. wstz). */
  | 'INITIALS'
  /** The item's name contains the words. */
  | 'NAME'
  /** The name's pinyin from the start of a syllable (e.g. waishang). */
  | 'PINYIN'
  /** One of the item's reviewed synonyms (e.g. 外资项目). */
  | 'SYNONYM';

/** What sendPhoneCode needs. */
export type SendPhoneCodeInput = {
  /** The 11-digit mobile number. */
  phone: Scalars['String']['input'];
  /** 注册, 找回密码 or 修改手机号. */
  purpose: PhoneCodePurpose;
};

/** The result of sendPhoneCode. */
export type SendPhoneCodePayload = {
  __typename?: 'SendPhoneCodePayload';
  /** When the code sent expires (for 找回密码 the same answer whether or not the number has an account). */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** When another code may be asked for, when throttled. */
  retryAt: Maybe<Scalars['DateTime']['output']>;
  /** Why nothing was sent. */
  userErrors: Array<UserError>;
};

/** Who a home-page category serves. */
export type ServiceAudience =
  /** 法人办事 */
  | 'LEGAL'
  /** 个人办事 */
  | 'PERSONAL';

/** A home-page entry of 个人办事 or 法人办事 (e.g. 生育收养, 企业开办). */
export type ServiceCategory = Node & {
  __typename?: 'ServiceCategory';
  /** 个人办事 or 法人办事. */
  audience: ServiceAudience;
  /** Stable code, e.g. personal-birth. */
  code: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The category's items, by name. */
  items: Array<ServiceItem>;
  /** Life event or topic. */
  kind: ServiceCategoryKind;
  /** Name shown on the home page. */
  name: Scalars['String']['output'];
};

/** How a home-page category groups items. */
export type ServiceCategoryKind =
  /** By life event (人生事件 for people, 企业生命周期 for companies). */
  | 'LIFE_EVENT'
  /** By topic (主题). */
  | 'TOPIC';

/** A service centre (政务服务中心) whose windows take booked visits. */
export type ServiceCentre = Node & {
  __typename?: 'ServiceCentre';
  /** Where it is. */
  address: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The centre's name, e.g. 天津市政务服务中心. */
  name: Scalars['String']['output'];
};

/** 审批事项 */
export type ServiceItem = Node & {
  __typename?: 'ServiceItem';
  /** The online form of the item, when it can be applied for online in the hall; null otherwise. */
  applicationForm: Maybe<ApplicationForm>;
  /** The home-page categories the item is listed under. */
  categories: Array<ServiceCategory>;
  /** The item's code (审批事项编码), used by partner systems in syncCase. */
  code: Scalars['String']['output'];
  /** 办事指南 申请条件; null when not published. */
  conditions: Maybe<Scalars['String']['output']>;
  /** 办事指南 咨询电话; null when not published. */
  consultPhone: Maybe<Scalars['String']['output']>;
  /** The department that handles the item. */
  department: Department;
  /** 办事指南 收费标准; null when not published. */
  fee: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Whether the signed-in person has starred the item (收藏); false for anyone else and when signed out. */
  isFavourite: Scalars['Boolean']['output'];
  /** The materials an application needs (申请材料), in display order. */
  materials: Array<ServiceItemMaterial>;
  /**
   * The 认证等级 the signed-in caller still needs to apply online (the item's `requiredLevel`): null when they have
   * it, or when nobody is signed in.
   */
  missingLevel: Maybe<RealNameLevel>;
  /** The item's name, e.g. 恢复养老保险待遇申请. */
  name: Scalars['String']['output'];
  /** Whether the item can be applied for online (网上申报). */
  onlineApplicable: Scalars['Boolean']['output'];
  /** 办事指南 办理地点 (the window); null when not published. */
  place: Maybe<Scalars['String']['output']>;
  /** 承诺时限 in working days, when published. */
  promisedDays: Maybe<Scalars['Int']['output']>;
  /** The 认证等级 an applicant needs to apply online; lower levels are refused with LEVEL_REQUIRED. */
  requiredLevel: RealNameLevel;
};

/** A page of the catalogue. */
export type ServiceItemConnection = {
  __typename?: 'ServiceItemConnection';
  /** The items of this page with their cursors. */
  edges: Array<ServiceItemEdge>;
  /** The items of this page. */
  nodes: Array<ServiceItem>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Items matching the filters across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One catalogue item with its cursor. */
export type ServiceItemEdge = {
  __typename?: 'ServiceItemEdge';
  /** Resume point after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ServiceItem;
};

/** One entry of an item's materials checklist (申请材料). */
export type ServiceItemMaterial = {
  __typename?: 'ServiceItemMaterial';
  /** Global ID (type ServiceItemMaterial): the slot an upload or a fetched license fills. */
  id: Scalars['ID']['output'];
  /** When set, the material can be fetched from the license library (获取证照库文件) instead of uploaded. */
  licenseType: Maybe<LicenseType>;
  /** The material's name, e.g. 项目申请报告. */
  name: Scalars['String']['output'];
  /** True when an application cannot be submitted without it (必需). */
  required: Scalars['Boolean']['output'];
  /** Position in the checklist, smallest first. */
  sortOrder: Scalars['Int']['output'];
};

/** A page of search results, best first. */
export type ServiceItemSearchConnection = {
  __typename?: 'ServiceItemSearchConnection';
  /** The results of this page with their cursors. */
  edges: Array<ServiceItemSearchEdge>;
  /** The results of this page. */
  nodes: Array<ServiceItemSearchHit>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Results across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One search result with its cursor. */
export type ServiceItemSearchEdge = {
  __typename?: 'ServiceItemSearchEdge';
  /** Resume point after this result. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: ServiceItemSearchHit;
};

/** One search result: the item and why it matched. */
export type ServiceItemSearchHit = {
  __typename?: 'ServiceItemSearchHit';
  /** The stretches of the item's name to highlight (empty when only a synonym matched). */
  highlights: Array<TextRange>;
  /** The item. */
  item: ServiceItem;
  /** The best key that matched. */
  matchedBy: SearchMatch;
  /** The rank: higher is a better match (exact name 100 … pinyin inside the name 40). */
  score: Scalars['Int']['output'];
  /** The synonym that matched, when `matchedBy` is SYNONYM. */
  synonym: Maybe<Scalars['String']['output']>;
};

/** Publishing or withdrawing a notice. */
export type SetNoticePublishedInput = {
  /** The notice. */
  noticeId: Scalars['ID']['input'];
  /** true: 发布 (now); false: 撤回 (no longer public). */
  published: Scalars['Boolean']['input'];
};

/** 开始办理 of an accepted case. */
export type StartProcessingInput = {
  /** The case (global ID). */
  caseId: Scalars['ID']['input'];
  /** The case version the clerk saw; a stale version is refused. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** A case whose corrected materials to submit. */
export type SubmitCorrectionInput = {
  /** The caller's own case in 补正. */
  caseId: Scalars['ID']['input'];
};

/** The case back in the department's queue, or why not. */
export type SubmitCorrectionPayload = {
  __typename?: 'SubmitCorrectionPayload';
  /** The case after submission (已接件). */
  case: Maybe<Case>;
  /** Why nothing was submitted: a material without a file (REQUIRED, field [input, materials, <name>]), or the case not in 补正. */
  userErrors: Array<UserError>;
};

/** The applicant's draft to submit. */
export type SubmitDraftInput = {
  /** The draft (global ID). */
  caseId: Scalars['ID']['input'];
};

/** 评价 of the caller's own completed case. */
export type SubmitEvaluationInput = {
  /** The case (global ID). */
  caseId: Scalars['ID']['input'];
  /** PC (default) or MOBILE; any other channel is refused (INVALID). */
  channel?: InputMaybe<EvaluationChannel>;
  /** At most 500 characters; required (non-blank) for DISSATISFIED and VERY_DISSATISFIED (userError REQUIRED on [input, comment]). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Each dimension at most once, only those of the case's window.dimensions; optional. */
  dimensionScores?: InputMaybe<Array<DimensionScoreInput>>;
  /** The grade. */
  level: EvaluationLevel;
};

/**
 * Errors: NOT_FOUND (not the caller's case / unknown), INVALID_TRANSITION (case not completed), EXPIRED (window closed),
 * TAKEN (already evaluated — also when two submissions race), REQUIRED/INVALID on comment, dimensionScores, channel.
 */
export type SubmitEvaluationPayload = {
  __typename?: 'SubmitEvaluationPayload';
  /** The evaluation as stored. */
  evaluation: Maybe<Evaluation>;
  /** Why the evaluation was not accepted. */
  userErrors: Array<UserError>;
};

/** One case as the partner system holds it (互联互通). */
export type SyncCaseInput = {
  /** When it was accepted (受理), if it was. */
  acceptedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The applicant's 居民身份证号; the case is matched to the hall's citizen with that number. */
  applicantIdNumber: Scalars['String']['input'];
  /** When the application was made. */
  appliedAt: Scalars['DateTime']['input'];
  /** The partner system's own business number, kept exactly as given. */
  businessNumber: Scalars['String']['input'];
  /** When it was completed (办结), if it was. */
  completedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How the result is delivered, once completed. */
  deliveryMethod?: InputMaybe<DeliveryMethod>;
  /** The service item's code (审批事项编码) in the hall's catalogue; it must belong to the client's department. */
  itemCode: Scalars['String']['input'];
  /** Text for the timeline, e.g. why it was not accepted. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The decision, once completed. */
  resultSummary?: InputMaybe<Scalars['String']['input']>;
  /** The case's status in the partner system. */
  status: CaseStatus;
  /** When the status changed in the partner system; updates older than the hall's copy are ignored. */
  statusChangedAt: Scalars['DateTime']['input'];
  /** The EMS tracking number when the result is posted. */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

/** The hall's copy after the sync, or why the update was refused. */
export type SyncCasePayload = {
  __typename?: 'SyncCasePayload';
  /** The hall's copy of the case. */
  case: Maybe<Case>;
  /** What the sync changed. */
  outcome: Maybe<SyncOutcome>;
  /** Why the update was refused; nothing changed then. */
  userErrors: Array<UserError>;
};

/** How a synced update changed the hall's copy of the case. */
export type SyncOutcome =
  /** The case was new and is now stored. */
  | 'CREATED'
  /** Older than what the hall already has; ignored so it cannot overwrite a newer status. */
  | 'STALE'
  /** The same update was already applied; nothing changed. */
  | 'UNCHANGED'
  /** The hall's copy took the newer status. */
  | 'UPDATED';

/** A stretch of a text, in characters (Unicode code points) from 0. */
export type TextRange = {
  __typename?: 'TextRange';
  /** How many characters. */
  length: Scalars['Int']['output'];
  /** First character of the stretch. */
  start: Scalars['Int']['output'];
};

/** A changed address. */
export type UpdateDeliveryAddressInput = {
  /** The address (global ID). */
  addressId: Scalars['ID']['input'];
  /** Its new fields. */
  fields: DeliveryAddressFields;
};

/** The caller's display settings. */
export type UpdateDisplaySettingsInput = {
  /** 关怀模式 on or off. */
  careMode: Scalars['Boolean']['input'];
};

/** The outcome of changing display settings. */
export type UpdateDisplaySettingsPayload = {
  __typename?: 'UpdateDisplaySettingsPayload';
  /** The user with the new settings. */
  user: Maybe<User>;
  /** Why the settings were not changed. */
  userErrors: Array<UserError>;
};

/** The user's notification settings. */
export type UpdateNotificationSettingsInput = {
  /** true: no SMS notifications (messages already queued are cancelled); false: SMS again. */
  smsOptOut: Scalars['Boolean']['input'];
};

/** The outcome of changing notification settings. */
export type UpdateNotificationSettingsPayload = {
  __typename?: 'UpdateNotificationSettingsPayload';
  /** The user with the new settings. */
  user: Maybe<User>;
  /** Why the settings were not changed. */
  userErrors: Array<UserError>;
};

/** Limits of uploads, to state on the form. */
export type UploadLimits = {
  __typename?: 'UploadLimits';
  /** Accepted content types, decided from the content: PDF, JPEG, PNG, OFD. */
  acceptedContentTypes: Array<Scalars['String']['output']>;
  /** Largest total of a case's uploaded files in bytes. */
  maxCaseBytes: Scalars['Int']['output'];
  /** Largest accepted file in bytes. */
  maxFileBytes: Scalars['Int']['output'];
};

/** A person who signs in to the hall. ID number and phone are shown masked only. */
export type User = Node & {
  __typename?: 'User';
  /** How many of the user's bookings window staff marked 爽约. */
  bookingNoShowCount: Scalars['Int']['output'];
  /** 我的预约: the user's bookings, newest first; only the user themself sees them. `first` is capped at 100. */
  bookings: BookingConnection;
  /** 关怀模式 (适老化): larger type and controls on every device the person signs in on; false for anyone else. */
  careMode: Scalars['Boolean']['output'];
  /** 邮政速递: the address book, default first then newest; only the person themself sees it. */
  deliveryAddresses: Array<DeliveryAddress>;
  /** The department a staff member belongs to. */
  department: Maybe<Department>;
  /** 我的收藏: the user's starred items, newest first; only the user themself sees them. `first` is capped at 100. */
  favouriteItems: FavouriteItemConnection;
  /** 我的文件: every file the user uploaded or fetched into their own cases (drafts included), newest first; only the user themself sees them. `first` is capped at 100. */
  files: CaseMaterialConnection;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** 自然人 or 法人. */
  kind: UserKind;
  /** The 居民身份证号, masked, e.g. 120***********123X; null until 实名认证 (a self-registered account). */
  maskedIdNumber: Maybe<Scalars['String']['output']>;
  /** The mobile number with its middle digits hidden; null when none is on file. */
  maskedPhone: Maybe<Scalars['String']['output']>;
  /** The person's real name. */
  name: Scalars['String']['output'];
  /** The user's notifications, newest first; only the user themself sees them. `first` is capped at 100. */
  notifications: NotificationConnection;
  /** 邮政速递: the own cases whose result is posted or to be posted, newest first. `first` is capped at 100. */
  postalDeliveries: PostalDeliveryConnection;
  /** 我的互动 → 咨询投诉: the user's questions and complaints, newest first; only the user themself sees them. `first` is capped at 100. */
  questions: QuestionConnection;
  /** How far the person's identity has been verified (认证等级). */
  realNameLevel: RealNameLevel;
  /** The user's roles. */
  roles: Array<Role>;
  /**
   * The user's sign-ins (登录记录), newest first: one per successful sign-in, with its device and address. With
   * `activeOnly`, only the sessions that are still signed in (在线设备). Only the user themself sees them.
   * `first` is capped at 100.
   */
  sessions: UserSessionConnection;
  /** Whether the user asked for no SMS notifications (the inbox still gets them); false for anyone else. */
  smsOptOut: Scalars['Boolean']['output'];
  /** How many of the user's notifications are unread (the header's count); 0 for anyone else. */
  unreadNotificationCount: Scalars['Int']['output'];
};


/** A person who signs in to the hall. ID number and phone are shown masked only. */
export type UserBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who signs in to the hall. ID number and phone are shown masked only. */
export type UserFavouriteItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who signs in to the hall. ID number and phone are shown masked only. */
export type UserFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who signs in to the hall. ID number and phone are shown masked only. */
export type UserNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A person who signs in to the hall. ID number and phone are shown masked only. */
export type UserPostalDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who signs in to the hall. ID number and phone are shown masked only. */
export type UserQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who signs in to the hall. ID number and phone are shown masked only. */
export type UserSessionsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a mutation's input was refused, in the caller's terms. */
export type UserError = {
  __typename?: 'UserError';
  /** The kind of refusal, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "comment"]; null when the error is about the whole input. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in Chinese, ready to show beside the field. */
  message: Scalars['String']['output'];
};

/** Why a mutation refused its input. */
export type UserErrorCode =
  /** The case's files would exceed the per-case limit. */
  | 'CASE_FILES_TOO_LARGE'
  /** An uploaded file has no content. */
  | 'EMPTY_FILE'
  /** A deadline has passed (e.g. the 7-day evaluation window). */
  | 'EXPIRED'
  /** An uploaded file is larger than the per-file limit. */
  | 'FILE_TOO_LARGE'
  /** The caller may use the operation, but not on this object. */
  | 'FORBIDDEN'
  /** The identity service found the ID number but not with this name (姓名与身份证号不一致), or the face did not match. */
  | 'IDENTITY_MISMATCH'
  /** The identity service knows no such person (查无此人). */
  | 'IDENTITY_NOT_FOUND'
  /** The value breaks a rule (format, range, check digit, state of the object). */
  | 'INVALID'
  /** The object's current status does not allow this change. */
  | 'INVALID_TRANSITION'
  /** The operation needs a higher 认证等级 than the caller has (the message names it); raise it and retry. */
  | 'LEVEL_REQUIRED'
  /** No object with this ID, or none the caller may see. */
  | 'NOT_FOUND'
  /** A value the operation needs is missing. */
  | 'REQUIRED'
  /** No place is left in the booking slot (已约满). */
  | 'SLOT_FULL'
  /** Someone changed the object since the caller read it (expectedVersion), or the update is older than the stored one. */
  | 'STALE'
  /** The value must be unique and is already used. */
  | 'TAKEN'
  /** Too many attempts or requests: the message says when to try again (sending or entering SMS codes, identity checks). */
  | 'THROTTLED'
  /** An outside service the operation needs did not answer (服务不可用); nothing changed, try again later. */
  | 'UNAVAILABLE'
  /** No citizen of the hall has this ID number. */
  | 'UNKNOWN_CITIZEN'
  /** The file's content is not PDF, JPEG, PNG or OFD. */
  | 'UNSUPPORTED_FILE_TYPE';

/** Whether an account is a person (自然人) or acts for a company (法人). */
export type UserKind =
  /** 法人 */
  | 'COMPANY'
  /** 自然人 */
  | 'PERSON';

/** One sign-in of a user with a password and the session it opened (登录记录, 在线设备). */
export type UserSession = Node & {
  __typename?: 'UserSession';
  /** The network address it signed in from (登录地址); null when unknown. */
  address: Maybe<Scalars['String']['output']>;
  /** Whether this is the session making the request (当前设备). */
  current: Scalars['Boolean']['output'];
  /** The browser and system it signed in from (设备), e.g. “Chrome 131 · Windows 10”; 未知设备 when unknown. */
  device: Scalars['String']['output'];
  /** When the session ended (退出 or password change); null unless it was ended. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The last request made with this session (recorded at most once a minute). */
  lastSeenAt: Scalars['DateTime']['output'];
  /** When the user signed in (登录时间). */
  signedInAt: Scalars['DateTime']['output'];
  /** Where the sign-in stands now. */
  state: UserSessionState;
};

/** A page of sign-ins, newest first. */
export type UserSessionConnection = {
  __typename?: 'UserSessionConnection';
  /** The sign-ins of this page with their cursors. */
  edges: Array<UserSessionEdge>;
  /** The sign-ins of this page. */
  nodes: Array<UserSession>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Sign-ins across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A sign-in and its cursor. */
export type UserSessionEdge = {
  __typename?: 'UserSessionEdge';
  /** Resume point after this sign-in. */
  cursor: Scalars['String']['output'];
  /** The sign-in. */
  node: UserSession;
};

/** Where a sign-in stands now. */
export type UserSessionState =
  /** 在线: still signs its user in */
  | 'ACTIVE'
  /** 已退出: ended by 退出 or by a password change */
  | 'ENDED'
  /** 已过期: idle too long or past its lifetime */
  | 'EXPIRED';

/** The result of verifyRealName and verifyRealPerson. */
export type VerifyIdentityPayload = {
  __typename?: 'VerifyIdentityPayload';
  /** When checks open again, after too many failures. */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  /** The caller with the raised level. */
  user: Maybe<User>;
  /** Why the level did not change. */
  userErrors: Array<UserError>;
};

/** What 实名认证 needs. */
export type VerifyRealNameInput = {
  /** 居民身份证号 (18 characters, check digit verified). */
  idNumber: Scalars['String']['input'];
  /** 姓名 as on the ID card. */
  name: Scalars['String']['input'];
};

/** What 实人认证 needs. */
export type VerifyRealPersonInput = {
  /** The face SDK's result token for the face just captured on the user's device. */
  livenessToken: Scalars['String']['input'];
};

/** One event sent (or to send) to one webhook endpoint. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the endpoint accepted it. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The delivery id: the X-Hall-Delivery header and the body's `id`, the same on every retry and redelivery. */
  deliveryId: Scalars['String']['output'];
  /** The endpoint it goes to. */
  endpointUrl: Scalars['String']['output'];
  /** The event type. */
  eventType: Scalars['String']['output'];
  /** Opaque global ID (redeliverWebhook takes it). */
  id: Scalars['ID']['output'];
  /** The endpoint's last answer to a failed attempt: HTTP status and body, a timeout or a connection error. */
  lastAnswer: Maybe<Scalars['String']['output']>;
  /** When it is tried next (PENDING, RETRYING). */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** When the change happened in the hall. */
  occurredAt: Scalars['DateTime']['output'];
  /** Where its delivery stands. */
  status: WebhookDeliveryStatus;
};

/** Webhook deliveries, newest event first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** The deliveries of this page. */
  nodes: Array<WebhookDelivery>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One webhook delivery with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Resume point after this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where one event stands in its delivery to one endpoint. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Failed on every attempt (25); redeliver it once the endpoint works. */
  | 'FAILED'
  /** Not tried yet, or waiting for an earlier event of the same case. */
  | 'PENDING'
  /** Tried and failed; tried again at nextAttemptAt. */
  | 'RETRYING';

/** A partner system's endpoint that receives the hall's events as signed HTTPS POSTs (docs/partners.md, Webhooks). */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The event types it receives, e.g. case.status_changed, evaluation.submitted. */
  eventTypes: Array<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** False once disabled; no further deliveries are made to it. */
  isActive: Scalars['Boolean']['output'];
  /** Where the events are POSTed: https://, or http:// to localhost outside production (development and tests). */
  url: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( BookingModel & { __typename: 'Booking' } )
    | ( BookingSlotModel & { __typename: 'BookingSlot' } )
    | ( CaseModel & { __typename: 'Case' } )
    | ( DeliveryAddressModel & { __typename: 'DeliveryAddress' } )
    | ( DepartmentModel & { __typename: 'Department' } )
    | ( EvaluationModel & { __typename: 'Evaluation' } )
    | ( EvaluationAppealModel & { __typename: 'EvaluationAppeal' } )
    | ( FirmLinkModel & { __typename: 'FirmLink' } )
    | ( LicenseModel & { __typename: 'License' } )
    | ( LicenseGrantModel & { __typename: 'LicenseGrant' } )
    | ( NoticeModel & { __typename: 'Notice' } )
    | ( NotificationModel & { __typename: 'Notification' } )
    | ( QuestionModel & { __typename: 'Question' } )
    | ( ServiceCategoryModel & { __typename: 'ServiceCategory' } )
    | ( ServiceCentreModel & { __typename: 'ServiceCentre' } )
    | ( ServiceItemModel & { __typename: 'ServiceItem' } )
    | ( UserModel & { __typename: 'User' } )
    | ( UserSessionModel & { __typename: 'UserSession' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptCaseInput: AcceptCaseInput;
  AddDeliveryAddressInput: AddDeliveryAddressInput;
  AddFavouriteItemPayload: ResolverTypeWrapper<Omit<AddFavouriteItemPayload, 'favourite'> & { favourite?: Maybe<ResolversTypes['FavouriteItem']> }>;
  AnswerQuestionInput: AnswerQuestionInput;
  AnswerQuestionPayload: ResolverTypeWrapper<Omit<AnswerQuestionPayload, 'question'> & { question?: Maybe<ResolversTypes['Question']> }>;
  ApiClient: ResolverTypeWrapper<ApiClientModel>;
  ApiClientConnection: ResolverTypeWrapper<Omit<ApiClientConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ApiClientEdge']>, nodes: Array<ResolversTypes['ApiClient']> }>;
  ApiClientEdge: ResolverTypeWrapper<Omit<ApiClientEdge, 'node'> & { node: ResolversTypes['ApiClient'] }>;
  ApiClientUsage: ResolverTypeWrapper<ApiClientUsage>;
  ApplicationForm: ApplicationForm;
  AppointLicenseAdministratorInput: AppointLicenseAdministratorInput;
  AskQuestionInput: AskQuestionInput;
  AskQuestionPayload: ResolverTypeWrapper<Omit<AskQuestionPayload, 'question'> & { question?: Maybe<ResolversTypes['Question']> }>;
  BookVisitInput: BookVisitInput;
  BookVisitPayload: ResolverTypeWrapper<Omit<BookVisitPayload, 'booking'> & { booking?: Maybe<ResolversTypes['Booking']> }>;
  Booking: ResolverTypeWrapper<BookingModel>;
  BookingAttendance: BookingAttendance;
  BookingConnection: ResolverTypeWrapper<Omit<BookingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BookingEdge']>, nodes: Array<ResolversTypes['Booking']> }>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingRules: ResolverTypeWrapper<BookingRules>;
  BookingSlot: ResolverTypeWrapper<BookingSlotModel>;
  BookingSlotConnection: ResolverTypeWrapper<Omit<BookingSlotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BookingSlotEdge']>, nodes: Array<ResolversTypes['BookingSlot']> }>;
  BookingSlotEdge: ResolverTypeWrapper<Omit<BookingSlotEdge, 'node'> & { node: ResolversTypes['BookingSlot'] }>;
  BookingStatus: BookingStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CancelBookingInput: CancelBookingInput;
  CancelBookingPayload: ResolverTypeWrapper<Omit<CancelBookingPayload, 'booking'> & { booking?: Maybe<ResolversTypes['Booking']> }>;
  Case: ResolverTypeWrapper<CaseModel>;
  CaseAction: CaseAction;
  CaseApplication: ResolverTypeWrapper<CaseApplication>;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseEdge']>, nodes: Array<ResolversTypes['Case']> }>;
  CaseCorrection: ResolverTypeWrapper<CaseCorrectionView>;
  CaseDeliveryAddress: ResolverTypeWrapper<CaseDeliveryAddressModel>;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseEvent: ResolverTypeWrapper<CaseEventModel>;
  CaseList: CaseList;
  CaseListCount: ResolverTypeWrapper<CaseListCount>;
  CaseMaterial: ResolverTypeWrapper<CaseMaterialModel>;
  CaseMaterialConnection: ResolverTypeWrapper<Omit<CaseMaterialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseMaterialEdge']>, nodes: Array<ResolversTypes['CaseMaterial']> }>;
  CaseMaterialEdge: ResolverTypeWrapper<Omit<CaseMaterialEdge, 'node'> & { node: ResolversTypes['CaseMaterial'] }>;
  CaseSource: CaseSource;
  CaseStatus: CaseStatus;
  CaseTransitionPayload: ResolverTypeWrapper<Omit<CaseTransitionPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  ChangeLicenseStatusInput: ChangeLicenseStatusInput;
  ChangeLicenseStatusPayload: ResolverTypeWrapper<Omit<ChangeLicenseStatusPayload, 'license'> & { license?: Maybe<ResolversTypes['License']> }>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<ChangePasswordPayload>;
  ChangePhoneInput: ChangePhoneInput;
  ChangePhonePayload: ResolverTypeWrapper<Omit<ChangePhonePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  ChooseCaseDeliveryAddressInput: ChooseCaseDeliveryAddressInput;
  ChooseCaseDeliveryAddressPayload: ResolverTypeWrapper<Omit<ChooseCaseDeliveryAddressPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  CitizenLookupPayload: ResolverTypeWrapper<CitizenLookupPayload>;
  CitizenMatch: ResolverTypeWrapper<CitizenMatch>;
  CompleteCaseInput: CompleteCaseInput;
  ConsentText: ResolverTypeWrapper<ConsentText>;
  CorrectionItem: ResolverTypeWrapper<CorrectionItemView>;
  CreateApiClientInput: CreateApiClientInput;
  CreateApiClientPayload: ResolverTypeWrapper<Omit<CreateApiClientPayload, 'apiClient'> & { apiClient?: Maybe<ResolversTypes['ApiClient']> }>;
  CreateNoticeInput: CreateNoticeInput;
  Currency: Currency;
  Dashboard: ResolverTypeWrapper<DashboardModel>;
  DashboardAlert: ResolverTypeWrapper<AlertModel>;
  DashboardAlertKind: DashboardAlertKind;
  DashboardCaseConnection: ResolverTypeWrapper<Omit<DashboardCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DashboardCaseEdge']>, nodes: Array<ResolversTypes['Case']> }>;
  DashboardCaseEdge: ResolverTypeWrapper<Omit<DashboardCaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  DashboardCaseFigures: ResolverTypeWrapper<DashboardCaseFigures>;
  DashboardCaseFilter: DashboardCaseFilter;
  DashboardDepartmentRow: ResolverTypeWrapper<DashboardDepartmentRowModel>;
  DashboardDimensionScore: ResolverTypeWrapper<DashboardDimensionScore>;
  DashboardEvaluationConnection: ResolverTypeWrapper<Omit<DashboardEvaluationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EvaluationEdge']>, nodes: Array<ResolversTypes['Evaluation']> }>;
  DashboardEvaluationFilter: DashboardEvaluationFilter;
  DashboardItemRow: ResolverTypeWrapper<DashboardItemRowModel>;
  DashboardPeriod: ResolverTypeWrapper<DashboardPeriod>;
  DashboardPeriodInput: DashboardPeriodInput;
  DashboardPeriodKind: DashboardPeriodKind;
  DashboardSourceCount: ResolverTypeWrapper<DashboardSourceCount>;
  DashboardStatusCount: ResolverTypeWrapper<DashboardStatusCount>;
  DashboardTrendPoint: ResolverTypeWrapper<DashboardTrendPoint>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideEvaluationAppealInput: DecideEvaluationAppealInput;
  DecideFirmLinkInput: DecideFirmLinkInput;
  DeleteDeliveryAddressPayload: ResolverTypeWrapper<DeleteDeliveryAddressPayload>;
  DeliveryAddress: ResolverTypeWrapper<DeliveryAddressModel>;
  DeliveryAddressFields: DeliveryAddressFields;
  DeliveryAddressPayload: ResolverTypeWrapper<Omit<DeliveryAddressPayload, 'address'> & { address?: Maybe<ResolversTypes['DeliveryAddress']> }>;
  DeliveryAddressRefInput: DeliveryAddressRefInput;
  DeliveryMethod: DeliveryMethod;
  Department: ResolverTypeWrapper<DepartmentModel>;
  DepartmentQuestionConnection: ResolverTypeWrapper<Omit<DepartmentQuestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['QuestionEdge']>, nodes: Array<ResolversTypes['Question']> }>;
  DimensionScore: ResolverTypeWrapper<DimensionScore>;
  DimensionScoreInput: DimensionScoreInput;
  DisableApiClientInput: DisableApiClientInput;
  DisableApiClientPayload: ResolverTypeWrapper<Omit<DisableApiClientPayload, 'apiClient'> & { apiClient?: Maybe<ResolversTypes['ApiClient']> }>;
  DisableWebhookEndpointInput: DisableWebhookEndpointInput;
  DisableWebhookEndpointPayload: ResolverTypeWrapper<Omit<DisableWebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  EndSessionInput: EndSessionInput;
  EndSessionPayload: ResolverTypeWrapper<Omit<EndSessionPayload, 'session'> & { session?: Maybe<ResolversTypes['UserSession']> }>;
  Evaluation: ResolverTypeWrapper<EvaluationModel>;
  EvaluationAppeal: ResolverTypeWrapper<EvaluationAppealModel>;
  EvaluationAppealConnection: ResolverTypeWrapper<Omit<EvaluationAppealConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EvaluationAppealEdge']>, nodes: Array<ResolversTypes['EvaluationAppeal']> }>;
  EvaluationAppealDecision: EvaluationAppealDecision;
  EvaluationAppealEdge: ResolverTypeWrapper<Omit<EvaluationAppealEdge, 'node'> & { node: ResolversTypes['EvaluationAppeal'] }>;
  EvaluationAppealPayload: ResolverTypeWrapper<Omit<EvaluationAppealPayload, 'appeal'> & { appeal?: Maybe<ResolversTypes['EvaluationAppeal']> }>;
  EvaluationAppealStatus: EvaluationAppealStatus;
  EvaluationChannel: EvaluationChannel;
  EvaluationConnection: ResolverTypeWrapper<Omit<EvaluationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EvaluationEdge']>, nodes: Array<ResolversTypes['Evaluation']> }>;
  EvaluationDimension: EvaluationDimension;
  EvaluationEdge: ResolverTypeWrapper<Omit<EvaluationEdge, 'node'> & { node: ResolversTypes['Evaluation'] }>;
  EvaluationFigureRow: ResolverTypeWrapper<FigureRowModel>;
  EvaluationFigures: ResolverTypeWrapper<Omit<EvaluationFigures, 'byDepartment' | 'overall'> & { byDepartment: Array<ResolversTypes['EvaluationFigureRow']>, overall: ResolversTypes['EvaluationFigureRow'] }>;
  EvaluationLevel: EvaluationLevel;
  EvaluationNote: ResolverTypeWrapper<EvaluationNoteModel>;
  EvaluationNoteInput: EvaluationNoteInput;
  EvaluationPayload: ResolverTypeWrapper<Omit<EvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  EvaluationReplyKind: EvaluationReplyKind;
  EvaluationReplyState: EvaluationReplyState;
  EvaluationReplyStateCount: ResolverTypeWrapper<EvaluationReplyStateCount>;
  EvaluationRules: ResolverTypeWrapper<EvaluationRules>;
  EvaluationWindow: ResolverTypeWrapper<EvaluationWindow>;
  FavouriteItem: ResolverTypeWrapper<FavouriteItemModel>;
  FavouriteItemConnection: ResolverTypeWrapper<Omit<FavouriteItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FavouriteItemEdge']>, nodes: Array<ResolversTypes['FavouriteItem']> }>;
  FavouriteItemEdge: ResolverTypeWrapper<Omit<FavouriteItemEdge, 'node'> & { node: ResolversTypes['FavouriteItem'] }>;
  FavouriteItemInput: FavouriteItemInput;
  FetchLicenseMaterialInput: FetchLicenseMaterialInput;
  FetchLicenseMaterialPayload: ResolverTypeWrapper<Omit<FetchLicenseMaterialPayload, 'material'> & { material?: Maybe<ResolversTypes['CaseMaterial']> }>;
  FileEvaluationAppealInput: FileEvaluationAppealInput;
  FirmLink: ResolverTypeWrapper<FirmLinkModel>;
  FirmLinkPayload: ResolverTypeWrapper<Omit<FirmLinkPayload, 'firmLink'> & { firmLink?: Maybe<ResolversTypes['FirmLink']> }>;
  FirmLinkStatus: FirmLinkStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForeignInvestmentProjectApplication: ResolverTypeWrapper<ForeignInvestmentProjectApplication>;
  ForeignInvestmentProjectInput: ForeignInvestmentProjectInput;
  ForeignInvestor: ResolverTypeWrapper<ForeignInvestor>;
  ForeignInvestorInput: ForeignInvestorInput;
  GenerateLicenseCodeInput: GenerateLicenseCodeInput;
  GenerateLicenseCodePayload: ResolverTypeWrapper<Omit<GenerateLicenseCodePayload, 'grant'> & { grant?: Maybe<ResolversTypes['LicenseGrant']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  License: ResolverTypeWrapper<LicenseModel>;
  LicenseAccess: ResolverTypeWrapper<LicenseAccessModel>;
  LicenseAccessConnection: ResolverTypeWrapper<Omit<LicenseAccessConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LicenseAccessEdge']>, nodes: Array<ResolversTypes['LicenseAccess']> }>;
  LicenseAccessEdge: ResolverTypeWrapper<Omit<LicenseAccessEdge, 'node'> & { node: ResolversTypes['LicenseAccess'] }>;
  LicenseAccessOutcome: LicenseAccessOutcome;
  LicenseAdministrator: ResolverTypeWrapper<LicenseAdministratorModel>;
  LicenseAdministratorPayload: ResolverTypeWrapper<Omit<LicenseAdministratorPayload, 'license'> & { license?: Maybe<ResolversTypes['License']> }>;
  LicenseGrant: ResolverTypeWrapper<LicenseGrantModel>;
  LicenseGrantConnection: ResolverTypeWrapper<Omit<LicenseGrantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LicenseGrantEdge']>, nodes: Array<ResolversTypes['LicenseGrant']> }>;
  LicenseGrantEdge: ResolverTypeWrapper<Omit<LicenseGrantEdge, 'node'> & { node: ResolversTypes['LicenseGrant'] }>;
  LicenseGrantStatus: LicenseGrantStatus;
  LicenseSnapshot: ResolverTypeWrapper<LicenseSnapshotData>;
  LicenseStatus: LicenseStatus;
  LicenseType: LicenseType;
  LinkBookingCaseInput: LinkBookingCaseInput;
  LinkBookingCasePayload: ResolverTypeWrapper<Omit<LinkBookingCasePayload, 'booking'> & { booking?: Maybe<ResolversTypes['Booking']> }>;
  MarkBookingAttendanceInput: MarkBookingAttendanceInput;
  MarkBookingAttendancePayload: ResolverTypeWrapper<Omit<MarkBookingAttendancePayload, 'booking'> & { booking?: Maybe<ResolversTypes['Booking']> }>;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalReport: ResolverTypeWrapper<NationalReportRow>;
  NationalReportConnection: ResolverTypeWrapper<Omit<NationalReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NationalReportEdge']>, nodes: Array<ResolversTypes['NationalReport']> }>;
  NationalReportEdge: ResolverTypeWrapper<Omit<NationalReportEdge, 'node'> & { node: ResolversTypes['NationalReport'] }>;
  NationalReportStatus: NationalReportStatus;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notice: ResolverTypeWrapper<NoticeModel>;
  NoticeConnection: ResolverTypeWrapper<Omit<NoticeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NoticeEdge']>, nodes: Array<ResolversTypes['Notice']> }>;
  NoticeEdge: ResolverTypeWrapper<Omit<NoticeEdge, 'node'> & { node: ResolversTypes['Notice'] }>;
  NoticePayload: ResolverTypeWrapper<Omit<NoticePayload, 'notice'> & { notice?: Maybe<ResolversTypes['Notice']> }>;
  Notification: ResolverTypeWrapper<NotificationModel>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NotificationEdge']>, nodes: Array<ResolversTypes['Notification']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerCaseConnection: ResolverTypeWrapper<Omit<PartnerCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseEdge']>, nodes: Array<ResolversTypes['Case']> }>;
  PartnerEvaluationConnection: ResolverTypeWrapper<Omit<PartnerEvaluationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PartnerEvaluationEdge']>, nodes: Array<ResolversTypes['Evaluation']> }>;
  PartnerEvaluationEdge: ResolverTypeWrapper<Omit<PartnerEvaluationEdge, 'node'> & { node: ResolversTypes['Evaluation'] }>;
  PartnerRead: ResolverTypeWrapper<PartnerReadRow>;
  PartnerReadConnection: ResolverTypeWrapper<Omit<PartnerReadConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PartnerReadEdge']>, nodes: Array<ResolversTypes['PartnerRead']> }>;
  PartnerReadEdge: ResolverTypeWrapper<Omit<PartnerReadEdge, 'node'> & { node: ResolversTypes['PartnerRead'] }>;
  PasswordRule: ResolverTypeWrapper<PasswordRule>;
  PhoneCodePurpose: PhoneCodePurpose;
  PopularServiceItem: ResolverTypeWrapper<PopularItemModel>;
  PostalDelivery: ResolverTypeWrapper<PostalDeliveryRow>;
  PostalDeliveryConnection: ResolverTypeWrapper<Omit<PostalDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PostalDeliveryEdge']>, nodes: Array<ResolversTypes['PostalDelivery']> }>;
  PostalDeliveryEdge: ResolverTypeWrapper<Omit<PostalDeliveryEdge, 'node'> & { node: ResolversTypes['PostalDelivery'] }>;
  PostalDeliveryStatus: PostalDeliveryStatus;
  PublishLicenseInput: PublishLicenseInput;
  PublishLicensePayload: ResolverTypeWrapper<Omit<PublishLicensePayload, 'license'> & { license?: Maybe<ResolversTypes['License']> }>;
  PublishOutcome: PublishOutcome;
  PublishedFigureRow: ResolverTypeWrapper<PublishedFigureRowModel>;
  PublishedFigures: ResolverTypeWrapper<Omit<PublishedFigures, 'month' | 'year'> & { month: Array<ResolversTypes['PublishedFigureRow']>, year: Array<ResolversTypes['PublishedFigureRow']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<QuestionModel>;
  QuestionConnection: ResolverTypeWrapper<Omit<QuestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['QuestionEdge']>, nodes: Array<ResolversTypes['Question']> }>;
  QuestionEdge: ResolverTypeWrapper<Omit<QuestionEdge, 'node'> & { node: ResolversTypes['Question'] }>;
  QuestionKind: QuestionKind;
  QuestionRules: ResolverTypeWrapper<QuestionRules>;
  QuestionState: QuestionState;
  QuestionStateCount: ResolverTypeWrapper<QuestionStateCount>;
  RateLimit: ResolverTypeWrapper<RateLimit>;
  RealNameLevel: RealNameLevel;
  RecordWindowCaseInput: RecordWindowCaseInput;
  RecordWindowCasePayload: ResolverTypeWrapper<Omit<RecordWindowCasePayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RedeliverWebhookPayload: ResolverTypeWrapper<Omit<RedeliverWebhookPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['WebhookDelivery']> }>;
  RegisterAccountInput: RegisterAccountInput;
  RegisterAccountPayload: ResolverTypeWrapper<Omit<RegisterAccountPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  RegisterWebhookEndpointInput: RegisterWebhookEndpointInput;
  RegisterWebhookEndpointPayload: ResolverTypeWrapper<Omit<RegisterWebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  RegistrationTerms: ResolverTypeWrapper<RegistrationTerms>;
  RejectCaseInput: RejectCaseInput;
  RemoveCaseMaterialInput: RemoveCaseMaterialInput;
  RemoveCaseMaterialPayload: ResolverTypeWrapper<Omit<RemoveCaseMaterialPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  RemoveCorrectionMaterialInput: RemoveCorrectionMaterialInput;
  RemoveCorrectionMaterialPayload: ResolverTypeWrapper<Omit<RemoveCorrectionMaterialPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  RemoveFavouriteItemPayload: ResolverTypeWrapper<Omit<RemoveFavouriteItemPayload, 'item'> & { item?: Maybe<ResolversTypes['ServiceItem']> }>;
  RemoveLicenseAdministratorInput: RemoveLicenseAdministratorInput;
  ReplyToEvaluationInput: ReplyToEvaluationInput;
  RequestCorrectionInput: RequestCorrectionInput;
  RequestFirmLinkInput: RequestFirmLinkInput;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResolverTypeWrapper<ResetPasswordPayload>;
  RetryNationalReportInput: RetryNationalReportInput;
  RetryNationalReportPayload: ResolverTypeWrapper<Omit<RetryNationalReportPayload, 'report'> & { report?: Maybe<ResolversTypes['NationalReport']> }>;
  RevokeLicenseCodeInput: RevokeLicenseCodeInput;
  RevokeLicenseCodePayload: ResolverTypeWrapper<Omit<RevokeLicenseCodePayload, 'grant'> & { grant?: Maybe<ResolversTypes['LicenseGrant']> }>;
  Role: Role;
  RotateApiClientSecretInput: RotateApiClientSecretInput;
  RotateApiClientSecretPayload: ResolverTypeWrapper<Omit<RotateApiClientSecretPayload, 'apiClient'> & { apiClient?: Maybe<ResolversTypes['ApiClient']> }>;
  SaveApplicationDraftInput: SaveApplicationDraftInput;
  SaveApplicationDraftPayload: ResolverTypeWrapper<Omit<SaveApplicationDraftPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  SearchMatch: SearchMatch;
  SendPhoneCodeInput: SendPhoneCodeInput;
  SendPhoneCodePayload: ResolverTypeWrapper<SendPhoneCodePayload>;
  ServiceAudience: ServiceAudience;
  ServiceCategory: ResolverTypeWrapper<ServiceCategoryModel>;
  ServiceCategoryKind: ServiceCategoryKind;
  ServiceCentre: ResolverTypeWrapper<ServiceCentreModel>;
  ServiceItem: ResolverTypeWrapper<ServiceItemModel>;
  ServiceItemConnection: ResolverTypeWrapper<Omit<ServiceItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceItemEdge']>, nodes: Array<ResolversTypes['ServiceItem']> }>;
  ServiceItemEdge: ResolverTypeWrapper<Omit<ServiceItemEdge, 'node'> & { node: ResolversTypes['ServiceItem'] }>;
  ServiceItemMaterial: ResolverTypeWrapper<ServiceItemMaterialModel>;
  ServiceItemSearchConnection: ResolverTypeWrapper<Omit<ServiceItemSearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceItemSearchEdge']>, nodes: Array<ResolversTypes['ServiceItemSearchHit']> }>;
  ServiceItemSearchEdge: ResolverTypeWrapper<Omit<ServiceItemSearchEdge, 'node'> & { node: ResolversTypes['ServiceItemSearchHit'] }>;
  ServiceItemSearchHit: ResolverTypeWrapper<SearchHitModel>;
  SetNoticePublishedInput: SetNoticePublishedInput;
  StartProcessingInput: StartProcessingInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitCorrectionInput: SubmitCorrectionInput;
  SubmitCorrectionPayload: ResolverTypeWrapper<Omit<SubmitCorrectionPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  SubmitDraftInput: SubmitDraftInput;
  SubmitEvaluationInput: SubmitEvaluationInput;
  SubmitEvaluationPayload: ResolverTypeWrapper<Omit<SubmitEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  SyncCaseInput: SyncCaseInput;
  SyncCasePayload: ResolverTypeWrapper<Omit<SyncCasePayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  SyncOutcome: SyncOutcome;
  TextRange: ResolverTypeWrapper<TextRange>;
  UpdateDeliveryAddressInput: UpdateDeliveryAddressInput;
  UpdateDisplaySettingsInput: UpdateDisplaySettingsInput;
  UpdateDisplaySettingsPayload: ResolverTypeWrapper<Omit<UpdateDisplaySettingsPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  UpdateNotificationSettingsInput: UpdateNotificationSettingsInput;
  UpdateNotificationSettingsPayload: ResolverTypeWrapper<Omit<UpdateNotificationSettingsPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  UploadLimits: ResolverTypeWrapper<UploadLimits>;
  User: ResolverTypeWrapper<UserModel>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserKind: UserKind;
  UserSession: ResolverTypeWrapper<UserSessionModel>;
  UserSessionConnection: ResolverTypeWrapper<Omit<UserSessionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UserSessionEdge']>, nodes: Array<ResolversTypes['UserSession']> }>;
  UserSessionEdge: ResolverTypeWrapper<Omit<UserSessionEdge, 'node'> & { node: ResolversTypes['UserSession'] }>;
  UserSessionState: UserSessionState;
  VerifyIdentityPayload: ResolverTypeWrapper<Omit<VerifyIdentityPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  VerifyRealNameInput: VerifyRealNameInput;
  VerifyRealPersonInput: VerifyRealPersonInput;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']>, nodes: Array<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptCaseInput: AcceptCaseInput;
  AddDeliveryAddressInput: AddDeliveryAddressInput;
  AddFavouriteItemPayload: Omit<AddFavouriteItemPayload, 'favourite'> & { favourite?: Maybe<ResolversParentTypes['FavouriteItem']> };
  AnswerQuestionInput: AnswerQuestionInput;
  AnswerQuestionPayload: Omit<AnswerQuestionPayload, 'question'> & { question?: Maybe<ResolversParentTypes['Question']> };
  ApiClient: ApiClientModel;
  ApiClientConnection: Omit<ApiClientConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ApiClientEdge']>, nodes: Array<ResolversParentTypes['ApiClient']> };
  ApiClientEdge: Omit<ApiClientEdge, 'node'> & { node: ResolversParentTypes['ApiClient'] };
  ApiClientUsage: ApiClientUsage;
  AppointLicenseAdministratorInput: AppointLicenseAdministratorInput;
  AskQuestionInput: AskQuestionInput;
  AskQuestionPayload: Omit<AskQuestionPayload, 'question'> & { question?: Maybe<ResolversParentTypes['Question']> };
  BookVisitInput: BookVisitInput;
  BookVisitPayload: Omit<BookVisitPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['Booking']> };
  Booking: BookingModel;
  BookingConnection: Omit<BookingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BookingEdge']>, nodes: Array<ResolversParentTypes['Booking']> };
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingRules: BookingRules;
  BookingSlot: BookingSlotModel;
  BookingSlotConnection: Omit<BookingSlotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BookingSlotEdge']>, nodes: Array<ResolversParentTypes['BookingSlot']> };
  BookingSlotEdge: Omit<BookingSlotEdge, 'node'> & { node: ResolversParentTypes['BookingSlot'] };
  Boolean: Scalars['Boolean']['output'];
  CancelBookingInput: CancelBookingInput;
  CancelBookingPayload: Omit<CancelBookingPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['Booking']> };
  Case: CaseModel;
  CaseApplication: CaseApplication;
  CaseConnection: Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseEdge']>, nodes: Array<ResolversParentTypes['Case']> };
  CaseCorrection: CaseCorrectionView;
  CaseDeliveryAddress: CaseDeliveryAddressModel;
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseEvent: CaseEventModel;
  CaseListCount: CaseListCount;
  CaseMaterial: CaseMaterialModel;
  CaseMaterialConnection: Omit<CaseMaterialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseMaterialEdge']>, nodes: Array<ResolversParentTypes['CaseMaterial']> };
  CaseMaterialEdge: Omit<CaseMaterialEdge, 'node'> & { node: ResolversParentTypes['CaseMaterial'] };
  CaseTransitionPayload: Omit<CaseTransitionPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  ChangeLicenseStatusInput: ChangeLicenseStatusInput;
  ChangeLicenseStatusPayload: Omit<ChangeLicenseStatusPayload, 'license'> & { license?: Maybe<ResolversParentTypes['License']> };
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ChangePasswordPayload;
  ChangePhoneInput: ChangePhoneInput;
  ChangePhonePayload: Omit<ChangePhonePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  ChooseCaseDeliveryAddressInput: ChooseCaseDeliveryAddressInput;
  ChooseCaseDeliveryAddressPayload: Omit<ChooseCaseDeliveryAddressPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  CitizenLookupPayload: CitizenLookupPayload;
  CitizenMatch: CitizenMatch;
  CompleteCaseInput: CompleteCaseInput;
  ConsentText: ConsentText;
  CorrectionItem: CorrectionItemView;
  CreateApiClientInput: CreateApiClientInput;
  CreateApiClientPayload: Omit<CreateApiClientPayload, 'apiClient'> & { apiClient?: Maybe<ResolversParentTypes['ApiClient']> };
  CreateNoticeInput: CreateNoticeInput;
  Dashboard: DashboardModel;
  DashboardAlert: AlertModel;
  DashboardCaseConnection: Omit<DashboardCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DashboardCaseEdge']>, nodes: Array<ResolversParentTypes['Case']> };
  DashboardCaseEdge: Omit<DashboardCaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  DashboardCaseFigures: DashboardCaseFigures;
  DashboardDepartmentRow: DashboardDepartmentRowModel;
  DashboardDimensionScore: DashboardDimensionScore;
  DashboardEvaluationConnection: Omit<DashboardEvaluationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EvaluationEdge']>, nodes: Array<ResolversParentTypes['Evaluation']> };
  DashboardItemRow: DashboardItemRowModel;
  DashboardPeriod: DashboardPeriod;
  DashboardPeriodInput: DashboardPeriodInput;
  DashboardSourceCount: DashboardSourceCount;
  DashboardStatusCount: DashboardStatusCount;
  DashboardTrendPoint: DashboardTrendPoint;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideEvaluationAppealInput: DecideEvaluationAppealInput;
  DecideFirmLinkInput: DecideFirmLinkInput;
  DeleteDeliveryAddressPayload: DeleteDeliveryAddressPayload;
  DeliveryAddress: DeliveryAddressModel;
  DeliveryAddressFields: DeliveryAddressFields;
  DeliveryAddressPayload: Omit<DeliveryAddressPayload, 'address'> & { address?: Maybe<ResolversParentTypes['DeliveryAddress']> };
  DeliveryAddressRefInput: DeliveryAddressRefInput;
  Department: DepartmentModel;
  DepartmentQuestionConnection: Omit<DepartmentQuestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['QuestionEdge']>, nodes: Array<ResolversParentTypes['Question']> };
  DimensionScore: DimensionScore;
  DimensionScoreInput: DimensionScoreInput;
  DisableApiClientInput: DisableApiClientInput;
  DisableApiClientPayload: Omit<DisableApiClientPayload, 'apiClient'> & { apiClient?: Maybe<ResolversParentTypes['ApiClient']> };
  DisableWebhookEndpointInput: DisableWebhookEndpointInput;
  DisableWebhookEndpointPayload: Omit<DisableWebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  EndSessionInput: EndSessionInput;
  EndSessionPayload: Omit<EndSessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['UserSession']> };
  Evaluation: EvaluationModel;
  EvaluationAppeal: EvaluationAppealModel;
  EvaluationAppealConnection: Omit<EvaluationAppealConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EvaluationAppealEdge']>, nodes: Array<ResolversParentTypes['EvaluationAppeal']> };
  EvaluationAppealEdge: Omit<EvaluationAppealEdge, 'node'> & { node: ResolversParentTypes['EvaluationAppeal'] };
  EvaluationAppealPayload: Omit<EvaluationAppealPayload, 'appeal'> & { appeal?: Maybe<ResolversParentTypes['EvaluationAppeal']> };
  EvaluationConnection: Omit<EvaluationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EvaluationEdge']>, nodes: Array<ResolversParentTypes['Evaluation']> };
  EvaluationEdge: Omit<EvaluationEdge, 'node'> & { node: ResolversParentTypes['Evaluation'] };
  EvaluationFigureRow: FigureRowModel;
  EvaluationFigures: Omit<EvaluationFigures, 'byDepartment' | 'overall'> & { byDepartment: Array<ResolversParentTypes['EvaluationFigureRow']>, overall: ResolversParentTypes['EvaluationFigureRow'] };
  EvaluationNote: EvaluationNoteModel;
  EvaluationNoteInput: EvaluationNoteInput;
  EvaluationPayload: Omit<EvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  EvaluationReplyStateCount: EvaluationReplyStateCount;
  EvaluationRules: EvaluationRules;
  EvaluationWindow: EvaluationWindow;
  FavouriteItem: FavouriteItemModel;
  FavouriteItemConnection: Omit<FavouriteItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FavouriteItemEdge']>, nodes: Array<ResolversParentTypes['FavouriteItem']> };
  FavouriteItemEdge: Omit<FavouriteItemEdge, 'node'> & { node: ResolversParentTypes['FavouriteItem'] };
  FavouriteItemInput: FavouriteItemInput;
  FetchLicenseMaterialInput: FetchLicenseMaterialInput;
  FetchLicenseMaterialPayload: Omit<FetchLicenseMaterialPayload, 'material'> & { material?: Maybe<ResolversParentTypes['CaseMaterial']> };
  FileEvaluationAppealInput: FileEvaluationAppealInput;
  FirmLink: FirmLinkModel;
  FirmLinkPayload: Omit<FirmLinkPayload, 'firmLink'> & { firmLink?: Maybe<ResolversParentTypes['FirmLink']> };
  Float: Scalars['Float']['output'];
  ForeignInvestmentProjectApplication: ForeignInvestmentProjectApplication;
  ForeignInvestmentProjectInput: ForeignInvestmentProjectInput;
  ForeignInvestor: ForeignInvestor;
  ForeignInvestorInput: ForeignInvestorInput;
  GenerateLicenseCodeInput: GenerateLicenseCodeInput;
  GenerateLicenseCodePayload: Omit<GenerateLicenseCodePayload, 'grant'> & { grant?: Maybe<ResolversParentTypes['LicenseGrant']> };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  License: LicenseModel;
  LicenseAccess: LicenseAccessModel;
  LicenseAccessConnection: Omit<LicenseAccessConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LicenseAccessEdge']>, nodes: Array<ResolversParentTypes['LicenseAccess']> };
  LicenseAccessEdge: Omit<LicenseAccessEdge, 'node'> & { node: ResolversParentTypes['LicenseAccess'] };
  LicenseAdministrator: LicenseAdministratorModel;
  LicenseAdministratorPayload: Omit<LicenseAdministratorPayload, 'license'> & { license?: Maybe<ResolversParentTypes['License']> };
  LicenseGrant: LicenseGrantModel;
  LicenseGrantConnection: Omit<LicenseGrantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LicenseGrantEdge']>, nodes: Array<ResolversParentTypes['LicenseGrant']> };
  LicenseGrantEdge: Omit<LicenseGrantEdge, 'node'> & { node: ResolversParentTypes['LicenseGrant'] };
  LicenseSnapshot: LicenseSnapshotData;
  LinkBookingCaseInput: LinkBookingCaseInput;
  LinkBookingCasePayload: Omit<LinkBookingCasePayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['Booking']> };
  MarkBookingAttendanceInput: MarkBookingAttendanceInput;
  MarkBookingAttendancePayload: Omit<MarkBookingAttendancePayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['Booking']> };
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  NationalReport: NationalReportRow;
  NationalReportConnection: Omit<NationalReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NationalReportEdge']>, nodes: Array<ResolversParentTypes['NationalReport']> };
  NationalReportEdge: Omit<NationalReportEdge, 'node'> & { node: ResolversParentTypes['NationalReport'] };
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notice: NoticeModel;
  NoticeConnection: Omit<NoticeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NoticeEdge']>, nodes: Array<ResolversParentTypes['Notice']> };
  NoticeEdge: Omit<NoticeEdge, 'node'> & { node: ResolversParentTypes['Notice'] };
  NoticePayload: Omit<NoticePayload, 'notice'> & { notice?: Maybe<ResolversParentTypes['Notice']> };
  Notification: NotificationModel;
  NotificationConnection: Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NotificationEdge']>, nodes: Array<ResolversParentTypes['Notification']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  PageInfo: PageInfo;
  PartnerCaseConnection: Omit<PartnerCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseEdge']>, nodes: Array<ResolversParentTypes['Case']> };
  PartnerEvaluationConnection: Omit<PartnerEvaluationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PartnerEvaluationEdge']>, nodes: Array<ResolversParentTypes['Evaluation']> };
  PartnerEvaluationEdge: Omit<PartnerEvaluationEdge, 'node'> & { node: ResolversParentTypes['Evaluation'] };
  PartnerRead: PartnerReadRow;
  PartnerReadConnection: Omit<PartnerReadConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PartnerReadEdge']>, nodes: Array<ResolversParentTypes['PartnerRead']> };
  PartnerReadEdge: Omit<PartnerReadEdge, 'node'> & { node: ResolversParentTypes['PartnerRead'] };
  PasswordRule: PasswordRule;
  PopularServiceItem: PopularItemModel;
  PostalDelivery: PostalDeliveryRow;
  PostalDeliveryConnection: Omit<PostalDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PostalDeliveryEdge']>, nodes: Array<ResolversParentTypes['PostalDelivery']> };
  PostalDeliveryEdge: Omit<PostalDeliveryEdge, 'node'> & { node: ResolversParentTypes['PostalDelivery'] };
  PublishLicenseInput: PublishLicenseInput;
  PublishLicensePayload: Omit<PublishLicensePayload, 'license'> & { license?: Maybe<ResolversParentTypes['License']> };
  PublishedFigureRow: PublishedFigureRowModel;
  PublishedFigures: Omit<PublishedFigures, 'month' | 'year'> & { month: Array<ResolversParentTypes['PublishedFigureRow']>, year: Array<ResolversParentTypes['PublishedFigureRow']> };
  Query: Record<PropertyKey, never>;
  Question: QuestionModel;
  QuestionConnection: Omit<QuestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['QuestionEdge']>, nodes: Array<ResolversParentTypes['Question']> };
  QuestionEdge: Omit<QuestionEdge, 'node'> & { node: ResolversParentTypes['Question'] };
  QuestionRules: QuestionRules;
  QuestionStateCount: QuestionStateCount;
  RateLimit: RateLimit;
  RecordWindowCaseInput: RecordWindowCaseInput;
  RecordWindowCasePayload: Omit<RecordWindowCasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  RedeliverWebhookInput: RedeliverWebhookInput;
  RedeliverWebhookPayload: Omit<RedeliverWebhookPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['WebhookDelivery']> };
  RegisterAccountInput: RegisterAccountInput;
  RegisterAccountPayload: Omit<RegisterAccountPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  RegisterWebhookEndpointInput: RegisterWebhookEndpointInput;
  RegisterWebhookEndpointPayload: Omit<RegisterWebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  RegistrationTerms: RegistrationTerms;
  RejectCaseInput: RejectCaseInput;
  RemoveCaseMaterialInput: RemoveCaseMaterialInput;
  RemoveCaseMaterialPayload: Omit<RemoveCaseMaterialPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  RemoveCorrectionMaterialInput: RemoveCorrectionMaterialInput;
  RemoveCorrectionMaterialPayload: Omit<RemoveCorrectionMaterialPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  RemoveFavouriteItemPayload: Omit<RemoveFavouriteItemPayload, 'item'> & { item?: Maybe<ResolversParentTypes['ServiceItem']> };
  RemoveLicenseAdministratorInput: RemoveLicenseAdministratorInput;
  ReplyToEvaluationInput: ReplyToEvaluationInput;
  RequestCorrectionInput: RequestCorrectionInput;
  RequestFirmLinkInput: RequestFirmLinkInput;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResetPasswordPayload;
  RetryNationalReportInput: RetryNationalReportInput;
  RetryNationalReportPayload: Omit<RetryNationalReportPayload, 'report'> & { report?: Maybe<ResolversParentTypes['NationalReport']> };
  RevokeLicenseCodeInput: RevokeLicenseCodeInput;
  RevokeLicenseCodePayload: Omit<RevokeLicenseCodePayload, 'grant'> & { grant?: Maybe<ResolversParentTypes['LicenseGrant']> };
  RotateApiClientSecretInput: RotateApiClientSecretInput;
  RotateApiClientSecretPayload: Omit<RotateApiClientSecretPayload, 'apiClient'> & { apiClient?: Maybe<ResolversParentTypes['ApiClient']> };
  SaveApplicationDraftInput: SaveApplicationDraftInput;
  SaveApplicationDraftPayload: Omit<SaveApplicationDraftPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  SendPhoneCodeInput: SendPhoneCodeInput;
  SendPhoneCodePayload: SendPhoneCodePayload;
  ServiceCategory: ServiceCategoryModel;
  ServiceCentre: ServiceCentreModel;
  ServiceItem: ServiceItemModel;
  ServiceItemConnection: Omit<ServiceItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceItemEdge']>, nodes: Array<ResolversParentTypes['ServiceItem']> };
  ServiceItemEdge: Omit<ServiceItemEdge, 'node'> & { node: ResolversParentTypes['ServiceItem'] };
  ServiceItemMaterial: ServiceItemMaterialModel;
  ServiceItemSearchConnection: Omit<ServiceItemSearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceItemSearchEdge']>, nodes: Array<ResolversParentTypes['ServiceItemSearchHit']> };
  ServiceItemSearchEdge: Omit<ServiceItemSearchEdge, 'node'> & { node: ResolversParentTypes['ServiceItemSearchHit'] };
  ServiceItemSearchHit: SearchHitModel;
  SetNoticePublishedInput: SetNoticePublishedInput;
  StartProcessingInput: StartProcessingInput;
  String: Scalars['String']['output'];
  SubmitCorrectionInput: SubmitCorrectionInput;
  SubmitCorrectionPayload: Omit<SubmitCorrectionPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  SubmitDraftInput: SubmitDraftInput;
  SubmitEvaluationInput: SubmitEvaluationInput;
  SubmitEvaluationPayload: Omit<SubmitEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  SyncCaseInput: SyncCaseInput;
  SyncCasePayload: Omit<SyncCasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  TextRange: TextRange;
  UpdateDeliveryAddressInput: UpdateDeliveryAddressInput;
  UpdateDisplaySettingsInput: UpdateDisplaySettingsInput;
  UpdateDisplaySettingsPayload: Omit<UpdateDisplaySettingsPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  UpdateNotificationSettingsInput: UpdateNotificationSettingsInput;
  UpdateNotificationSettingsPayload: Omit<UpdateNotificationSettingsPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  UploadLimits: UploadLimits;
  User: UserModel;
  UserError: UserError;
  UserSession: UserSessionModel;
  UserSessionConnection: Omit<UserSessionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UserSessionEdge']>, nodes: Array<ResolversParentTypes['UserSession']> };
  UserSessionEdge: Omit<UserSessionEdge, 'node'> & { node: ResolversParentTypes['UserSession'] };
  VerifyIdentityPayload: Omit<VerifyIdentityPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  VerifyRealNameInput: VerifyRealNameInput;
  VerifyRealPersonInput: VerifyRealPersonInput;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']>, nodes: Array<ResolversParentTypes['WebhookDelivery']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEndpoint: WebhookEndpointModel;
};

export type AddFavouriteItemPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddFavouriteItemPayload'] = ResolversParentTypes['AddFavouriteItemPayload']> = {
  favourite?: Resolver<Maybe<ResolversTypes['FavouriteItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AnswerQuestionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnswerQuestionPayload'] = ResolversParentTypes['AnswerQuestionPayload']> = {
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApiClientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiClient'] = ResolversParentTypes['ApiClient']> = {
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousSecretValidUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  secretRotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['ApiClientUsage'], ParentType, ContextType>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
};

export type ApiClientConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiClientConnection'] = ResolversParentTypes['ApiClientConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiClientEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ApiClientEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiClientEdge'] = ResolversParentTypes['ApiClientEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType>;
};

export type ApiClientUsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiClientUsage'] = ResolversParentTypes['ApiClientUsage']> = {
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resetAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AskQuestionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AskQuestionPayload'] = ResolversParentTypes['AskQuestionPayload']> = {
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BookVisitPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookVisitPayload'] = ResolversParentTypes['BookVisitPayload']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BookingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking']> = {
  bookedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cancellable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cancellableUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  caseBusinessNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citizenMaskedIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citizenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  markedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['BookingSlot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Booking']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
};

export type BookingRulesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingRules'] = ResolversParentTypes['BookingRules']> = {
  cancelLeadMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysAhead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingSlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingSlot'] = ResolversParentTypes['BookingSlot']> = {
  bookedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['ServiceCentre'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ServiceItem'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingSlotConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingSlotConnection'] = ResolversParentTypes['BookingSlotConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingSlotEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BookingSlot']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BookingSlotEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingSlotEdge'] = ResolversParentTypes['BookingSlotEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BookingSlot'], ParentType, ContextType>;
};

export type CancelBookingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelBookingPayload'] = ResolversParentTypes['CancelBookingPayload']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['CaseApplication']>, ParentType, ContextType>;
  appliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  availableActions?: Resolver<Array<ResolversTypes['CaseAction']>, ParentType, ContextType>;
  businessNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canChooseDeliveryAddress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canEvaluate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commitmentDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  correction?: Resolver<Maybe<ResolversTypes['CaseCorrection']>, ParentType, ContextType>;
  deliveryAddress?: Resolver<Maybe<ResolversTypes['CaseDeliveryAddress']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<Maybe<ResolversTypes['DeliveryMethod']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  evaluationWindow?: Resolver<Maybe<ResolversTypes['EvaluationWindow']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ServiceItem'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['CaseList'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['CaseMaterial']>, ParentType, ContextType>;
  resultSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CaseSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseApplication'] = ResolversParentTypes['CaseApplication']> = {
  foreignInvestmentProject?: Resolver<Maybe<ResolversTypes['ForeignInvestmentProjectApplication']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  listCounts?: Resolver<Array<ResolversTypes['CaseListCount']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseCorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseCorrection'] = ResolversParentTypes['CaseCorrection']> = {
  items?: Resolver<Array<ResolversTypes['CorrectionItem']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CaseDeliveryAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseDeliveryAddress'] = ResolversParentTypes['CaseDeliveryAddress']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chosenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  maskedPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
};

export type CaseEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = {
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  missingMaterials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedMaterials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
};

export type CaseListCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseListCount'] = ResolversParentTypes['CaseListCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['CaseList'], ParentType, ContextType>;
};

export type CaseMaterialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMaterial'] = ResolversParentTypes['CaseMaterial']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCorrection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  itemMaterial?: Resolver<Maybe<ResolversTypes['ServiceItemMaterial']>, ParentType, ContextType>;
  licenseSnapshot?: Resolver<Maybe<ResolversTypes['LicenseSnapshot']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sizeBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trustLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseMaterialConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMaterialConnection'] = ResolversParentTypes['CaseMaterialConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CaseMaterialEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CaseMaterial']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseMaterialEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMaterialEdge'] = ResolversParentTypes['CaseMaterialEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CaseMaterial'], ParentType, ContextType>;
};

export type CaseTransitionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseTransitionPayload'] = ResolversParentTypes['CaseTransitionPayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChangeLicenseStatusPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeLicenseStatusPayload'] = ResolversParentTypes['ChangeLicenseStatusPayload']> = {
  license?: Resolver<Maybe<ResolversTypes['License']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['PublishOutcome']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChangePasswordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = {
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedSessions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChangePhonePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangePhonePayload'] = ResolversParentTypes['ChangePhonePayload']> = {
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChooseCaseDeliveryAddressPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChooseCaseDeliveryAddressPayload'] = ResolversParentTypes['ChooseCaseDeliveryAddressPayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CitizenLookupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitizenLookupPayload'] = ResolversParentTypes['CitizenLookupPayload']> = {
  citizen?: Resolver<Maybe<ResolversTypes['CitizenMatch']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CitizenMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitizenMatch'] = ResolversParentTypes['CitizenMatch']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsentTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentText'] = ResolversParentTypes['ConsentText']> = {
  body?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CorrectionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionItem'] = ResolversParentTypes['CorrectionItem']> = {
  itemMaterial?: Resolver<Maybe<ResolversTypes['ServiceItemMaterial']>, ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['CaseMaterial']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateApiClientPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateApiClientPayload'] = ResolversParentTypes['CreateApiClientPayload']> = {
  apiClient?: Resolver<Maybe<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  clientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DashboardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard']> = {
  alertDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alerts?: Resolver<Array<ResolversTypes['DashboardAlert']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byDepartment?: Resolver<Array<ResolversTypes['DashboardDepartmentRow']>, ParentType, ContextType>;
  byItem?: Resolver<Array<ResolversTypes['DashboardItemRow']>, ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['DashboardCaseFigures'], ParentType, ContextType>;
  casesByStatus?: Resolver<Array<ResolversTypes['DashboardStatusCount']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  dimensionScores?: Resolver<Array<ResolversTypes['DashboardDimensionScore']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['EvaluationFigureRow'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['DashboardPeriod'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['EvaluationFigureRow'], ParentType, ContextType>;
  previousCases?: Resolver<ResolversTypes['DashboardCaseFigures'], ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['DashboardTrendPoint']>, ParentType, ContextType>;
  workCalendarYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DashboardAlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardAlert'] = ResolversParentTypes['DashboardAlert']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DashboardAlertKind'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DashboardCaseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardCaseConnection'] = ResolversParentTypes['DashboardCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DashboardCaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DashboardCaseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardCaseEdge'] = ResolversParentTypes['DashboardCaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  pastPromise?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  workingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DashboardCaseFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardCaseFigures'] = ResolversParentTypes['DashboardCaseFigures']> = {
  applied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  appliedBySource?: Resolver<Array<ResolversTypes['DashboardSourceCount']>, ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedPastPromise?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianWorkingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onTimeCompletionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90WorkingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DashboardDepartmentRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardDepartmentRow'] = ResolversParentTypes['DashboardDepartmentRow']> = {
  cases?: Resolver<ResolversTypes['DashboardCaseFigures'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['EvaluationFigureRow'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['EvaluationFigureRow'], ParentType, ContextType>;
  previousCases?: Resolver<ResolversTypes['DashboardCaseFigures'], ParentType, ContextType>;
};

export type DashboardDimensionScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardDimensionScore'] = ResolversParentTypes['DashboardDimensionScore']> = {
  average?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['EvaluationDimension'], ParentType, ContextType>;
};

export type DashboardEvaluationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardEvaluationConnection'] = ResolversParentTypes['DashboardEvaluationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvaluationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DashboardItemRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardItemRow'] = ResolversParentTypes['DashboardItemRow']> = {
  cases?: Resolver<ResolversTypes['DashboardCaseFigures'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['EvaluationFigureRow'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ServiceItem'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['EvaluationFigureRow'], ParentType, ContextType>;
};

export type DashboardPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardPeriod'] = ResolversParentTypes['DashboardPeriod']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DashboardPeriodKind'], ParentType, ContextType>;
  previousFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type DashboardSourceCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardSourceCount'] = ResolversParentTypes['DashboardSourceCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CaseSource'], ParentType, ContextType>;
};

export type DashboardStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardStatusCount'] = ResolversParentTypes['DashboardStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
};

export type DashboardTrendPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardTrendPoint'] = ResolversParentTypes['DashboardTrendPoint']> = {
  applied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bad?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteDeliveryAddressPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteDeliveryAddressPayload'] = ResolversParentTypes['DeleteDeliveryAddressPayload']> = {
  deletedAddressId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeliveryAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryAddress'] = ResolversParentTypes['DeliveryAddress']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maskedPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryAddressPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryAddressPayload'] = ResolversParentTypes['DeliveryAddressPayload']> = {
  address?: Resolver<Maybe<ResolversTypes['DeliveryAddress']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DepartmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DepartmentQuestionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentQuestionConnection'] = ResolversParentTypes['DepartmentQuestionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  stateCounts?: Resolver<Array<ResolversTypes['QuestionStateCount']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DimensionScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DimensionScore'] = ResolversParentTypes['DimensionScore']> = {
  dimension?: Resolver<ResolversTypes['EvaluationDimension'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisableApiClientPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisableApiClientPayload'] = ResolversParentTypes['DisableApiClientPayload']> = {
  apiClient?: Resolver<Maybe<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  revokedTokens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DisableWebhookEndpointPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisableWebhookEndpointPayload'] = ResolversParentTypes['DisableWebhookEndpointPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
};

export type EndSessionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EndSessionPayload'] = ResolversParentTypes['EndSessionPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['UserSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  appeal?: Resolver<Maybe<ResolversTypes['EvaluationAppeal']>, ParentType, ContextType>;
  appealOutcome?: Resolver<Maybe<ResolversTypes['EvaluationAppealStatus']>, ParentType, ContextType>;
  callbacks?: Resolver<Array<ResolversTypes['EvaluationNote']>, ParentType, ContextType>;
  canAddFollowUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canAppeal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canRecordCallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canRecordRectification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canReply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['EvaluationChannel'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dimensionScores?: Resolver<Array<ResolversTypes['DimensionScore']>, ParentType, ContextType>;
  excludedFromFigures?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followUp?: Resolver<Maybe<ResolversTypes['EvaluationNote']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isBad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['EvaluationLevel'], ParentType, ContextType>;
  rectifications?: Resolver<Array<ResolversTypes['EvaluationNote']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['EvaluationNote']>, ParentType, ContextType>;
  replyDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  replyOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  replyState?: Resolver<Maybe<ResolversTypes['EvaluationReplyState']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluationAppealResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationAppeal'] = ResolversParentTypes['EvaluationAppeal']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  evaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvaluationAppealStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluationAppealConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationAppealConnection'] = ResolversParentTypes['EvaluationAppealConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvaluationAppealEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EvaluationAppeal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationAppealEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationAppealEdge'] = ResolversParentTypes['EvaluationAppealEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EvaluationAppeal'], ParentType, ContextType>;
};

export type EvaluationAppealPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationAppealPayload'] = ResolversParentTypes['EvaluationAppealPayload']> = {
  appeal?: Resolver<Maybe<ResolversTypes['EvaluationAppeal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationConnection'] = ResolversParentTypes['EvaluationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvaluationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  stateCounts?: Resolver<Array<ResolversTypes['EvaluationReplyStateCount']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationEdge'] = ResolversParentTypes['EvaluationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
};

export type EvaluationFigureRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationFigureRow'] = ResolversParentTypes['EvaluationFigureRow']> = {
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bad?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  badRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  basic?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  defaults?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  dissatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excludedByAppeal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goodRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTimeReplyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repliedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  veryDissatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verySatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationFigures'] = ResolversParentTypes['EvaluationFigures']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byDepartment?: Resolver<Array<ResolversTypes['EvaluationFigureRow']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['EvaluationFigureRow'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type EvaluationNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationNote'] = ResolversParentTypes['EvaluationNote']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvaluationReplyKind'], ParentType, ContextType>;
};

export type EvaluationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationPayload'] = ResolversParentTypes['EvaluationPayload']> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationReplyStateCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationReplyStateCount'] = ResolversParentTypes['EvaluationReplyStateCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['EvaluationReplyState'], ParentType, ContextType>;
};

export type EvaluationRulesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationRules'] = ResolversParentTypes['EvaluationRules']> = {
  badLevels?: Resolver<Array<ResolversTypes['EvaluationLevel']>, ParentType, ContextType>;
  commentMaxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUpMaxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noteMaxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasonMaxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replyWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationWindow'] = ResolversParentTypes['EvaluationWindow']> = {
  closesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['EvaluationDimension']>, ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FavouriteItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavouriteItem'] = ResolversParentTypes['FavouriteItem']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ServiceItem'], ParentType, ContextType>;
};

export type FavouriteItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavouriteItemConnection'] = ResolversParentTypes['FavouriteItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FavouriteItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FavouriteItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FavouriteItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavouriteItemEdge'] = ResolversParentTypes['FavouriteItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FavouriteItem'], ParentType, ContextType>;
};

export type FetchLicenseMaterialPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FetchLicenseMaterialPayload'] = ResolversParentTypes['FetchLicenseMaterialPayload']> = {
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  material?: Resolver<Maybe<ResolversTypes['CaseMaterial']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FirmLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FirmLink'] = ResolversParentTypes['FirmLink']> = {
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firmName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requesterMaskedPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requesterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FirmLinkStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FirmLinkPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FirmLinkPayload'] = ResolversParentTypes['FirmLinkPayload']> = {
  firmLink?: Resolver<Maybe<ResolversTypes['FirmLink']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ForeignInvestmentProjectApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForeignInvestmentProjectApplication'] = ResolversParentTypes['ForeignInvestmentProjectApplication']> = {
  constructionContent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  investors?: Resolver<Array<ResolversTypes['ForeignInvestor']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projectName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalInvestment?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type ForeignInvestorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForeignInvestor'] = ResolversParentTypes['ForeignInvestor']> = {
  countryOrRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharePercent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GenerateLicenseCodePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GenerateLicenseCodePayload'] = ResolversParentTypes['GenerateLicenseCodePayload']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grant?: Resolver<Maybe<ResolversTypes['LicenseGrant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LicenseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['License'] = ResolversParentTypes['License']> = {
  accessLog?: Resolver<ResolversTypes['LicenseAccessConnection'], ParentType, ContextType, RequireFields<LicenseAccessLogArgs, 'first'>>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  administrators?: Resolver<Array<ResolversTypes['LicenseAdministrator']>, ParentType, ContextType>;
  businessScope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  companyType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  establishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  grants?: Resolver<ResolversTypes['LicenseGrantConnection'], ParentType, ContextType, RequireFields<LicenseGrantsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  legalRepresentative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenseType?: Resolver<ResolversTypes['LicenseType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operatingFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  operatingTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  registeredCapital?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationAuthority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenseStatus'], ParentType, ContextType>;
  viewerCanAuthorize?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsLegalRepresentative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LicenseAccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseAccess'] = ResolversParentTypes['LicenseAccess']> = {
  accessorMaskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  businessNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['LicenseAccessOutcome'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenseAccessConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseAccessConnection'] = ResolversParentTypes['LicenseAccessConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LicenseAccessEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LicenseAccess']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenseAccessEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseAccessEdge'] = ResolversParentTypes['LicenseAccessEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LicenseAccess'], ParentType, ContextType>;
};

export type LicenseAdministratorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseAdministrator'] = ResolversParentTypes['LicenseAdministrator']> = {
  appointedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenseAdministratorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseAdministratorPayload'] = ResolversParentTypes['LicenseAdministratorPayload']> = {
  license?: Resolver<Maybe<ResolversTypes['License']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LicenseGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseGrant'] = ResolversParentTypes['LicenseGrant']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenseGrantStatus'], ParentType, ContextType>;
  usedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LicenseGrantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseGrantConnection'] = ResolversParentTypes['LicenseGrantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LicenseGrantEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LicenseGrant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenseGrantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseGrantEdge'] = ResolversParentTypes['LicenseGrantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LicenseGrant'], ParentType, ContextType>;
};

export type LicenseSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseSnapshot'] = ResolversParentTypes['LicenseSnapshot']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  businessScope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  companyType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  establishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalRepresentative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operatingFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  operatingTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  providedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredCapital?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationAuthority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenseStatus'], ParentType, ContextType>;
};

export type LinkBookingCasePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkBookingCasePayload'] = ResolversParentTypes['LinkBookingCasePayload']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MarkBookingAttendancePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkBookingAttendancePayload'] = ResolversParentTypes['MarkBookingAttendancePayload']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MarkNotificationsReadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  markedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unreadCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationAcceptCaseArgs, 'input'>>;
  addDeliveryAddress?: Resolver<ResolversTypes['DeliveryAddressPayload'], ParentType, ContextType, RequireFields<MutationAddDeliveryAddressArgs, 'input'>>;
  addEvaluationFollowUp?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationAddEvaluationFollowUpArgs, 'input'>>;
  addFavouriteItem?: Resolver<ResolversTypes['AddFavouriteItemPayload'], ParentType, ContextType, RequireFields<MutationAddFavouriteItemArgs, 'input'>>;
  answerQuestion?: Resolver<ResolversTypes['AnswerQuestionPayload'], ParentType, ContextType, RequireFields<MutationAnswerQuestionArgs, 'input'>>;
  appointLicenseAdministrator?: Resolver<ResolversTypes['LicenseAdministratorPayload'], ParentType, ContextType, RequireFields<MutationAppointLicenseAdministratorArgs, 'input'>>;
  askQuestion?: Resolver<ResolversTypes['AskQuestionPayload'], ParentType, ContextType, RequireFields<MutationAskQuestionArgs, 'input'>>;
  bookVisit?: Resolver<ResolversTypes['BookVisitPayload'], ParentType, ContextType, RequireFields<MutationBookVisitArgs, 'input'>>;
  cancelBooking?: Resolver<ResolversTypes['CancelBookingPayload'], ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'input'>>;
  cancelLicense?: Resolver<ResolversTypes['ChangeLicenseStatusPayload'], ParentType, ContextType, RequireFields<MutationCancelLicenseArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  changePhone?: Resolver<ResolversTypes['ChangePhonePayload'], ParentType, ContextType, RequireFields<MutationChangePhoneArgs, 'input'>>;
  chooseCaseDeliveryAddress?: Resolver<ResolversTypes['ChooseCaseDeliveryAddressPayload'], ParentType, ContextType, RequireFields<MutationChooseCaseDeliveryAddressArgs, 'input'>>;
  completeCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationCompleteCaseArgs, 'input'>>;
  createApiClient?: Resolver<ResolversTypes['CreateApiClientPayload'], ParentType, ContextType, RequireFields<MutationCreateApiClientArgs, 'input'>>;
  createNotice?: Resolver<ResolversTypes['NoticePayload'], ParentType, ContextType, RequireFields<MutationCreateNoticeArgs, 'input'>>;
  decideEvaluationAppeal?: Resolver<ResolversTypes['EvaluationAppealPayload'], ParentType, ContextType, RequireFields<MutationDecideEvaluationAppealArgs, 'input'>>;
  decideFirmLink?: Resolver<ResolversTypes['FirmLinkPayload'], ParentType, ContextType, RequireFields<MutationDecideFirmLinkArgs, 'input'>>;
  deleteDeliveryAddress?: Resolver<ResolversTypes['DeleteDeliveryAddressPayload'], ParentType, ContextType, RequireFields<MutationDeleteDeliveryAddressArgs, 'input'>>;
  disableApiClient?: Resolver<ResolversTypes['DisableApiClientPayload'], ParentType, ContextType, RequireFields<MutationDisableApiClientArgs, 'input'>>;
  disableWebhookEndpoint?: Resolver<ResolversTypes['DisableWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationDisableWebhookEndpointArgs, 'input'>>;
  endSession?: Resolver<ResolversTypes['EndSessionPayload'], ParentType, ContextType, RequireFields<MutationEndSessionArgs, 'input'>>;
  fetchLicenseMaterial?: Resolver<ResolversTypes['FetchLicenseMaterialPayload'], ParentType, ContextType, RequireFields<MutationFetchLicenseMaterialArgs, 'input'>>;
  fileEvaluationAppeal?: Resolver<ResolversTypes['EvaluationAppealPayload'], ParentType, ContextType, RequireFields<MutationFileEvaluationAppealArgs, 'input'>>;
  generateLicenseCode?: Resolver<ResolversTypes['GenerateLicenseCodePayload'], ParentType, ContextType, RequireFields<MutationGenerateLicenseCodeArgs, 'input'>>;
  linkBookingCase?: Resolver<ResolversTypes['LinkBookingCasePayload'], ParentType, ContextType, RequireFields<MutationLinkBookingCaseArgs, 'input'>>;
  lookUpCitizen?: Resolver<ResolversTypes['CitizenLookupPayload'], ParentType, ContextType, RequireFields<MutationLookUpCitizenArgs, 'idNumber'>>;
  markBookingAttendance?: Resolver<ResolversTypes['MarkBookingAttendancePayload'], ParentType, ContextType, RequireFields<MutationMarkBookingAttendanceArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  publishLicense?: Resolver<ResolversTypes['PublishLicensePayload'], ParentType, ContextType, RequireFields<MutationPublishLicenseArgs, 'input'>>;
  recordEvaluationCallback?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationRecordEvaluationCallbackArgs, 'input'>>;
  recordEvaluationRectification?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationRecordEvaluationRectificationArgs, 'input'>>;
  recordWindowCase?: Resolver<ResolversTypes['RecordWindowCasePayload'], ParentType, ContextType, RequireFields<MutationRecordWindowCaseArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['RedeliverWebhookPayload'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'input'>>;
  registerAccount?: Resolver<ResolversTypes['RegisterAccountPayload'], ParentType, ContextType, RequireFields<MutationRegisterAccountArgs, 'input'>>;
  registerWebhookEndpoint?: Resolver<ResolversTypes['RegisterWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationRegisterWebhookEndpointArgs, 'input'>>;
  rejectCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationRejectCaseArgs, 'input'>>;
  removeCaseMaterial?: Resolver<ResolversTypes['RemoveCaseMaterialPayload'], ParentType, ContextType, RequireFields<MutationRemoveCaseMaterialArgs, 'input'>>;
  removeCorrectionMaterial?: Resolver<ResolversTypes['RemoveCorrectionMaterialPayload'], ParentType, ContextType, RequireFields<MutationRemoveCorrectionMaterialArgs, 'input'>>;
  removeFavouriteItem?: Resolver<ResolversTypes['RemoveFavouriteItemPayload'], ParentType, ContextType, RequireFields<MutationRemoveFavouriteItemArgs, 'input'>>;
  removeLicenseAdministrator?: Resolver<ResolversTypes['LicenseAdministratorPayload'], ParentType, ContextType, RequireFields<MutationRemoveLicenseAdministratorArgs, 'input'>>;
  replyToEvaluation?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationReplyToEvaluationArgs, 'input'>>;
  requestCorrection?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationRequestCorrectionArgs, 'input'>>;
  requestFirmLink?: Resolver<ResolversTypes['FirmLinkPayload'], ParentType, ContextType, RequireFields<MutationRequestFirmLinkArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  retryNationalReport?: Resolver<ResolversTypes['RetryNationalReportPayload'], ParentType, ContextType, RequireFields<MutationRetryNationalReportArgs, 'input'>>;
  revokeLicense?: Resolver<ResolversTypes['ChangeLicenseStatusPayload'], ParentType, ContextType, RequireFields<MutationRevokeLicenseArgs, 'input'>>;
  revokeLicenseCode?: Resolver<ResolversTypes['RevokeLicenseCodePayload'], ParentType, ContextType, RequireFields<MutationRevokeLicenseCodeArgs, 'input'>>;
  rotateApiClientSecret?: Resolver<ResolversTypes['RotateApiClientSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateApiClientSecretArgs, 'input'>>;
  saveApplicationDraft?: Resolver<ResolversTypes['SaveApplicationDraftPayload'], ParentType, ContextType, RequireFields<MutationSaveApplicationDraftArgs, 'input'>>;
  sendPhoneCode?: Resolver<ResolversTypes['SendPhoneCodePayload'], ParentType, ContextType, RequireFields<MutationSendPhoneCodeArgs, 'input'>>;
  setDefaultDeliveryAddress?: Resolver<ResolversTypes['DeliveryAddressPayload'], ParentType, ContextType, RequireFields<MutationSetDefaultDeliveryAddressArgs, 'input'>>;
  setNoticePublished?: Resolver<ResolversTypes['NoticePayload'], ParentType, ContextType, RequireFields<MutationSetNoticePublishedArgs, 'input'>>;
  startProcessing?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationStartProcessingArgs, 'input'>>;
  submitCorrection?: Resolver<ResolversTypes['SubmitCorrectionPayload'], ParentType, ContextType, RequireFields<MutationSubmitCorrectionArgs, 'input'>>;
  submitDraft?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationSubmitDraftArgs, 'input'>>;
  submitEvaluation?: Resolver<ResolversTypes['SubmitEvaluationPayload'], ParentType, ContextType, RequireFields<MutationSubmitEvaluationArgs, 'input'>>;
  syncCase?: Resolver<ResolversTypes['SyncCasePayload'], ParentType, ContextType, RequireFields<MutationSyncCaseArgs, 'input'>>;
  updateDeliveryAddress?: Resolver<ResolversTypes['DeliveryAddressPayload'], ParentType, ContextType, RequireFields<MutationUpdateDeliveryAddressArgs, 'input'>>;
  updateDisplaySettings?: Resolver<ResolversTypes['UpdateDisplaySettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateDisplaySettingsArgs, 'input'>>;
  updateNotificationSettings?: Resolver<ResolversTypes['UpdateNotificationSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateNotificationSettingsArgs, 'input'>>;
  verifyRealName?: Resolver<ResolversTypes['VerifyIdentityPayload'], ParentType, ContextType, RequireFields<MutationVerifyRealNameArgs, 'input'>>;
  verifyRealPerson?: Resolver<ResolversTypes['VerifyIdentityPayload'], ParentType, ContextType, RequireFields<MutationVerifyRealPersonArgs, 'input'>>;
};

export type NationalReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NationalReport'] = ResolversParentTypes['NationalReport']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  businessNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  departmentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAnswer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NationalReportStatus'], ParentType, ContextType>;
};

export type NationalReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NationalReportConnection'] = ResolversParentTypes['NationalReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NationalReportEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NationalReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NationalReportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NationalReportEdge'] = ResolversParentTypes['NationalReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NationalReport'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingSlot' | 'Case' | 'DeliveryAddress' | 'Department' | 'Evaluation' | 'EvaluationAppeal' | 'FirmLink' | 'License' | 'LicenseGrant' | 'Notice' | 'Notification' | 'Question' | 'ServiceCategory' | 'ServiceCentre' | 'ServiceItem' | 'User' | 'UserSession', ParentType, ContextType>;
};

export type NoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NoticeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeConnection'] = ResolversParentTypes['NoticeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NoticeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notice']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoticeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeEdge'] = ResolversParentTypes['NoticeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notice'], ParentType, ContextType>;
};

export type NoticePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticePayload'] = ResolversParentTypes['NoticePayload']> = {
  notice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerCaseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerCaseConnection'] = ResolversParentTypes['PartnerCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PartnerEvaluationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerEvaluationConnection'] = ResolversParentTypes['PartnerEvaluationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerEvaluationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PartnerEvaluationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerEvaluationEdge'] = ResolversParentTypes['PartnerEvaluationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
};

export type PartnerReadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerRead'] = ResolversParentTypes['PartnerRead']> = {
  businessNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PartnerReadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerReadConnection'] = ResolversParentTypes['PartnerReadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerReadEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PartnerRead']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PartnerReadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerReadEdge'] = ResolversParentTypes['PartnerReadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerRead'], ParentType, ContextType>;
};

export type PasswordRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PasswordRule'] = ResolversParentTypes['PasswordRule']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PopularServiceItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PopularServiceItem'] = ResolversParentTypes['PopularServiceItem']> = {
  caseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ServiceItem'], ParentType, ContextType>;
};

export type PostalDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostalDelivery'] = ResolversParentTypes['PostalDelivery']> = {
  address?: Resolver<Maybe<ResolversTypes['CaseDeliveryAddress']>, ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PostalDeliveryStatus'], ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PostalDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostalDeliveryConnection'] = ResolversParentTypes['PostalDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PostalDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PostalDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PostalDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostalDeliveryEdge'] = ResolversParentTypes['PostalDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PostalDelivery'], ParentType, ContextType>;
};

export type PublishLicensePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishLicensePayload'] = ResolversParentTypes['PublishLicensePayload']> = {
  license?: Resolver<Maybe<ResolversTypes['License']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['PublishOutcome']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PublishedFigureRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishedFigureRow'] = ResolversParentTypes['PublishedFigureRow']> = {
  badRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  goodRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTimeCompletionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTimeReplyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublishedFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishedFigures'] = ResolversParentTypes['PublishedFigures']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  month?: Resolver<Array<ResolversTypes['PublishedFigureRow']>, ParentType, ContextType>;
  monthFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  monthTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  year?: Resolver<Array<ResolversTypes['PublishedFigureRow']>, ParentType, ContextType>;
  yearFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  yearTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  allNotices?: Resolver<ResolversTypes['NoticeConnection'], ParentType, ContextType, RequireFields<QueryAllNoticesArgs, 'first'>>;
  apiClients?: Resolver<ResolversTypes['ApiClientConnection'], ParentType, ContextType, RequireFields<QueryApiClientsArgs, 'first'>>;
  bookableItems?: Resolver<Array<ResolversTypes['ServiceItem']>, ParentType, ContextType>;
  bookingRules?: Resolver<ResolversTypes['BookingRules'], ParentType, ContextType>;
  bookingSlots?: Resolver<ResolversTypes['BookingSlotConnection'], ParentType, ContextType, RequireFields<QueryBookingSlotsArgs, 'first' | 'itemId'>>;
  cases?: Resolver<ResolversTypes['PartnerCaseConnection'], ParentType, ContextType, RequireFields<QueryCasesArgs, 'first'>>;
  catalogueItems?: Resolver<ResolversTypes['ServiceItemConnection'], ParentType, ContextType, RequireFields<QueryCatalogueItemsArgs, 'first' | 'onlineOnly'>>;
  centreBookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<QueryCentreBookingsArgs, 'centreId' | 'day' | 'first'>>;
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType, RequireFields<QueryDashboardArgs, 'period'>>;
  dashboardCases?: Resolver<ResolversTypes['DashboardCaseConnection'], ParentType, ContextType, RequireFields<QueryDashboardCasesArgs, 'filter' | 'first' | 'period'>>;
  dashboardEvaluations?: Resolver<ResolversTypes['DashboardEvaluationConnection'], ParentType, ContextType, RequireFields<QueryDashboardEvaluationsArgs, 'filter' | 'first' | 'period'>>;
  departmentCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryDepartmentCasesArgs, 'first'>>;
  departmentEvaluationTasks?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, RequireFields<QueryDepartmentEvaluationTasksArgs, 'first'>>;
  departmentQuestions?: Resolver<ResolversTypes['DepartmentQuestionConnection'], ParentType, ContextType, RequireFields<QueryDepartmentQuestionsArgs, 'first' | 'state'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  evaluationAppeals?: Resolver<ResolversTypes['EvaluationAppealConnection'], ParentType, ContextType, RequireFields<QueryEvaluationAppealsArgs, 'first'>>;
  evaluationFigures?: Resolver<ResolversTypes['EvaluationFigures'], ParentType, ContextType, Partial<QueryEvaluationFiguresArgs>>;
  evaluationRules?: Resolver<ResolversTypes['EvaluationRules'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['PartnerEvaluationConnection'], ParentType, ContextType, RequireFields<QueryEvaluationsArgs, 'first'>>;
  firmLinksToDecide?: Resolver<Array<ResolversTypes['FirmLink']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryMyCasesArgs, 'first'>>;
  myFirmLinks?: Resolver<Array<ResolversTypes['FirmLink']>, ParentType, ContextType>;
  myLicenses?: Resolver<Array<ResolversTypes['License']>, ParentType, ContextType>;
  nationalReports?: Resolver<ResolversTypes['NationalReportConnection'], ParentType, ContextType, RequireFields<QueryNationalReportsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  notices?: Resolver<ResolversTypes['NoticeConnection'], ParentType, ContextType, RequireFields<QueryNoticesArgs, 'first'>>;
  partnerReads?: Resolver<ResolversTypes['PartnerReadConnection'], ParentType, ContextType, RequireFields<QueryPartnerReadsArgs, 'first'>>;
  passwordRule?: Resolver<ResolversTypes['PasswordRule'], ParentType, ContextType>;
  popularServiceItems?: Resolver<Array<ResolversTypes['PopularServiceItem']>, ParentType, ContextType, RequireFields<QueryPopularServiceItemsArgs, 'first'>>;
  publishedFigures?: Resolver<ResolversTypes['PublishedFigures'], ParentType, ContextType>;
  questionRules?: Resolver<ResolversTypes['QuestionRules'], ParentType, ContextType>;
  rateLimit?: Resolver<ResolversTypes['RateLimit'], ParentType, ContextType>;
  registrationTerms?: Resolver<ResolversTypes['RegistrationTerms'], ParentType, ContextType>;
  searchServiceItems?: Resolver<ResolversTypes['ServiceItemSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchServiceItemsArgs, 'first' | 'query'>>;
  serviceCategories?: Resolver<Array<ResolversTypes['ServiceCategory']>, ParentType, ContextType, Partial<QueryServiceCategoriesArgs>>;
  serviceCentres?: Resolver<Array<ResolversTypes['ServiceCentre']>, ParentType, ContextType>;
  serviceItems?: Resolver<Array<ResolversTypes['ServiceItem']>, ParentType, ContextType, Partial<QueryServiceItemsArgs>>;
  uploadLimits?: Resolver<ResolversTypes['UploadLimits'], ParentType, ContextType>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first'>>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
};

export type QuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answerDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  askedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  askerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ServiceItem'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QuestionKind'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['QuestionState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuestionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionConnection'] = ResolversParentTypes['QuestionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuestionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionEdge'] = ResolversParentTypes['QuestionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
};

export type QuestionRulesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionRules'] = ResolversParentTypes['QuestionRules']> = {
  answerMaxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answerWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bodyMaxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuestionStateCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionStateCount'] = ResolversParentTypes['QuestionStateCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['QuestionState'], ParentType, ContextType>;
};

export type RateLimitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RateLimit'] = ResolversParentTypes['RateLimit']> = {
  cost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resetAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecordWindowCasePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordWindowCasePayload'] = ResolversParentTypes['RecordWindowCasePayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RedeliverWebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedeliverWebhookPayload'] = ResolversParentTypes['RedeliverWebhookPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisterAccountPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterAccountPayload'] = ResolversParentTypes['RegisterAccountPayload']> = {
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisterWebhookEndpointPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterWebhookEndpointPayload'] = ResolversParentTypes['RegisterWebhookEndpointPayload']> = {
  signingSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
};

export type RegistrationTermsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegistrationTerms'] = ResolversParentTypes['RegistrationTerms']> = {
  codeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  privacyNotice?: Resolver<ResolversTypes['ConsentText'], ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['ConsentText'], ParentType, ContextType>;
};

export type RemoveCaseMaterialPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveCaseMaterialPayload'] = ResolversParentTypes['RemoveCaseMaterialPayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  removedMaterialId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RemoveCorrectionMaterialPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveCorrectionMaterialPayload'] = ResolversParentTypes['RemoveCorrectionMaterialPayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  removedMaterialId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RemoveFavouriteItemPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveFavouriteItemPayload'] = ResolversParentTypes['RemoveFavouriteItemPayload']> = {
  item?: Resolver<Maybe<ResolversTypes['ServiceItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ResetPasswordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = {
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedSessions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RetryNationalReportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetryNationalReportPayload'] = ResolversParentTypes['RetryNationalReportPayload']> = {
  report?: Resolver<Maybe<ResolversTypes['NationalReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeLicenseCodePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeLicenseCodePayload'] = ResolversParentTypes['RevokeLicenseCodePayload']> = {
  grant?: Resolver<Maybe<ResolversTypes['LicenseGrant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RotateApiClientSecretPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RotateApiClientSecretPayload'] = ResolversParentTypes['RotateApiClientSecretPayload']> = {
  apiClient?: Resolver<Maybe<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  clientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SaveApplicationDraftPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SaveApplicationDraftPayload'] = ResolversParentTypes['SaveApplicationDraftPayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SendPhoneCodePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendPhoneCodePayload'] = ResolversParentTypes['SendPhoneCodePayload']> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ServiceCategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCategory'] = ResolversParentTypes['ServiceCategory']> = {
  audience?: Resolver<ResolversTypes['ServiceAudience'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ServiceItem']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServiceCategoryKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceCentreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCentre'] = ResolversParentTypes['ServiceCentre']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItem'] = ResolversParentTypes['ServiceItem']> = {
  applicationForm?: Resolver<Maybe<ResolversTypes['ApplicationForm']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['ServiceCategory']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consultPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isFavourite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ServiceItemMaterial']>, ParentType, ContextType>;
  missingLevel?: Resolver<Maybe<ResolversTypes['RealNameLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineApplicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  promisedDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['RealNameLevel'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItemConnection'] = ResolversParentTypes['ServiceItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItemEdge'] = ResolversParentTypes['ServiceItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceItem'], ParentType, ContextType>;
};

export type ServiceItemMaterialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItemMaterial'] = ResolversParentTypes['ServiceItemMaterial']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licenseType?: Resolver<Maybe<ResolversTypes['LicenseType']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceItemSearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItemSearchConnection'] = ResolversParentTypes['ServiceItemSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceItemSearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceItemSearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceItemSearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItemSearchEdge'] = ResolversParentTypes['ServiceItemSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceItemSearchHit'], ParentType, ContextType>;
};

export type ServiceItemSearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItemSearchHit'] = ResolversParentTypes['ServiceItemSearchHit']> = {
  highlights?: Resolver<Array<ResolversTypes['TextRange']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ServiceItem'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  synonym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubmitCorrectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitCorrectionPayload'] = ResolversParentTypes['SubmitCorrectionPayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubmitEvaluationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitEvaluationPayload'] = ResolversParentTypes['SubmitEvaluationPayload']> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SyncCasePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncCasePayload'] = ResolversParentTypes['SyncCasePayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['SyncOutcome']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TextRangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UpdateDisplaySettingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateDisplaySettingsPayload'] = ResolversParentTypes['UpdateDisplaySettingsPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateNotificationSettingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateNotificationSettingsPayload'] = ResolversParentTypes['UpdateNotificationSettingsPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UploadLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UploadLimits'] = ResolversParentTypes['UploadLimits']> = {
  acceptedContentTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxCaseBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxFileBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  bookingNoShowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<UserBookingsArgs, 'first'>>;
  careMode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveryAddresses?: Resolver<Array<ResolversTypes['DeliveryAddress']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  favouriteItems?: Resolver<ResolversTypes['FavouriteItemConnection'], ParentType, ContextType, RequireFields<UserFavouriteItemsArgs, 'first'>>;
  files?: Resolver<ResolversTypes['CaseMaterialConnection'], ParentType, ContextType, RequireFields<UserFilesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UserKind'], ParentType, ContextType>;
  maskedIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maskedPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<UserNotificationsArgs, 'first' | 'unreadOnly'>>;
  postalDeliveries?: Resolver<ResolversTypes['PostalDeliveryConnection'], ParentType, ContextType, RequireFields<UserPostalDeliveriesArgs, 'first'>>;
  questions?: Resolver<ResolversTypes['QuestionConnection'], ParentType, ContextType, RequireFields<UserQuestionsArgs, 'first'>>;
  realNameLevel?: Resolver<ResolversTypes['RealNameLevel'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['UserSessionConnection'], ParentType, ContextType, RequireFields<UserSessionsArgs, 'activeOnly' | 'first'>>;
  smsOptOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserSession'] = ResolversParentTypes['UserSession']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signedInAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['UserSessionState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserSessionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserSessionConnection'] = ResolversParentTypes['UserSessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserSessionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UserSession']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserSessionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserSessionEdge'] = ResolversParentTypes['UserSessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserSession'], ParentType, ContextType>;
};

export type VerifyIdentityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerifyIdentityPayload'] = ResolversParentTypes['VerifyIdentityPayload']> = {
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endpointUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAnswer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AddFavouriteItemPayload?: AddFavouriteItemPayloadResolvers<ContextType>;
  AnswerQuestionPayload?: AnswerQuestionPayloadResolvers<ContextType>;
  ApiClient?: ApiClientResolvers<ContextType>;
  ApiClientConnection?: ApiClientConnectionResolvers<ContextType>;
  ApiClientEdge?: ApiClientEdgeResolvers<ContextType>;
  ApiClientUsage?: ApiClientUsageResolvers<ContextType>;
  AskQuestionPayload?: AskQuestionPayloadResolvers<ContextType>;
  BookVisitPayload?: BookVisitPayloadResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingRules?: BookingRulesResolvers<ContextType>;
  BookingSlot?: BookingSlotResolvers<ContextType>;
  BookingSlotConnection?: BookingSlotConnectionResolvers<ContextType>;
  BookingSlotEdge?: BookingSlotEdgeResolvers<ContextType>;
  CancelBookingPayload?: CancelBookingPayloadResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseApplication?: CaseApplicationResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseCorrection?: CaseCorrectionResolvers<ContextType>;
  CaseDeliveryAddress?: CaseDeliveryAddressResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseListCount?: CaseListCountResolvers<ContextType>;
  CaseMaterial?: CaseMaterialResolvers<ContextType>;
  CaseMaterialConnection?: CaseMaterialConnectionResolvers<ContextType>;
  CaseMaterialEdge?: CaseMaterialEdgeResolvers<ContextType>;
  CaseTransitionPayload?: CaseTransitionPayloadResolvers<ContextType>;
  ChangeLicenseStatusPayload?: ChangeLicenseStatusPayloadResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  ChangePhonePayload?: ChangePhonePayloadResolvers<ContextType>;
  ChooseCaseDeliveryAddressPayload?: ChooseCaseDeliveryAddressPayloadResolvers<ContextType>;
  CitizenLookupPayload?: CitizenLookupPayloadResolvers<ContextType>;
  CitizenMatch?: CitizenMatchResolvers<ContextType>;
  ConsentText?: ConsentTextResolvers<ContextType>;
  CorrectionItem?: CorrectionItemResolvers<ContextType>;
  CreateApiClientPayload?: CreateApiClientPayloadResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DashboardAlert?: DashboardAlertResolvers<ContextType>;
  DashboardCaseConnection?: DashboardCaseConnectionResolvers<ContextType>;
  DashboardCaseEdge?: DashboardCaseEdgeResolvers<ContextType>;
  DashboardCaseFigures?: DashboardCaseFiguresResolvers<ContextType>;
  DashboardDepartmentRow?: DashboardDepartmentRowResolvers<ContextType>;
  DashboardDimensionScore?: DashboardDimensionScoreResolvers<ContextType>;
  DashboardEvaluationConnection?: DashboardEvaluationConnectionResolvers<ContextType>;
  DashboardItemRow?: DashboardItemRowResolvers<ContextType>;
  DashboardPeriod?: DashboardPeriodResolvers<ContextType>;
  DashboardSourceCount?: DashboardSourceCountResolvers<ContextType>;
  DashboardStatusCount?: DashboardStatusCountResolvers<ContextType>;
  DashboardTrendPoint?: DashboardTrendPointResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteDeliveryAddressPayload?: DeleteDeliveryAddressPayloadResolvers<ContextType>;
  DeliveryAddress?: DeliveryAddressResolvers<ContextType>;
  DeliveryAddressPayload?: DeliveryAddressPayloadResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentQuestionConnection?: DepartmentQuestionConnectionResolvers<ContextType>;
  DimensionScore?: DimensionScoreResolvers<ContextType>;
  DisableApiClientPayload?: DisableApiClientPayloadResolvers<ContextType>;
  DisableWebhookEndpointPayload?: DisableWebhookEndpointPayloadResolvers<ContextType>;
  EndSessionPayload?: EndSessionPayloadResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationAppeal?: EvaluationAppealResolvers<ContextType>;
  EvaluationAppealConnection?: EvaluationAppealConnectionResolvers<ContextType>;
  EvaluationAppealEdge?: EvaluationAppealEdgeResolvers<ContextType>;
  EvaluationAppealPayload?: EvaluationAppealPayloadResolvers<ContextType>;
  EvaluationConnection?: EvaluationConnectionResolvers<ContextType>;
  EvaluationEdge?: EvaluationEdgeResolvers<ContextType>;
  EvaluationFigureRow?: EvaluationFigureRowResolvers<ContextType>;
  EvaluationFigures?: EvaluationFiguresResolvers<ContextType>;
  EvaluationNote?: EvaluationNoteResolvers<ContextType>;
  EvaluationPayload?: EvaluationPayloadResolvers<ContextType>;
  EvaluationReplyStateCount?: EvaluationReplyStateCountResolvers<ContextType>;
  EvaluationRules?: EvaluationRulesResolvers<ContextType>;
  EvaluationWindow?: EvaluationWindowResolvers<ContextType>;
  FavouriteItem?: FavouriteItemResolvers<ContextType>;
  FavouriteItemConnection?: FavouriteItemConnectionResolvers<ContextType>;
  FavouriteItemEdge?: FavouriteItemEdgeResolvers<ContextType>;
  FetchLicenseMaterialPayload?: FetchLicenseMaterialPayloadResolvers<ContextType>;
  FirmLink?: FirmLinkResolvers<ContextType>;
  FirmLinkPayload?: FirmLinkPayloadResolvers<ContextType>;
  ForeignInvestmentProjectApplication?: ForeignInvestmentProjectApplicationResolvers<ContextType>;
  ForeignInvestor?: ForeignInvestorResolvers<ContextType>;
  GenerateLicenseCodePayload?: GenerateLicenseCodePayloadResolvers<ContextType>;
  License?: LicenseResolvers<ContextType>;
  LicenseAccess?: LicenseAccessResolvers<ContextType>;
  LicenseAccessConnection?: LicenseAccessConnectionResolvers<ContextType>;
  LicenseAccessEdge?: LicenseAccessEdgeResolvers<ContextType>;
  LicenseAdministrator?: LicenseAdministratorResolvers<ContextType>;
  LicenseAdministratorPayload?: LicenseAdministratorPayloadResolvers<ContextType>;
  LicenseGrant?: LicenseGrantResolvers<ContextType>;
  LicenseGrantConnection?: LicenseGrantConnectionResolvers<ContextType>;
  LicenseGrantEdge?: LicenseGrantEdgeResolvers<ContextType>;
  LicenseSnapshot?: LicenseSnapshotResolvers<ContextType>;
  LinkBookingCasePayload?: LinkBookingCasePayloadResolvers<ContextType>;
  MarkBookingAttendancePayload?: MarkBookingAttendancePayloadResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NationalReport?: NationalReportResolvers<ContextType>;
  NationalReportConnection?: NationalReportConnectionResolvers<ContextType>;
  NationalReportEdge?: NationalReportEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  NoticeConnection?: NoticeConnectionResolvers<ContextType>;
  NoticeEdge?: NoticeEdgeResolvers<ContextType>;
  NoticePayload?: NoticePayloadResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerCaseConnection?: PartnerCaseConnectionResolvers<ContextType>;
  PartnerEvaluationConnection?: PartnerEvaluationConnectionResolvers<ContextType>;
  PartnerEvaluationEdge?: PartnerEvaluationEdgeResolvers<ContextType>;
  PartnerRead?: PartnerReadResolvers<ContextType>;
  PartnerReadConnection?: PartnerReadConnectionResolvers<ContextType>;
  PartnerReadEdge?: PartnerReadEdgeResolvers<ContextType>;
  PasswordRule?: PasswordRuleResolvers<ContextType>;
  PopularServiceItem?: PopularServiceItemResolvers<ContextType>;
  PostalDelivery?: PostalDeliveryResolvers<ContextType>;
  PostalDeliveryConnection?: PostalDeliveryConnectionResolvers<ContextType>;
  PostalDeliveryEdge?: PostalDeliveryEdgeResolvers<ContextType>;
  PublishLicensePayload?: PublishLicensePayloadResolvers<ContextType>;
  PublishedFigureRow?: PublishedFigureRowResolvers<ContextType>;
  PublishedFigures?: PublishedFiguresResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionConnection?: QuestionConnectionResolvers<ContextType>;
  QuestionEdge?: QuestionEdgeResolvers<ContextType>;
  QuestionRules?: QuestionRulesResolvers<ContextType>;
  QuestionStateCount?: QuestionStateCountResolvers<ContextType>;
  RateLimit?: RateLimitResolvers<ContextType>;
  RecordWindowCasePayload?: RecordWindowCasePayloadResolvers<ContextType>;
  RedeliverWebhookPayload?: RedeliverWebhookPayloadResolvers<ContextType>;
  RegisterAccountPayload?: RegisterAccountPayloadResolvers<ContextType>;
  RegisterWebhookEndpointPayload?: RegisterWebhookEndpointPayloadResolvers<ContextType>;
  RegistrationTerms?: RegistrationTermsResolvers<ContextType>;
  RemoveCaseMaterialPayload?: RemoveCaseMaterialPayloadResolvers<ContextType>;
  RemoveCorrectionMaterialPayload?: RemoveCorrectionMaterialPayloadResolvers<ContextType>;
  RemoveFavouriteItemPayload?: RemoveFavouriteItemPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  RetryNationalReportPayload?: RetryNationalReportPayloadResolvers<ContextType>;
  RevokeLicenseCodePayload?: RevokeLicenseCodePayloadResolvers<ContextType>;
  RotateApiClientSecretPayload?: RotateApiClientSecretPayloadResolvers<ContextType>;
  SaveApplicationDraftPayload?: SaveApplicationDraftPayloadResolvers<ContextType>;
  SendPhoneCodePayload?: SendPhoneCodePayloadResolvers<ContextType>;
  ServiceCategory?: ServiceCategoryResolvers<ContextType>;
  ServiceCentre?: ServiceCentreResolvers<ContextType>;
  ServiceItem?: ServiceItemResolvers<ContextType>;
  ServiceItemConnection?: ServiceItemConnectionResolvers<ContextType>;
  ServiceItemEdge?: ServiceItemEdgeResolvers<ContextType>;
  ServiceItemMaterial?: ServiceItemMaterialResolvers<ContextType>;
  ServiceItemSearchConnection?: ServiceItemSearchConnectionResolvers<ContextType>;
  ServiceItemSearchEdge?: ServiceItemSearchEdgeResolvers<ContextType>;
  ServiceItemSearchHit?: ServiceItemSearchHitResolvers<ContextType>;
  SubmitCorrectionPayload?: SubmitCorrectionPayloadResolvers<ContextType>;
  SubmitEvaluationPayload?: SubmitEvaluationPayloadResolvers<ContextType>;
  SyncCasePayload?: SyncCasePayloadResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  UpdateDisplaySettingsPayload?: UpdateDisplaySettingsPayloadResolvers<ContextType>;
  UpdateNotificationSettingsPayload?: UpdateNotificationSettingsPayloadResolvers<ContextType>;
  UploadLimits?: UploadLimitsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserSession?: UserSessionResolvers<ContextType>;
  UserSessionConnection?: UserSessionConnectionResolvers<ContextType>;
  UserSessionEdge?: UserSessionEdgeResolvers<ContextType>;
  VerifyIdentityPayload?: VerifyIdentityPayloadResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
};


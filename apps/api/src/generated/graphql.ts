import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserModel, DepartmentModel, ServiceItemModel, CaseModel, CaseEventModel, CaseMaterialModel, EvaluationModel, EvaluationAppealModel, EvaluationNoteModel, ServiceItemMaterialModel, LicenseModel, LicenseGrantModel, LicenseAccessModel, LicenseAdministratorModel } from '../graphql-models.ts';
import type { FigureRowModel } from '../evaluation/compute-evaluation-figures.ts';
import type { LicenseSnapshotData } from '../license/license-snapshot.ts';
import type { DashboardModel, DashboardDepartmentRowModel, DashboardItemRowModel, PublishedFigureRowModel } from '../dashboard/dashboard-models.ts';
import type { AlertModel } from '../dashboard/dashboard-alerts.ts';
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

export type AcceptCaseInput = {
  caseId: Scalars['ID']['input'];
  /** When set, the case is accepted on the applicant's written promise (承诺补正) to supply what is missing by this CST day. */
  commitmentDueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The case version the clerk saw; a stale version is refused instead of overwriting someone else's change. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Which online form an item uses; null for items whose application is the materials alone. */
export type ApplicationForm =
  /** 外商投资项目核准 */
  | 'FOREIGN_INVESTMENT_PROJECT';

export type AppointLicenseAdministratorInput = {
  /** The appointee's 居民身份证号 (check digit verified); they must have an account in the hall. */
  idNumber: Scalars['String']['input'];
  licenseId: Scalars['ID']['input'];
};

/** 办件: one application for one service item to one department. */
export type Case = Node & {
  __typename?: 'Case';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** The applicant's name; personal numbers are never exposed here. */
  applicantName: Scalars['String']['output'];
  /** The online application form (暂存件 may be partial); null when the case has no form data. */
  application: Maybe<CaseApplication>;
  appliedAt: Maybe<Scalars['DateTime']['output']>;
  /** Actions the caller may take on this case now (for staff: ACCEPT, REJECT, ...). */
  availableActions: Array<CaseAction>;
  /** 业务编号, exactly as the source system gave it. */
  businessNumber: Scalars['String']['output'];
  /** True when the caller is the applicant, the case is completed, not evaluated and the window is open: show 评价 in 操作. */
  canEvaluate: Scalars['Boolean']['output'];
  commitmentDueAt: Maybe<Scalars['DateTime']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  deliveryMethod: Maybe<DeliveryMethod>;
  department: Department;
  /** The case's evaluation (已评价), visible to whoever may see the case; null when not evaluated yet. */
  evaluation: Maybe<Evaluation>;
  /** Completed cases only; null otherwise. */
  evaluationWindow: Maybe<EvaluationWindow>;
  id: Scalars['ID']['output'];
  item: ServiceItem;
  list: CaseList;
  materials: Array<CaseMaterial>;
  resultSummary: Maybe<Scalars['String']['output']>;
  source: CaseSource;
  status: CaseStatus;
  timeline: Array<CaseEvent>;
  trackingNumber: Maybe<Scalars['String']['output']>;
};

/** What a department may do with a case; each maps to one mutation. */
export type CaseAction =
  | 'ACCEPT'
  | 'ACCEPT_ON_COMMITMENT'
  | 'COMPLETE'
  | 'REJECT'
  | 'REQUEST_CORRECTION'
  | 'START_PROCESSING';

/** The application form data of an online case. */
export type CaseApplication = {
  __typename?: 'CaseApplication';
  /** Set for the item 外商投资项目核准 (tj-ndrc-foreign-investment). */
  foreignInvestmentProject: Maybe<ForeignInvestmentProjectApplication>;
  /** Version of the form's data shape. */
  version: Scalars['Int']['output'];
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  /** Counts for every list of 我的办件 under the same filters except `list`. */
  listCounts: Array<CaseListCount>;
  nodes: Array<Case>;
  pageInfo: PageInfo;
  /** Cases in this connection across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

/** One change on a case's timeline. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** Who made the change: a staff member's name, a partner system's name, or the applicant. */
  actorName: Maybe<Scalars['String']['output']>;
  fromStatus: Maybe<CaseStatus>;
  /** For a 补正 notice: every missing material, listed once. */
  missingMaterials: Array<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  reason: Maybe<Scalars['String']['output']>;
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

export type CaseListCount = {
  __typename?: 'CaseListCount';
  count: Scalars['Int']['output'];
  list: CaseList;
};

/** A material attached to a case (申请材料). */
export type CaseMaterial = {
  __typename?: 'CaseMaterial';
  /** Decided from the file's content, never from its name: application/pdf, image/jpeg, image/png or application/ofd. */
  contentType: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Where the web opens the file: its same-origin proxy of the API's GET /files/:id (access checked on every request). */
  downloadUrl: Maybe<Scalars['String']['output']>;
  fileName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The checklist entry this material answers, when it answers one. */
  itemMaterial: Maybe<ServiceItemMaterial>;
  /** For a material fetched from the license library (获取证照库文件): the license data as fetched; otherwise null. */
  licenseSnapshot: Maybe<LicenseSnapshot>;
  name: Scalars['String']['output'];
  /** SHA-256 of the stored file, lower-case hex. */
  sha256: Maybe<Scalars['String']['output']>;
  sizeBytes: Maybe<Scalars['Int']['output']>;
  /** Trust level of the file: A issued by the government, B checked at a window, C checked against the original, D self-declared. */
  trustLevel: Scalars['String']['output'];
};

/** 来源 */
export type CaseSource =
  /** 互联互通 */
  | 'INTERCONNECTED'
  /** 网上申报 */
  | 'ONLINE'
  /** 窗口申报 */
  | 'WINDOW';

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

export type CaseTransitionPayload = {
  __typename?: 'CaseTransitionPayload';
  case: Maybe<Case>;
  userErrors: Array<UserError>;
};

export type ChangeLicenseStatusInput = {
  identifier: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ChangeLicenseStatusPayload = {
  __typename?: 'ChangeLicenseStatusPayload';
  license: Maybe<License>;
  outcome: Maybe<PublishOutcome>;
  userErrors: Array<UserError>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /**
   * 8–256 characters with at least one letter and one digit; not the account's own 身份证号 or 手机号, and not the
   * current password.
   */
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** Set when too many wrong current passwords lock the change until this instant (like sign-in). */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  /** How many other sessions of the user were ended (the one that made the change stays signed in). */
  revokedSessions: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type CitizenLookupPayload = {
  __typename?: 'CitizenLookupPayload';
  citizen: Maybe<CitizenMatch>;
  userErrors: Array<UserError>;
};

/** A citizen found by ID number at a service window; only what the clerk needs to confirm the person. */
export type CitizenMatch = {
  __typename?: 'CitizenMatch';
  id: Scalars['ID']['output'];
  maskedIdNumber: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type CompleteCaseInput = {
  caseId: Scalars['ID']['input'];
  deliveryMethod: DeliveryMethod;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The decision, e.g. 准予许可. */
  result: Scalars['String']['input'];
  /** EMS tracking number; required when deliveryMethod is EMS. */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
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

export type Dashboard = {
  __typename?: 'Dashboard';
  /** Departments above the alert thresholds (supervisors; empty for a department head). */
  alerts: Array<DashboardAlert>;
  /** The instant the figures were computed at (overdue is judged against it). */
  asOf: Scalars['DateTime']['output'];
  /** Every department with evaluations or cases in either period, by department name. */
  byDepartment: Array<DashboardDepartmentRow>;
  /** Every item with evaluations or cases in either period, by item name. */
  byItem: Array<DashboardItemRow>;
  cases: DashboardCaseFigures;
  /** Cases by current status (not limited to the period). */
  casesByStatus: Array<DashboardStatusCount>;
  /** The department read: a head's own, the one asked for, or null for every department. */
  department: Maybe<Department>;
  dimensionScores: Array<DashboardDimensionScore>;
  overall: EvaluationFigureRow;
  period: DashboardPeriod;
  previous: EvaluationFigureRow;
  previousCases: DashboardCaseFigures;
  /** From the start of the previous period (at least 14 days back) to the end of the period. */
  trend: Array<DashboardTrendPoint>;
};

/** A department above a configured threshold over the last 7 CST days (up to and including today). */
export type DashboardAlert = {
  __typename?: 'DashboardAlert';
  department: Department;
  kind: DashboardAlertKind;
  threshold: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
};

export type DashboardAlertKind =
  /** 差评率 over the last 7 days above the threshold. */
  | 'BAD_RATE'
  /** Overdue replies over the last 7 days above the threshold. */
  | 'OVERDUE_REPLIES';

/**
 * 办件 figures over a period. Working days follow the published holiday and 调休 calendar (README, 办件时效);
 * duration = working days from the CST day of 受理 (or 申请) to the CST day of 办结.
 */
export type DashboardCaseFigures = {
  __typename?: 'DashboardCaseFigures';
  /** Cases applied for (申请; drafts excluded) in the period. */
  applied: Scalars['Int']['output'];
  appliedBySource: Array<DashboardSourceCount>;
  /** Cases completed (办结) in the period. */
  completed: Scalars['Int']['output'];
  /** Completed cases that took longer than their item's 承诺时限 (promisedDays working days). */
  completedPastPromise: Scalars['Int']['output'];
  /** Median and 90th percentile of working days from 受理 to 办结 (nearest rank); null when nothing was completed. */
  medianWorkingDays: Maybe<Scalars['Int']['output']>;
  /** 按时办结率 = (completed - completedPastPromise) / completed; null when nothing was completed. */
  onTimeCompletionRate: Maybe<Scalars['Float']['output']>;
  p90WorkingDays: Maybe<Scalars['Int']['output']>;
};

export type DashboardDepartmentRow = {
  __typename?: 'DashboardDepartmentRow';
  cases: DashboardCaseFigures;
  current: EvaluationFigureRow;
  department: Department;
  previous: EvaluationFigureRow;
  previousCases: DashboardCaseFigures;
};

export type DashboardDimensionScore = {
  __typename?: 'DashboardDimensionScore';
  average: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  dimension: EvaluationDimension;
};

export type DashboardEvaluationConnection = {
  __typename?: 'DashboardEvaluationConnection';
  edges: Array<EvaluationEdge>;
  nodes: Array<Evaluation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The evaluations behind a dashboard number. */
export type DashboardEvaluationFilter =
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

export type DashboardItemRow = {
  __typename?: 'DashboardItemRow';
  cases: DashboardCaseFigures;
  current: EvaluationFigureRow;
  item: ServiceItem;
  previous: EvaluationFigureRow;
};

export type DashboardPeriod = {
  __typename?: 'DashboardPeriod';
  from: Scalars['Date']['output'];
  kind: DashboardPeriodKind;
  previousFrom: Scalars['Date']['output'];
  previousTo: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
};

export type DashboardPeriodInput = {
  /** Any CST day inside the period (DAY, WEEK, MONTH), or the first day of a CUSTOM period. */
  day: Scalars['Date']['input'];
  kind: DashboardPeriodKind;
  /** The last day of a CUSTOM period (ignored otherwise). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type DashboardPeriodKind =
  /** from..to, both CST days inclusive, at most 366 days; the previous period is the same number of days before. */
  | 'CUSTOM'
  | 'DAY'
  | 'MONTH'
  /** Monday to Sunday (ISO week). */
  | 'WEEK';

/** Cases of a source (来源). */
export type DashboardSourceCount = {
  __typename?: 'DashboardSourceCount';
  count: Scalars['Int']['output'];
  source: CaseSource;
};

export type DashboardStatusCount = {
  __typename?: 'DashboardStatusCount';
  count: Scalars['Int']['output'];
  status: CaseStatus;
};

/** One CST day of the trend line. */
export type DashboardTrendPoint = {
  __typename?: 'DashboardTrendPoint';
  applied: Scalars['Int']['output'];
  /** 差评 (不满意 + 非常不满意, upheld appeals left out) */
  bad: Scalars['Int']['output'];
  completed: Scalars['Int']['output'];
  day: Scalars['Date']['output'];
  /** 评价总量 */
  evaluations: Scalars['Int']['output'];
};

export type DecideEvaluationAppealInput = {
  appealId: Scalars['ID']['input'];
  decision: EvaluationAppealDecision;
  /** Optional note, at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type DeliveryMethod =
  /** 邮政速递 */
  | 'EMS'
  /** 窗口领取 */
  | 'WINDOW_PICKUP';

/** 审批部门 */
export type Department = Node & {
  __typename?: 'Department';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 6-digit administrative region code */
  regionCode: Scalars['String']['output'];
};

export type DimensionScore = {
  __typename?: 'DimensionScore';
  dimension: EvaluationDimension;
  /** 1 (worst) to 5 (best). */
  score: Scalars['Int']['output'];
};

export type DimensionScoreInput = {
  dimension: EvaluationDimension;
  /** Integer 1–5. */
  score: Scalars['Int']['input'];
};

/** 好差评: one evaluation of one completed case. Immutable once written. */
export type Evaluation = Node & {
  __typename?: 'Evaluation';
  /** The department's appeal (申诉) of this review, if any; null for the citizen. */
  appeal: Maybe<EvaluationAppeal>;
  /** 回访 notes, oldest first; empty for the citizen. */
  callbacks: Array<EvaluationNote>;
  canAddFollowUp: Scalars['Boolean']['output'];
  canAppeal: Scalars['Boolean']['output'];
  canRecordCallback: Scalars['Boolean']['output'];
  canRecordRectification: Scalars['Boolean']['output'];
  /** What the caller may do now. */
  canReply: Scalars['Boolean']['output'];
  case: Case;
  channel: EvaluationChannel;
  comment: Maybe<Scalars['String']['output']>;
  dimensionScores: Array<DimensionScore>;
  /** True when an appeal was upheld: the review is kept and shown, but left out of every figure. */
  excludedFromFigures: Scalars['Boolean']['output'];
  /** The applicant's 追评, when given. */
  followUp: Maybe<EvaluationNote>;
  id: Scalars['ID']['output'];
  /** True for 不满意 and 非常不满意. */
  isBad: Scalars['Boolean']['output'];
  /** 系统默认评价: recorded by the sweep after 7 natural days without an evaluation (level BASIC, no evaluator). */
  isDefault: Scalars['Boolean']['output'];
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
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedByName: Maybe<Scalars['String']['output']>;
  decisionNote: Maybe<Scalars['String']['output']>;
  department: Department;
  evaluation: Evaluation;
  filedAt: Scalars['DateTime']['output'];
  filedByName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  status: EvaluationAppealStatus;
};

export type EvaluationAppealConnection = {
  __typename?: 'EvaluationAppealConnection';
  edges: Array<EvaluationAppealEdge>;
  nodes: Array<EvaluationAppeal>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvaluationAppealDecision =
  /** 驳回申诉: nothing changes */
  | 'DISMISS'
  /** 维持申诉: the review is kept but excluded from the figures */
  | 'UPHOLD';

export type EvaluationAppealEdge = {
  __typename?: 'EvaluationAppealEdge';
  cursor: Scalars['String']['output'];
  node: EvaluationAppeal;
};

export type EvaluationAppealPayload = {
  __typename?: 'EvaluationAppealPayload';
  appeal: Maybe<EvaluationAppeal>;
  userErrors: Array<UserError>;
};

export type EvaluationAppealStatus =
  /** 申诉驳回 */
  | 'DISMISSED'
  /** 待复核 */
  | 'PENDING'
  /** 申诉成立 (upheld): the review is excluded from the figures */
  | 'UPHELD';

/** Where an evaluation came from. Citizens submit from PC or MOBILE; SYSTEM_DEFAULT is the 7-day default. */
export type EvaluationChannel =
  | 'HOTLINE'
  | 'MOBILE'
  | 'PC'
  | 'SMS'
  /** 系统默认评价 */
  | 'SYSTEM_DEFAULT'
  | 'WINDOW_DEVICE';

export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  edges: Array<EvaluationEdge>;
  nodes: Array<Evaluation>;
  pageInfo: PageInfo;
  /** Counts per queue tab (all four states, whatever `state` filter was given). */
  stateCounts: Array<EvaluationReplyStateCount>;
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

export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  cursor: Scalars['String']['output'];
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
  basic: Scalars['Int']['output'];
  /** 系统默认评价 */
  defaults: Scalars['Int']['output'];
  /** null for the overall row. */
  department: Maybe<Department>;
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
  satisfied: Scalars['Int']['output'];
  /** 评价总量 */
  total: Scalars['Int']['output'];
  veryDissatisfied: Scalars['Int']['output'];
  verySatisfied: Scalars['Int']['output'];
};

export type EvaluationFigures = {
  __typename?: 'EvaluationFigures';
  /** The instant the figures were computed at (due/overdue are judged against it). */
  asOf: Scalars['DateTime']['output'];
  /** One row per department with at least one evaluation in the period, by department name. */
  byDepartment: Array<EvaluationFigureRow>;
  from: Maybe<Scalars['Date']['output']>;
  overall: EvaluationFigureRow;
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
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  kind: EvaluationReplyKind;
};

export type EvaluationNoteInput = {
  /** 1–1000 characters. */
  body: Scalars['String']['input'];
  evaluationId: Scalars['ID']['input'];
};

export type EvaluationPayload = {
  __typename?: 'EvaluationPayload';
  evaluation: Maybe<Evaluation>;
  userErrors: Array<UserError>;
};

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
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'PENDING'
  | 'REPLIED';

export type EvaluationReplyStateCount = {
  __typename?: 'EvaluationReplyStateCount';
  count: Scalars['Int']['output'];
  state: EvaluationReplyState;
};

/** The evaluation window of a completed case: open from completion until 24:00 CST of day D+7 (D = CST day of completion). */
export type EvaluationWindow = {
  __typename?: 'EvaluationWindow';
  closesAt: Scalars['DateTime']['output'];
  /** The dimensions the form offers for this case (online or window set). */
  dimensions: Array<EvaluationDimension>;
  /** True while now < closesAt and the case has no evaluation yet. */
  isOpen: Scalars['Boolean']['output'];
};

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

export type FetchLicenseMaterialPayload = {
  __typename?: 'FetchLicenseMaterialPayload';
  /** Set when too many wrong codes were typed: no code is accepted before this instant. */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  material: Maybe<CaseMaterial>;
  userErrors: Array<UserError>;
};

export type FileEvaluationAppealInput = {
  evaluationId: Scalars['ID']['input'];
  /** 申诉理由, 1–500 characters. */
  reason: Scalars['String']['input'];
};

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

export type ForeignInvestmentProjectInput = {
  constructionContent?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  investors?: InputMaybe<Array<ForeignInvestorInput>>;
  location?: InputMaybe<Scalars['String']['input']>;
  projectName?: InputMaybe<Scalars['String']['input']>;
  totalInvestment?: InputMaybe<MoneyInput>;
};

/** 外国投资者: one foreign investor of the project. */
export type ForeignInvestor = {
  __typename?: 'ForeignInvestor';
  /** 国别（地区） */
  countryOrRegion: Maybe<Scalars['String']['output']>;
  name: Maybe<Scalars['String']['output']>;
  /** 持股比例 in percent, exact decimal with at most 2 places, e.g. "51.25". */
  sharePercent: Maybe<Scalars['String']['output']>;
};

export type ForeignInvestorInput = {
  countryOrRegion?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Percent, exact decimal with at most 2 places. */
  sharePercent?: InputMaybe<Scalars['String']['input']>;
};

export type GenerateLicenseCodeInput = {
  licenseId: Scalars['ID']['input'];
};

export type GenerateLicenseCodePayload = {
  __typename?: 'GenerateLicenseCodePayload';
  /** The 8-digit verification code. Shown only in this response; the hall keeps only a keyed hash. */
  code: Maybe<Scalars['String']['output']>;
  grant: Maybe<LicenseGrant>;
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
  id: Scalars['ID']['output'];
  /** GB/T 36904 identifier: 1.2.156.3005.2.{type code}.{issuer credit code}.{serial}.{3-digit version}.{check char}. */
  identifier: Scalars['String']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** 法定代表人 (name only; the ID number is never exposed) */
  legalRepresentative: Scalars['String']['output'];
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
  id: Scalars['ID']['output'];
  /** The application's 审批事项 */
  itemName: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  outcome: LicenseAccessOutcome;
  purpose: Scalars['String']['output'];
};

export type LicenseAccessConnection = {
  __typename?: 'LicenseAccessConnection';
  edges: Array<LicenseAccessEdge>;
  nodes: Array<LicenseAccess>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LicenseAccessEdge = {
  __typename?: 'LicenseAccessEdge';
  cursor: Scalars['String']['output'];
  node: LicenseAccess;
};

export type LicenseAccessOutcome =
  /** 拒绝 (the code was right but the license could not be fetched, e.g. 吊销) */
  | 'DENIED'
  /** 获取成功 */
  | 'GRANTED';

/** 证照管理员: a person the legal representative allowed to generate verification codes. */
export type LicenseAdministrator = {
  __typename?: 'LicenseAdministrator';
  appointedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  maskedIdNumber: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type LicenseAdministratorPayload = {
  __typename?: 'LicenseAdministratorPayload';
  license: Maybe<License>;
  userErrors: Array<UserError>;
};

/** One 8-digit verification code (验证码). The code itself is shown only once, when generated. */
export type LicenseGrant = Node & {
  __typename?: 'LicenseGrant';
  createdAt: Scalars['DateTime']['output'];
  /** Who generated the code. */
  createdByName: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  status: LicenseGrantStatus;
  usedAt: Maybe<Scalars['DateTime']['output']>;
};

export type LicenseGrantConnection = {
  __typename?: 'LicenseGrantConnection';
  edges: Array<LicenseGrantEdge>;
  nodes: Array<LicenseGrant>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LicenseGrantEdge = {
  __typename?: 'LicenseGrantEdge';
  cursor: Scalars['String']['output'];
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
  address: Scalars['String']['output'];
  businessScope: Scalars['String']['output'];
  companyType: Scalars['String']['output'];
  creditCode: Scalars['String']['output'];
  establishedOn: Scalars['Date']['output'];
  fetchedAt: Scalars['DateTime']['output'];
  identifier: Scalars['String']['output'];
  legalRepresentative: Scalars['String']['output'];
  name: Scalars['String']['output'];
  operatingFrom: Scalars['Date']['output'];
  operatingTo: Maybe<Scalars['Date']['output']>;
  /** Who provided it, e.g. 天津市市场监督管理委员会 */
  providedBy: Scalars['String']['output'];
  registeredCapital: Scalars['String']['output'];
  registrationAuthority: Scalars['String']['output'];
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

/** An amount of money as an exact decimal string with at most 2 decimal places, e.g. "1250.50". */
export type Money = {
  __typename?: 'Money';
  /** Exact decimal in 万 (ten thousands) of the currency, e.g. "1250.50" = 12,505,000. */
  amount: Maybe<Scalars['String']['output']>;
  currency: Maybe<Currency>;
};

export type MoneyInput = {
  /** Exact decimal in 万 of the currency, at most 2 decimal places. */
  amount?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Currency>;
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptCase: CaseTransitionPayload;
  /** The applicant adds one 追评 after the department's reply (1–500 characters). */
  addEvaluationFollowUp: EvaluationPayload;
  /** The legal representative appoints a license administrator by ID number (at most five per license). */
  appointLicenseAdministrator: LicenseAdministratorPayload;
  /** 注销: the license is cancelled (from 存续 or 吊销). */
  cancelLicense: ChangeLicenseStatusPayload;
  /**
   * Sets a new password after checking the current one and ends every other session of the user at once.
   * Wrong current passwords count like failed sign-ins: 5 per user, or 30 per address, in 15 minutes lock it.
   */
  changePassword: ChangePasswordPayload;
  completeCase: CaseTransitionPayload;
  /** The supervisor decides a pending appeal, once (UPHOLD or DISMISS). */
  decideEvaluationAppeal: EvaluationAppealPayload;
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
  /** Window staff (窗口人员) find a citizen by ID number. Every look-up is written to the audit log. */
  lookUpCitizen: CitizenLookupPayload;
  /** Market-regulation staff or a partner with scope licenses:publish issue or update a license. Idempotent by identifier. */
  publishLicense: PublishLicensePayload;
  /** The case's department records a 回访 note on a bad review (any number). */
  recordEvaluationCallback: EvaluationPayload;
  /** The case's department records a 整改 note on a bad review (any number). */
  recordEvaluationRectification: EvaluationPayload;
  /** Window staff record a case applied for in person (窗口申报). */
  recordWindowCase: RecordWindowCasePayload;
  rejectCase: CaseTransitionPayload;
  /** Removes an uploaded or fetched material from the caller's own 暂存件 (the stored file is deleted). */
  removeCaseMaterial: RemoveCaseMaterialPayload;
  /** The legal representative removes a license administrator. */
  removeLicenseAdministrator: LicenseAdministratorPayload;
  /** The case's department replies to a bad review (once; after the deadline it is accepted and marked overdue). */
  replyToEvaluation: EvaluationPayload;
  requestCorrection: CaseTransitionPayload;
  /** 吊销: the license is revoked (from 存续). */
  revokeLicense: ChangeLicenseStatusPayload;
  /** Revokes an unused code before it is used. */
  revokeLicenseCode: RevokeLicenseCodePayload;
  /** Creates or updates the caller's own 暂存件 of an online item; partial data is kept as it is. */
  saveApplicationDraft: SaveApplicationDraftPayload;
  startProcessing: CaseTransitionPayload;
  /** The applicant submits their own draft (暂存件); it moves to 在办件. */
  submitDraft: CaseTransitionPayload;
  /** The applicant evaluates their own completed case, once, while its window is open. */
  submitEvaluation: SubmitEvaluationPayload;
  /** 互联互通: a partner system (scope cases:sync) creates or updates one of its department's cases. Idempotent. */
  syncCase: SyncCasePayload;
};


export type MutationAcceptCaseArgs = {
  input: AcceptCaseInput;
};


export type MutationAddEvaluationFollowUpArgs = {
  input: EvaluationNoteInput;
};


export type MutationAppointLicenseAdministratorArgs = {
  input: AppointLicenseAdministratorInput;
};


export type MutationCancelLicenseArgs = {
  input: ChangeLicenseStatusInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCompleteCaseArgs = {
  input: CompleteCaseInput;
};


export type MutationDecideEvaluationAppealArgs = {
  input: DecideEvaluationAppealInput;
};


export type MutationFetchLicenseMaterialArgs = {
  input: FetchLicenseMaterialInput;
};


export type MutationFileEvaluationAppealArgs = {
  input: FileEvaluationAppealInput;
};


export type MutationGenerateLicenseCodeArgs = {
  input: GenerateLicenseCodeInput;
};


export type MutationLookUpCitizenArgs = {
  idNumber: Scalars['String']['input'];
};


export type MutationPublishLicenseArgs = {
  input: PublishLicenseInput;
};


export type MutationRecordEvaluationCallbackArgs = {
  input: EvaluationNoteInput;
};


export type MutationRecordEvaluationRectificationArgs = {
  input: EvaluationNoteInput;
};


export type MutationRecordWindowCaseArgs = {
  input: RecordWindowCaseInput;
};


export type MutationRejectCaseArgs = {
  input: RejectCaseInput;
};


export type MutationRemoveCaseMaterialArgs = {
  input: RemoveCaseMaterialInput;
};


export type MutationRemoveLicenseAdministratorArgs = {
  input: RemoveLicenseAdministratorInput;
};


export type MutationReplyToEvaluationArgs = {
  input: ReplyToEvaluationInput;
};


export type MutationRequestCorrectionArgs = {
  input: RequestCorrectionInput;
};


export type MutationRevokeLicenseArgs = {
  input: ChangeLicenseStatusInput;
};


export type MutationRevokeLicenseCodeArgs = {
  input: RevokeLicenseCodeInput;
};


export type MutationSaveApplicationDraftArgs = {
  input: SaveApplicationDraftInput;
};


export type MutationStartProcessingArgs = {
  input: StartProcessingInput;
};


export type MutationSubmitDraftArgs = {
  input: SubmitDraftInput;
};


export type MutationSubmitEvaluationArgs = {
  input: SubmitEvaluationInput;
};


export type MutationSyncCaseArgs = {
  input: SyncCaseInput;
};

/** An object with an opaque global ID, fetchable with `node(id:)`. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type PublishLicenseInput = {
  address: Scalars['String']['input'];
  businessScope: Scalars['String']['input'];
  companyType: Scalars['String']['input'];
  creditCode: Scalars['String']['input'];
  establishedOn: Scalars['Date']['input'];
  /** GB/T 36904 identifier; the key that makes publishing idempotent. */
  identifier: Scalars['String']['input'];
  issuedAt: Scalars['DateTime']['input'];
  legalRepresentative: Scalars['String']['input'];
  /** The legal representative's 居民身份证号; stored encrypted, used to match them in the hall. */
  legalRepresentativeIdNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  operatingFrom: Scalars['Date']['input'];
  operatingTo?: InputMaybe<Scalars['Date']['input']>;
  registeredCapital: Scalars['String']['input'];
  registrationAuthority: Scalars['String']['input'];
};

export type PublishLicensePayload = {
  __typename?: 'PublishLicensePayload';
  license: Maybe<License>;
  outcome: Maybe<PublishOutcome>;
  userErrors: Array<UserError>;
};

/** How a publish call changed the license library. */
export type PublishOutcome =
  | 'CREATED'
  /** The same data was already published; nothing changed. */
  | 'UNCHANGED'
  | 'UPDATED';

/** Published figures (公示) of one department over one period. */
export type PublishedFigureRow = {
  __typename?: 'PublishedFigureRow';
  badRate: Maybe<Scalars['Float']['output']>;
  department: Department;
  goodRate: Maybe<Scalars['Float']['output']>;
  /** 按时办结率 */
  onTimeCompletionRate: Maybe<Scalars['Float']['output']>;
  onTimeReplyRate: Maybe<Scalars['Float']['output']>;
  /** 评价总量 */
  total: Scalars['Int']['output'];
};

export type PublishedFigures = {
  __typename?: 'PublishedFigures';
  asOf: Scalars['DateTime']['output'];
  month: Array<PublishedFigureRow>;
  /** The last full calendar month (CST) and the last 12 full months. */
  monthFrom: Scalars['Date']['output'];
  monthTo: Scalars['Date']['output'];
  year: Array<PublishedFigureRow>;
  yearFrom: Scalars['Date']['output'];
  yearTo: Scalars['Date']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 我要办事: the public catalogue, by department then name. `first` is capped at 100. */
  catalogueItems: ServiceItemConnection;
  /** The dashboard (SUPERVISOR: every department or the one asked for; DEPARTMENT_HEAD: its own only). */
  dashboard: Dashboard;
  /** The evaluations behind a dashboard number, newest first, with the same period and filters. */
  dashboardEvaluations: DashboardEvaluationConnection;
  /** The cases of the caller's own department (部门经办人 only), newest application first (drafts are never shown to departments). */
  departmentCases: CaseConnection;
  /** The bad reviews of the caller's own department (部门经办人 only), earliest reply deadline first. */
  departmentEvaluationTasks: EvaluationConnection;
  departments: Array<Department>;
  /** Appeals for the supervisor (好差评管理员, SUPERVISOR only), oldest first. */
  evaluationAppeals: EvaluationAppealConnection;
  /** Figures over evaluations submitted on CST days from..to (inclusive, both optional); SUPERVISOR or ADMIN. */
  evaluationFigures: EvaluationFigures;
  /** The signed-in user, or null when the request carries no valid session. */
  me: Maybe<User>;
  /** The signed-in applicant's own cases (我的办件), drafts first, then newest application first. `first` is capped at 100. */
  myCases: CaseConnection;
  /** 我的证照: the licenses the caller may authorise (as legal representative, matched by ID number, or as administrator). */
  myLicenses: Array<License>;
  /** Fetches any object by its global ID, subject to the same access rules as every other path. */
  node: Maybe<Node>;
  /** Fetches up to 100 objects by global ID; an ID the caller may not see yields null. */
  nodes: Array<Maybe<Node>>;
  /** 公示: each department's figures for the last month and year; public. */
  publishedFigures: PublishedFigures;
  /** This request's cost and the caller's remaining budget. */
  rateLimit: RateLimit;
  /** All items, or one department's, by code (for staff pick lists). */
  serviceItems: Array<ServiceItem>;
  uploadLimits: UploadLimits;
};


export type QueryCatalogueItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onlineOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDashboardArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  period: DashboardPeriodInput;
};


export type QueryDashboardEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<DashboardEvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  period: DashboardPeriodInput;
};


export type QueryDepartmentCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
};


export type QueryDepartmentEvaluationTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<EvaluationReplyState>;
};


export type QueryEvaluationAppealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EvaluationAppealStatus>;
};


export type QueryEvaluationFiguresArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryMyCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  appliedFrom?: InputMaybe<Scalars['Date']['input']>;
  appliedTo?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  list?: InputMaybe<CaseList>;
  source?: InputMaybe<CaseSource>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryServiceItemsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
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

export type RecordWindowCaseInput = {
  /** The applicant's 居民身份证号 (checked with its check digit). */
  applicantIdNumber: Scalars['String']['input'];
  /** When the applicant applied at the window. */
  appliedAt: Scalars['DateTime']['input'];
  /** The window system's business number, kept exactly as given (18 digits in the guide). */
  businessNumber: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
};

export type RecordWindowCasePayload = {
  __typename?: 'RecordWindowCasePayload';
  case: Maybe<Case>;
  userErrors: Array<UserError>;
};

export type RejectCaseInput = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why the application is not accepted (不予受理理由); required. */
  reason: Scalars['String']['input'];
};

export type RemoveCaseMaterialInput = {
  materialId: Scalars['ID']['input'];
};

export type RemoveCaseMaterialPayload = {
  __typename?: 'RemoveCaseMaterialPayload';
  /** The draft the material was removed from. */
  case: Maybe<Case>;
  removedMaterialId: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type RemoveLicenseAdministratorInput = {
  administratorId: Scalars['ID']['input'];
  licenseId: Scalars['ID']['input'];
};

export type ReplyToEvaluationInput = {
  /** 1–1000 characters. Shown to the citizen; immutable. */
  body: Scalars['String']['input'];
  evaluationId: Scalars['ID']['input'];
};

export type RequestCorrectionInput = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Every missing or incorrect material, in one notice (一次性告知). */
  missingMaterials: Array<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type RevokeLicenseCodeInput = {
  grantId: Scalars['ID']['input'];
};

export type RevokeLicenseCodePayload = {
  __typename?: 'RevokeLicenseCodePayload';
  grant: Maybe<LicenseGrant>;
  userErrors: Array<UserError>;
};

export type Role =
  | 'ADMIN'
  | 'CITIZEN'
  /** 部门负责人: reads its own department's figures and lists (统计分析), read-only. */
  | 'DEPARTMENT_HEAD'
  | 'DEPARTMENT_STAFF'
  | 'SUPERVISOR'
  | 'WINDOW_STAFF';

export type SaveApplicationDraftInput = {
  /** The caller's own 暂存件 to update; omit to start a new one. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** The whole form as it stands now (replaces what was saved; fields may be missing). */
  foreignInvestmentProject?: InputMaybe<ForeignInvestmentProjectInput>;
  /** The service item applied for; must match the draft's item when caseId is given. */
  itemId: Scalars['ID']['input'];
};

export type SaveApplicationDraftPayload = {
  __typename?: 'SaveApplicationDraftPayload';
  case: Maybe<Case>;
  userErrors: Array<UserError>;
};

/** 审批事项 */
export type ServiceItem = Node & {
  __typename?: 'ServiceItem';
  applicationForm: Maybe<ApplicationForm>;
  code: Scalars['String']['output'];
  department: Department;
  id: Scalars['ID']['output'];
  materials: Array<ServiceItemMaterial>;
  name: Scalars['String']['output'];
  /** Whether the item can be applied for online (网上申报). */
  onlineApplicable: Scalars['Boolean']['output'];
  /** 承诺时限 in working days, when published. */
  promisedDays: Maybe<Scalars['Int']['output']>;
};

export type ServiceItemConnection = {
  __typename?: 'ServiceItemConnection';
  edges: Array<ServiceItemEdge>;
  nodes: Array<ServiceItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceItemEdge = {
  __typename?: 'ServiceItemEdge';
  cursor: Scalars['String']['output'];
  node: ServiceItem;
};

/** One entry of an item's materials checklist (申请材料). */
export type ServiceItemMaterial = {
  __typename?: 'ServiceItemMaterial';
  /** Global ID (type ServiceItemMaterial): the slot an upload or a fetched license fills. */
  id: Scalars['ID']['output'];
  /** When set, the material can be fetched from the license library (获取证照库文件) instead of uploaded. */
  licenseType: Maybe<LicenseType>;
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  sortOrder: Scalars['Int']['output'];
};

export type StartProcessingInput = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type SubmitDraftInput = {
  caseId: Scalars['ID']['input'];
};

export type SubmitEvaluationInput = {
  caseId: Scalars['ID']['input'];
  /** PC (default) or MOBILE; any other channel is refused (INVALID). */
  channel?: InputMaybe<EvaluationChannel>;
  /** At most 500 characters; required (non-blank) for DISSATISFIED and VERY_DISSATISFIED (userError REQUIRED on [input, comment]). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Each dimension at most once, only those of the case's window.dimensions; optional. */
  dimensionScores?: InputMaybe<Array<DimensionScoreInput>>;
  level: EvaluationLevel;
};

/**
 * Errors: NOT_FOUND (not the caller's case / unknown), INVALID_TRANSITION (case not completed), EXPIRED (window closed),
 * TAKEN (already evaluated — also when two submissions race), REQUIRED/INVALID on comment, dimensionScores, channel.
 */
export type SubmitEvaluationPayload = {
  __typename?: 'SubmitEvaluationPayload';
  evaluation: Maybe<Evaluation>;
  userErrors: Array<UserError>;
};

export type SyncCaseInput = {
  acceptedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The applicant's 居民身份证号; the case is matched to the hall's citizen with that number. */
  applicantIdNumber: Scalars['String']['input'];
  appliedAt: Scalars['DateTime']['input'];
  /** The partner system's own business number, kept exactly as given. */
  businessNumber: Scalars['String']['input'];
  completedAt?: InputMaybe<Scalars['DateTime']['input']>;
  deliveryMethod?: InputMaybe<DeliveryMethod>;
  /** The service item's code (审批事项编码) in the hall's catalogue; it must belong to the client's department. */
  itemCode: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  resultSummary?: InputMaybe<Scalars['String']['input']>;
  status: CaseStatus;
  /** When the status changed in the partner system; updates older than the hall's copy are ignored. */
  statusChangedAt: Scalars['DateTime']['input'];
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

export type SyncCasePayload = {
  __typename?: 'SyncCasePayload';
  case: Maybe<Case>;
  outcome: Maybe<SyncOutcome>;
  userErrors: Array<UserError>;
};

/** How a synced update changed the hall's copy of the case. */
export type SyncOutcome =
  | 'CREATED'
  /** Older than what the hall already has; ignored so it cannot overwrite a newer status. */
  | 'STALE'
  /** The same update was already applied; nothing changed. */
  | 'UNCHANGED'
  | 'UPDATED';

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

export type User = Node & {
  __typename?: 'User';
  /** The department a staff member belongs to. */
  department: Maybe<Department>;
  id: Scalars['ID']['output'];
  kind: UserKind;
  /** The 居民身份证号, masked, e.g. 120***********123X. */
  maskedIdNumber: Scalars['String']['output'];
  maskedPhone: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  realNameLevel: RealNameLevel;
  roles: Array<Role>;
};

/** Why a mutation's input was refused, in the caller's terms. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "comment"]; null when the error is about the whole input. */
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  /** The case's files would exceed the per-case limit. */
  | 'CASE_FILES_TOO_LARGE'
  /** An uploaded file has no content. */
  | 'EMPTY_FILE'
  /** A deadline has passed (e.g. the 7-day evaluation window). */
  | 'EXPIRED'
  /** An uploaded file is larger than the per-file limit. */
  | 'FILE_TOO_LARGE'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'STALE'
  | 'TAKEN'
  | 'UNKNOWN_CITIZEN'
  /** The file's content is not PDF, JPEG, PNG or OFD. */
  | 'UNSUPPORTED_FILE_TYPE';

export type UserKind =
  /** 法人 */
  | 'COMPANY'
  /** 自然人 */
  | 'PERSON';



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
    | ( CaseModel & { __typename: 'Case' } )
    | ( DepartmentModel & { __typename: 'Department' } )
    | ( EvaluationModel & { __typename: 'Evaluation' } )
    | ( EvaluationAppealModel & { __typename: 'EvaluationAppeal' } )
    | ( LicenseModel & { __typename: 'License' } )
    | ( LicenseGrantModel & { __typename: 'LicenseGrant' } )
    | ( ServiceItemModel & { __typename: 'ServiceItem' } )
    | ( UserModel & { __typename: 'User' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptCaseInput: AcceptCaseInput;
  ApplicationForm: ApplicationForm;
  AppointLicenseAdministratorInput: AppointLicenseAdministratorInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Case: ResolverTypeWrapper<CaseModel>;
  CaseAction: CaseAction;
  CaseApplication: ResolverTypeWrapper<CaseApplication>;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseEdge']>, nodes: Array<ResolversTypes['Case']> }>;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseEvent: ResolverTypeWrapper<CaseEventModel>;
  CaseList: CaseList;
  CaseListCount: ResolverTypeWrapper<CaseListCount>;
  CaseMaterial: ResolverTypeWrapper<CaseMaterialModel>;
  CaseSource: CaseSource;
  CaseStatus: CaseStatus;
  CaseTransitionPayload: ResolverTypeWrapper<Omit<CaseTransitionPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  ChangeLicenseStatusInput: ChangeLicenseStatusInput;
  ChangeLicenseStatusPayload: ResolverTypeWrapper<Omit<ChangeLicenseStatusPayload, 'license'> & { license?: Maybe<ResolversTypes['License']> }>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<ChangePasswordPayload>;
  CitizenLookupPayload: ResolverTypeWrapper<CitizenLookupPayload>;
  CitizenMatch: ResolverTypeWrapper<CitizenMatch>;
  CompleteCaseInput: CompleteCaseInput;
  Currency: Currency;
  Dashboard: ResolverTypeWrapper<DashboardModel>;
  DashboardAlert: ResolverTypeWrapper<AlertModel>;
  DashboardAlertKind: DashboardAlertKind;
  DashboardCaseFigures: ResolverTypeWrapper<DashboardCaseFigures>;
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
  DeliveryMethod: DeliveryMethod;
  Department: ResolverTypeWrapper<DepartmentModel>;
  DimensionScore: ResolverTypeWrapper<DimensionScore>;
  DimensionScoreInput: DimensionScoreInput;
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
  EvaluationWindow: ResolverTypeWrapper<EvaluationWindow>;
  FetchLicenseMaterialInput: FetchLicenseMaterialInput;
  FetchLicenseMaterialPayload: ResolverTypeWrapper<Omit<FetchLicenseMaterialPayload, 'material'> & { material?: Maybe<ResolversTypes['CaseMaterial']> }>;
  FileEvaluationAppealInput: FileEvaluationAppealInput;
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
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublishLicenseInput: PublishLicenseInput;
  PublishLicensePayload: ResolverTypeWrapper<Omit<PublishLicensePayload, 'license'> & { license?: Maybe<ResolversTypes['License']> }>;
  PublishOutcome: PublishOutcome;
  PublishedFigureRow: ResolverTypeWrapper<PublishedFigureRowModel>;
  PublishedFigures: ResolverTypeWrapper<Omit<PublishedFigures, 'month' | 'year'> & { month: Array<ResolversTypes['PublishedFigureRow']>, year: Array<ResolversTypes['PublishedFigureRow']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimit: ResolverTypeWrapper<RateLimit>;
  RealNameLevel: RealNameLevel;
  RecordWindowCaseInput: RecordWindowCaseInput;
  RecordWindowCasePayload: ResolverTypeWrapper<Omit<RecordWindowCasePayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  RejectCaseInput: RejectCaseInput;
  RemoveCaseMaterialInput: RemoveCaseMaterialInput;
  RemoveCaseMaterialPayload: ResolverTypeWrapper<Omit<RemoveCaseMaterialPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  RemoveLicenseAdministratorInput: RemoveLicenseAdministratorInput;
  ReplyToEvaluationInput: ReplyToEvaluationInput;
  RequestCorrectionInput: RequestCorrectionInput;
  RevokeLicenseCodeInput: RevokeLicenseCodeInput;
  RevokeLicenseCodePayload: ResolverTypeWrapper<Omit<RevokeLicenseCodePayload, 'grant'> & { grant?: Maybe<ResolversTypes['LicenseGrant']> }>;
  Role: Role;
  SaveApplicationDraftInput: SaveApplicationDraftInput;
  SaveApplicationDraftPayload: ResolverTypeWrapper<Omit<SaveApplicationDraftPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  ServiceItem: ResolverTypeWrapper<ServiceItemModel>;
  ServiceItemConnection: ResolverTypeWrapper<Omit<ServiceItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceItemEdge']>, nodes: Array<ResolversTypes['ServiceItem']> }>;
  ServiceItemEdge: ResolverTypeWrapper<Omit<ServiceItemEdge, 'node'> & { node: ResolversTypes['ServiceItem'] }>;
  ServiceItemMaterial: ResolverTypeWrapper<ServiceItemMaterialModel>;
  StartProcessingInput: StartProcessingInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitDraftInput: SubmitDraftInput;
  SubmitEvaluationInput: SubmitEvaluationInput;
  SubmitEvaluationPayload: ResolverTypeWrapper<Omit<SubmitEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  SyncCaseInput: SyncCaseInput;
  SyncCasePayload: ResolverTypeWrapper<Omit<SyncCasePayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  SyncOutcome: SyncOutcome;
  UploadLimits: ResolverTypeWrapper<UploadLimits>;
  User: ResolverTypeWrapper<UserModel>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserKind: UserKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptCaseInput: AcceptCaseInput;
  AppointLicenseAdministratorInput: AppointLicenseAdministratorInput;
  Boolean: Scalars['Boolean']['output'];
  Case: CaseModel;
  CaseApplication: CaseApplication;
  CaseConnection: Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseEdge']>, nodes: Array<ResolversParentTypes['Case']> };
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseEvent: CaseEventModel;
  CaseListCount: CaseListCount;
  CaseMaterial: CaseMaterialModel;
  CaseTransitionPayload: Omit<CaseTransitionPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  ChangeLicenseStatusInput: ChangeLicenseStatusInput;
  ChangeLicenseStatusPayload: Omit<ChangeLicenseStatusPayload, 'license'> & { license?: Maybe<ResolversParentTypes['License']> };
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ChangePasswordPayload;
  CitizenLookupPayload: CitizenLookupPayload;
  CitizenMatch: CitizenMatch;
  CompleteCaseInput: CompleteCaseInput;
  Dashboard: DashboardModel;
  DashboardAlert: AlertModel;
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
  Department: DepartmentModel;
  DimensionScore: DimensionScore;
  DimensionScoreInput: DimensionScoreInput;
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
  EvaluationWindow: EvaluationWindow;
  FetchLicenseMaterialInput: FetchLicenseMaterialInput;
  FetchLicenseMaterialPayload: Omit<FetchLicenseMaterialPayload, 'material'> & { material?: Maybe<ResolversParentTypes['CaseMaterial']> };
  FileEvaluationAppealInput: FileEvaluationAppealInput;
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
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PublishLicenseInput: PublishLicenseInput;
  PublishLicensePayload: Omit<PublishLicensePayload, 'license'> & { license?: Maybe<ResolversParentTypes['License']> };
  PublishedFigureRow: PublishedFigureRowModel;
  PublishedFigures: Omit<PublishedFigures, 'month' | 'year'> & { month: Array<ResolversParentTypes['PublishedFigureRow']>, year: Array<ResolversParentTypes['PublishedFigureRow']> };
  Query: Record<PropertyKey, never>;
  RateLimit: RateLimit;
  RecordWindowCaseInput: RecordWindowCaseInput;
  RecordWindowCasePayload: Omit<RecordWindowCasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  RejectCaseInput: RejectCaseInput;
  RemoveCaseMaterialInput: RemoveCaseMaterialInput;
  RemoveCaseMaterialPayload: Omit<RemoveCaseMaterialPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  RemoveLicenseAdministratorInput: RemoveLicenseAdministratorInput;
  ReplyToEvaluationInput: ReplyToEvaluationInput;
  RequestCorrectionInput: RequestCorrectionInput;
  RevokeLicenseCodeInput: RevokeLicenseCodeInput;
  RevokeLicenseCodePayload: Omit<RevokeLicenseCodePayload, 'grant'> & { grant?: Maybe<ResolversParentTypes['LicenseGrant']> };
  SaveApplicationDraftInput: SaveApplicationDraftInput;
  SaveApplicationDraftPayload: Omit<SaveApplicationDraftPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  ServiceItem: ServiceItemModel;
  ServiceItemConnection: Omit<ServiceItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceItemEdge']>, nodes: Array<ResolversParentTypes['ServiceItem']> };
  ServiceItemEdge: Omit<ServiceItemEdge, 'node'> & { node: ResolversParentTypes['ServiceItem'] };
  ServiceItemMaterial: ServiceItemMaterialModel;
  StartProcessingInput: StartProcessingInput;
  String: Scalars['String']['output'];
  SubmitDraftInput: SubmitDraftInput;
  SubmitEvaluationInput: SubmitEvaluationInput;
  SubmitEvaluationPayload: Omit<SubmitEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  SyncCaseInput: SyncCaseInput;
  SyncCasePayload: Omit<SyncCasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  UploadLimits: UploadLimits;
  User: UserModel;
  UserError: UserError;
};

export type CaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['CaseApplication']>, ParentType, ContextType>;
  appliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  availableActions?: Resolver<Array<ResolversTypes['CaseAction']>, ParentType, ContextType>;
  businessNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canEvaluate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commitmentDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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
  toStatus?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
};

export type CaseListCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseListCount'] = ResolversParentTypes['CaseListCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['CaseList'], ParentType, ContextType>;
};

export type CaseMaterialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseMaterial'] = ResolversParentTypes['CaseMaterial']> = {
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemMaterial?: Resolver<Maybe<ResolversTypes['ServiceItemMaterial']>, ParentType, ContextType>;
  licenseSnapshot?: Resolver<Maybe<ResolversTypes['LicenseSnapshot']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sizeBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trustLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type CitizenLookupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitizenLookupPayload'] = ResolversParentTypes['CitizenLookupPayload']> = {
  citizen?: Resolver<Maybe<ResolversTypes['CitizenMatch']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CitizenMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitizenMatch'] = ResolversParentTypes['CitizenMatch']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DashboardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard']> = {
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
};

export type DashboardAlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardAlert'] = ResolversParentTypes['DashboardAlert']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DashboardAlertKind'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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

export type DepartmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DimensionScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DimensionScore'] = ResolversParentTypes['DimensionScore']> = {
  dimension?: Resolver<ResolversTypes['EvaluationDimension'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  appeal?: Resolver<Maybe<ResolversTypes['EvaluationAppeal']>, ParentType, ContextType>;
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

export type EvaluationWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationWindow'] = ResolversParentTypes['EvaluationWindow']> = {
  closesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['EvaluationDimension']>, ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FetchLicenseMaterialPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FetchLicenseMaterialPayload'] = ResolversParentTypes['FetchLicenseMaterialPayload']> = {
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  material?: Resolver<Maybe<ResolversTypes['CaseMaterial']>, ParentType, ContextType>;
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

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationAcceptCaseArgs, 'input'>>;
  addEvaluationFollowUp?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationAddEvaluationFollowUpArgs, 'input'>>;
  appointLicenseAdministrator?: Resolver<ResolversTypes['LicenseAdministratorPayload'], ParentType, ContextType, RequireFields<MutationAppointLicenseAdministratorArgs, 'input'>>;
  cancelLicense?: Resolver<ResolversTypes['ChangeLicenseStatusPayload'], ParentType, ContextType, RequireFields<MutationCancelLicenseArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  completeCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationCompleteCaseArgs, 'input'>>;
  decideEvaluationAppeal?: Resolver<ResolversTypes['EvaluationAppealPayload'], ParentType, ContextType, RequireFields<MutationDecideEvaluationAppealArgs, 'input'>>;
  fetchLicenseMaterial?: Resolver<ResolversTypes['FetchLicenseMaterialPayload'], ParentType, ContextType, RequireFields<MutationFetchLicenseMaterialArgs, 'input'>>;
  fileEvaluationAppeal?: Resolver<ResolversTypes['EvaluationAppealPayload'], ParentType, ContextType, RequireFields<MutationFileEvaluationAppealArgs, 'input'>>;
  generateLicenseCode?: Resolver<ResolversTypes['GenerateLicenseCodePayload'], ParentType, ContextType, RequireFields<MutationGenerateLicenseCodeArgs, 'input'>>;
  lookUpCitizen?: Resolver<ResolversTypes['CitizenLookupPayload'], ParentType, ContextType, RequireFields<MutationLookUpCitizenArgs, 'idNumber'>>;
  publishLicense?: Resolver<ResolversTypes['PublishLicensePayload'], ParentType, ContextType, RequireFields<MutationPublishLicenseArgs, 'input'>>;
  recordEvaluationCallback?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationRecordEvaluationCallbackArgs, 'input'>>;
  recordEvaluationRectification?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationRecordEvaluationRectificationArgs, 'input'>>;
  recordWindowCase?: Resolver<ResolversTypes['RecordWindowCasePayload'], ParentType, ContextType, RequireFields<MutationRecordWindowCaseArgs, 'input'>>;
  rejectCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationRejectCaseArgs, 'input'>>;
  removeCaseMaterial?: Resolver<ResolversTypes['RemoveCaseMaterialPayload'], ParentType, ContextType, RequireFields<MutationRemoveCaseMaterialArgs, 'input'>>;
  removeLicenseAdministrator?: Resolver<ResolversTypes['LicenseAdministratorPayload'], ParentType, ContextType, RequireFields<MutationRemoveLicenseAdministratorArgs, 'input'>>;
  replyToEvaluation?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationReplyToEvaluationArgs, 'input'>>;
  requestCorrection?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationRequestCorrectionArgs, 'input'>>;
  revokeLicense?: Resolver<ResolversTypes['ChangeLicenseStatusPayload'], ParentType, ContextType, RequireFields<MutationRevokeLicenseArgs, 'input'>>;
  revokeLicenseCode?: Resolver<ResolversTypes['RevokeLicenseCodePayload'], ParentType, ContextType, RequireFields<MutationRevokeLicenseCodeArgs, 'input'>>;
  saveApplicationDraft?: Resolver<ResolversTypes['SaveApplicationDraftPayload'], ParentType, ContextType, RequireFields<MutationSaveApplicationDraftArgs, 'input'>>;
  startProcessing?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationStartProcessingArgs, 'input'>>;
  submitDraft?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationSubmitDraftArgs, 'input'>>;
  submitEvaluation?: Resolver<ResolversTypes['SubmitEvaluationPayload'], ParentType, ContextType, RequireFields<MutationSubmitEvaluationArgs, 'input'>>;
  syncCase?: Resolver<ResolversTypes['SyncCasePayload'], ParentType, ContextType, RequireFields<MutationSyncCaseArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Case' | 'Department' | 'Evaluation' | 'EvaluationAppeal' | 'License' | 'LicenseGrant' | 'ServiceItem' | 'User', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  catalogueItems?: Resolver<ResolversTypes['ServiceItemConnection'], ParentType, ContextType, RequireFields<QueryCatalogueItemsArgs, 'first' | 'onlineOnly'>>;
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType, RequireFields<QueryDashboardArgs, 'period'>>;
  dashboardEvaluations?: Resolver<ResolversTypes['DashboardEvaluationConnection'], ParentType, ContextType, RequireFields<QueryDashboardEvaluationsArgs, 'filter' | 'first' | 'period'>>;
  departmentCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryDepartmentCasesArgs, 'first'>>;
  departmentEvaluationTasks?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, RequireFields<QueryDepartmentEvaluationTasksArgs, 'first'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  evaluationAppeals?: Resolver<ResolversTypes['EvaluationAppealConnection'], ParentType, ContextType, RequireFields<QueryEvaluationAppealsArgs, 'first'>>;
  evaluationFigures?: Resolver<ResolversTypes['EvaluationFigures'], ParentType, ContextType, Partial<QueryEvaluationFiguresArgs>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryMyCasesArgs, 'first'>>;
  myLicenses?: Resolver<Array<ResolversTypes['License']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  publishedFigures?: Resolver<ResolversTypes['PublishedFigures'], ParentType, ContextType>;
  rateLimit?: Resolver<ResolversTypes['RateLimit'], ParentType, ContextType>;
  serviceItems?: Resolver<Array<ResolversTypes['ServiceItem']>, ParentType, ContextType, Partial<QueryServiceItemsArgs>>;
  uploadLimits?: Resolver<ResolversTypes['UploadLimits'], ParentType, ContextType>;
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

export type RemoveCaseMaterialPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveCaseMaterialPayload'] = ResolversParentTypes['RemoveCaseMaterialPayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  removedMaterialId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeLicenseCodePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeLicenseCodePayload'] = ResolversParentTypes['RevokeLicenseCodePayload']> = {
  grant?: Resolver<Maybe<ResolversTypes['LicenseGrant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SaveApplicationDraftPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SaveApplicationDraftPayload'] = ResolversParentTypes['SaveApplicationDraftPayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ServiceItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItem'] = ResolversParentTypes['ServiceItem']> = {
  applicationForm?: Resolver<Maybe<ResolversTypes['ApplicationForm']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ServiceItemMaterial']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineApplicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  promisedDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type SubmitEvaluationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitEvaluationPayload'] = ResolversParentTypes['SubmitEvaluationPayload']> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SyncCasePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncCasePayload'] = ResolversParentTypes['SyncCasePayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['SyncOutcome']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UploadLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UploadLimits'] = ResolversParentTypes['UploadLimits']> = {
  acceptedContentTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxCaseBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxFileBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UserKind'], ParentType, ContextType>;
  maskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maskedPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  realNameLevel?: Resolver<ResolversTypes['RealNameLevel'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Case?: CaseResolvers<ContextType>;
  CaseApplication?: CaseApplicationResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseListCount?: CaseListCountResolvers<ContextType>;
  CaseMaterial?: CaseMaterialResolvers<ContextType>;
  CaseTransitionPayload?: CaseTransitionPayloadResolvers<ContextType>;
  ChangeLicenseStatusPayload?: ChangeLicenseStatusPayloadResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  CitizenLookupPayload?: CitizenLookupPayloadResolvers<ContextType>;
  CitizenMatch?: CitizenMatchResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DashboardAlert?: DashboardAlertResolvers<ContextType>;
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
  Department?: DepartmentResolvers<ContextType>;
  DimensionScore?: DimensionScoreResolvers<ContextType>;
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
  EvaluationWindow?: EvaluationWindowResolvers<ContextType>;
  FetchLicenseMaterialPayload?: FetchLicenseMaterialPayloadResolvers<ContextType>;
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
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PublishLicensePayload?: PublishLicensePayloadResolvers<ContextType>;
  PublishedFigureRow?: PublishedFigureRowResolvers<ContextType>;
  PublishedFigures?: PublishedFiguresResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateLimit?: RateLimitResolvers<ContextType>;
  RecordWindowCasePayload?: RecordWindowCasePayloadResolvers<ContextType>;
  RemoveCaseMaterialPayload?: RemoveCaseMaterialPayloadResolvers<ContextType>;
  RevokeLicenseCodePayload?: RevokeLicenseCodePayloadResolvers<ContextType>;
  SaveApplicationDraftPayload?: SaveApplicationDraftPayloadResolvers<ContextType>;
  ServiceItem?: ServiceItemResolvers<ContextType>;
  ServiceItemConnection?: ServiceItemConnectionResolvers<ContextType>;
  ServiceItemEdge?: ServiceItemEdgeResolvers<ContextType>;
  ServiceItemMaterial?: ServiceItemMaterialResolvers<ContextType>;
  SubmitEvaluationPayload?: SubmitEvaluationPayloadResolvers<ContextType>;
  SyncCasePayload?: SyncCasePayloadResolvers<ContextType>;
  UploadLimits?: UploadLimitsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};


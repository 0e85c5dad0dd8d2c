import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserModel, DepartmentModel, ServiceItemModel, CaseModel, CaseEventModel, CaseMaterialModel, EvaluationModel, EvaluationAppealModel, EvaluationNoteModel } from '../graphql-models.ts';
import type { FigureRowModel } from '../evaluation/compute-evaluation-figures.ts';
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

/** 办件: one application for one service item to one department. */
export type Case = Node & {
  __typename?: 'Case';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** The applicant's name; personal numbers are never exposed here. */
  applicantName: Scalars['String']['output'];
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
  createdAt: Scalars['DateTime']['output'];
  fileName: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
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

export type FileEvaluationAppealInput = {
  evaluationId: Scalars['ID']['input'];
  /** 申诉理由, 1–500 characters. */
  reason: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptCase: CaseTransitionPayload;
  /** The applicant adds one 追评 after the department's reply (1–500 characters). */
  addEvaluationFollowUp: EvaluationPayload;
  completeCase: CaseTransitionPayload;
  /** The supervisor decides a pending appeal, once (UPHOLD or DISMISS). */
  decideEvaluationAppeal: EvaluationAppealPayload;
  /** The case's department appeals a bad review, once. */
  fileEvaluationAppeal: EvaluationAppealPayload;
  /** Window staff (窗口人员) find a citizen by ID number. Every look-up is written to the audit log. */
  lookUpCitizen: CitizenLookupPayload;
  /** The case's department records a 回访 note on a bad review (any number). */
  recordEvaluationCallback: EvaluationPayload;
  /** The case's department records a 整改 note on a bad review (any number). */
  recordEvaluationRectification: EvaluationPayload;
  /** Window staff record a case applied for in person (窗口申报). */
  recordWindowCase: RecordWindowCasePayload;
  rejectCase: CaseTransitionPayload;
  /** The case's department replies to a bad review (once; after the deadline it is accepted and marked overdue). */
  replyToEvaluation: EvaluationPayload;
  requestCorrection: CaseTransitionPayload;
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


export type MutationCompleteCaseArgs = {
  input: CompleteCaseInput;
};


export type MutationDecideEvaluationAppealArgs = {
  input: DecideEvaluationAppealInput;
};


export type MutationFileEvaluationAppealArgs = {
  input: FileEvaluationAppealInput;
};


export type MutationLookUpCitizenArgs = {
  idNumber: Scalars['String']['input'];
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


export type MutationReplyToEvaluationArgs = {
  input: ReplyToEvaluationInput;
};


export type MutationRequestCorrectionArgs = {
  input: RequestCorrectionInput;
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

export type Query = {
  __typename?: 'Query';
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
  /** Fetches any object by its global ID, subject to the same access rules as every other path. */
  node: Maybe<Node>;
  /** Fetches up to 100 objects by global ID; an ID the caller may not see yields null. */
  nodes: Array<Maybe<Node>>;
  serviceItems: Array<ServiceItem>;
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

export type Role =
  | 'ADMIN'
  | 'CITIZEN'
  | 'DEPARTMENT_STAFF'
  | 'SUPERVISOR'
  | 'WINDOW_STAFF';

/** 审批事项 */
export type ServiceItem = Node & {
  __typename?: 'ServiceItem';
  code: Scalars['String']['output'];
  department: Department;
  id: Scalars['ID']['output'];
  materials: Array<ServiceItemMaterial>;
  name: Scalars['String']['output'];
  /** Whether the item can be applied for online (网上申报). */
  onlineApplicable: Scalars['Boolean']['output'];
};

export type ServiceItemMaterial = {
  __typename?: 'ServiceItemMaterial';
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
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
  /** A deadline has passed (e.g. the 7-day evaluation window). */
  | 'EXPIRED'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'STALE'
  | 'TAKEN'
  | 'UNKNOWN_CITIZEN';

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
    | ( ServiceItemModel & { __typename: 'ServiceItem' } )
    | ( UserModel & { __typename: 'User' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptCaseInput: AcceptCaseInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Case: ResolverTypeWrapper<CaseModel>;
  CaseAction: CaseAction;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseEdge']>, nodes: Array<ResolversTypes['Case']> }>;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseEvent: ResolverTypeWrapper<CaseEventModel>;
  CaseList: CaseList;
  CaseListCount: ResolverTypeWrapper<CaseListCount>;
  CaseMaterial: ResolverTypeWrapper<CaseMaterialModel>;
  CaseSource: CaseSource;
  CaseStatus: CaseStatus;
  CaseTransitionPayload: ResolverTypeWrapper<Omit<CaseTransitionPayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  CitizenLookupPayload: ResolverTypeWrapper<CitizenLookupPayload>;
  CitizenMatch: ResolverTypeWrapper<CitizenMatch>;
  CompleteCaseInput: CompleteCaseInput;
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
  FileEvaluationAppealInput: FileEvaluationAppealInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RealNameLevel: RealNameLevel;
  RecordWindowCaseInput: RecordWindowCaseInput;
  RecordWindowCasePayload: ResolverTypeWrapper<Omit<RecordWindowCasePayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  RejectCaseInput: RejectCaseInput;
  ReplyToEvaluationInput: ReplyToEvaluationInput;
  RequestCorrectionInput: RequestCorrectionInput;
  Role: Role;
  ServiceItem: ResolverTypeWrapper<ServiceItemModel>;
  ServiceItemMaterial: ResolverTypeWrapper<ServiceItemMaterial>;
  StartProcessingInput: StartProcessingInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitDraftInput: SubmitDraftInput;
  SubmitEvaluationInput: SubmitEvaluationInput;
  SubmitEvaluationPayload: ResolverTypeWrapper<Omit<SubmitEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  SyncCaseInput: SyncCaseInput;
  SyncCasePayload: ResolverTypeWrapper<Omit<SyncCasePayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  SyncOutcome: SyncOutcome;
  User: ResolverTypeWrapper<UserModel>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserKind: UserKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptCaseInput: AcceptCaseInput;
  Boolean: Scalars['Boolean']['output'];
  Case: CaseModel;
  CaseConnection: Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseEdge']>, nodes: Array<ResolversParentTypes['Case']> };
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseEvent: CaseEventModel;
  CaseListCount: CaseListCount;
  CaseMaterial: CaseMaterialModel;
  CaseTransitionPayload: Omit<CaseTransitionPayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  CitizenLookupPayload: CitizenLookupPayload;
  CitizenMatch: CitizenMatch;
  CompleteCaseInput: CompleteCaseInput;
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
  FileEvaluationAppealInput: FileEvaluationAppealInput;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordWindowCaseInput: RecordWindowCaseInput;
  RecordWindowCasePayload: Omit<RecordWindowCasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  RejectCaseInput: RejectCaseInput;
  ReplyToEvaluationInput: ReplyToEvaluationInput;
  RequestCorrectionInput: RequestCorrectionInput;
  ServiceItem: ServiceItemModel;
  ServiceItemMaterial: ServiceItemMaterial;
  StartProcessingInput: StartProcessingInput;
  String: Scalars['String']['output'];
  SubmitDraftInput: SubmitDraftInput;
  SubmitEvaluationInput: SubmitEvaluationInput;
  SubmitEvaluationPayload: Omit<SubmitEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  SyncCaseInput: SyncCaseInput;
  SyncCasePayload: Omit<SyncCasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  User: UserModel;
  UserError: UserError;
};

export type CaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trustLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseTransitionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseTransitionPayload'] = ResolversParentTypes['CaseTransitionPayload']> = {
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationAcceptCaseArgs, 'input'>>;
  addEvaluationFollowUp?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationAddEvaluationFollowUpArgs, 'input'>>;
  completeCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationCompleteCaseArgs, 'input'>>;
  decideEvaluationAppeal?: Resolver<ResolversTypes['EvaluationAppealPayload'], ParentType, ContextType, RequireFields<MutationDecideEvaluationAppealArgs, 'input'>>;
  fileEvaluationAppeal?: Resolver<ResolversTypes['EvaluationAppealPayload'], ParentType, ContextType, RequireFields<MutationFileEvaluationAppealArgs, 'input'>>;
  lookUpCitizen?: Resolver<ResolversTypes['CitizenLookupPayload'], ParentType, ContextType, RequireFields<MutationLookUpCitizenArgs, 'idNumber'>>;
  recordEvaluationCallback?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationRecordEvaluationCallbackArgs, 'input'>>;
  recordEvaluationRectification?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationRecordEvaluationRectificationArgs, 'input'>>;
  recordWindowCase?: Resolver<ResolversTypes['RecordWindowCasePayload'], ParentType, ContextType, RequireFields<MutationRecordWindowCaseArgs, 'input'>>;
  rejectCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationRejectCaseArgs, 'input'>>;
  replyToEvaluation?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationReplyToEvaluationArgs, 'input'>>;
  requestCorrection?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationRequestCorrectionArgs, 'input'>>;
  startProcessing?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationStartProcessingArgs, 'input'>>;
  submitDraft?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationSubmitDraftArgs, 'input'>>;
  submitEvaluation?: Resolver<ResolversTypes['SubmitEvaluationPayload'], ParentType, ContextType, RequireFields<MutationSubmitEvaluationArgs, 'input'>>;
  syncCase?: Resolver<ResolversTypes['SyncCasePayload'], ParentType, ContextType, RequireFields<MutationSyncCaseArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Case' | 'Department' | 'Evaluation' | 'EvaluationAppeal' | 'ServiceItem' | 'User', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  departmentCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryDepartmentCasesArgs, 'first'>>;
  departmentEvaluationTasks?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, RequireFields<QueryDepartmentEvaluationTasksArgs, 'first'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  evaluationAppeals?: Resolver<ResolversTypes['EvaluationAppealConnection'], ParentType, ContextType, RequireFields<QueryEvaluationAppealsArgs, 'first'>>;
  evaluationFigures?: Resolver<ResolversTypes['EvaluationFigures'], ParentType, ContextType, Partial<QueryEvaluationFiguresArgs>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryMyCasesArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  serviceItems?: Resolver<Array<ResolversTypes['ServiceItem']>, ParentType, ContextType, Partial<QueryServiceItemsArgs>>;
};

export type RecordWindowCasePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordWindowCasePayload'] = ResolversParentTypes['RecordWindowCasePayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ServiceItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItem'] = ResolversParentTypes['ServiceItem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ServiceItemMaterial']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineApplicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceItemMaterialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceItemMaterial'] = ResolversParentTypes['ServiceItemMaterial']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseListCount?: CaseListCountResolvers<ContextType>;
  CaseMaterial?: CaseMaterialResolvers<ContextType>;
  CaseTransitionPayload?: CaseTransitionPayloadResolvers<ContextType>;
  CitizenLookupPayload?: CitizenLookupPayloadResolvers<ContextType>;
  CitizenMatch?: CitizenMatchResolvers<ContextType>;
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
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordWindowCasePayload?: RecordWindowCasePayloadResolvers<ContextType>;
  ServiceItem?: ServiceItemResolvers<ContextType>;
  ServiceItemMaterial?: ServiceItemMaterialResolvers<ContextType>;
  SubmitEvaluationPayload?: SubmitEvaluationPayloadResolvers<ContextType>;
  SyncCasePayload?: SyncCasePayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};


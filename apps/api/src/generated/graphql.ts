import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserModel, DepartmentModel, ServiceItemModel, CaseModel, CaseEventModel, CaseMaterialModel } from '../graphql-models.ts';
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
  commitmentDueAt: Maybe<Scalars['DateTime']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  deliveryMethod: Maybe<DeliveryMethod>;
  department: Department;
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

export type Mutation = {
  __typename?: 'Mutation';
  acceptCase: CaseTransitionPayload;
  completeCase: CaseTransitionPayload;
  /** Window staff (窗口人员) find a citizen by ID number. Every look-up is written to the audit log. */
  lookUpCitizen: CitizenLookupPayload;
  /** Window staff record a case applied for in person (窗口申报). */
  recordWindowCase: RecordWindowCasePayload;
  rejectCase: CaseTransitionPayload;
  requestCorrection: CaseTransitionPayload;
  startProcessing: CaseTransitionPayload;
  /** The applicant submits their own draft (暂存件); it moves to 在办件. */
  submitDraft: CaseTransitionPayload;
  /** 互联互通: a partner system (scope cases:sync) creates or updates one of its department's cases. Idempotent. */
  syncCase: SyncCasePayload;
};


export type MutationAcceptCaseArgs = {
  input: AcceptCaseInput;
};


export type MutationCompleteCaseArgs = {
  input: CompleteCaseInput;
};


export type MutationLookUpCitizenArgs = {
  idNumber: Scalars['String']['input'];
};


export type MutationRecordWindowCaseArgs = {
  input: RecordWindowCaseInput;
};


export type MutationRejectCaseArgs = {
  input: RejectCaseInput;
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
  departments: Array<Department>;
  /** The signed-in user, or null when the request carries no valid session. */
  me: Maybe<User>;
  /** The signed-in applicant's own cases (我的办件), drafts first, then newest application first. `first` is capped at 100. */
  myCases: CaseConnection;
  /** Fetches any object by its global ID, subject to the same access rules as every other path. */
  node: Maybe<Node>;
  /** Fetches up to 100 objects by global ID; an ID the caller may not see yields null. */
  nodes: Array<Maybe<Node>>;
  /** This request's cost and the caller's remaining budget. */
  rateLimit: RateLimit;
  serviceItems: Array<ServiceItem>;
};


export type QueryDepartmentCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
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
  DeliveryMethod: DeliveryMethod;
  Department: ResolverTypeWrapper<DepartmentModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimit: ResolverTypeWrapper<RateLimit>;
  RealNameLevel: RealNameLevel;
  RecordWindowCaseInput: RecordWindowCaseInput;
  RecordWindowCasePayload: ResolverTypeWrapper<Omit<RecordWindowCasePayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  RejectCaseInput: RejectCaseInput;
  RequestCorrectionInput: RequestCorrectionInput;
  Role: Role;
  ServiceItem: ResolverTypeWrapper<ServiceItemModel>;
  ServiceItemMaterial: ResolverTypeWrapper<ServiceItemMaterial>;
  StartProcessingInput: StartProcessingInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitDraftInput: SubmitDraftInput;
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
  Department: DepartmentModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RateLimit: RateLimit;
  RecordWindowCaseInput: RecordWindowCaseInput;
  RecordWindowCasePayload: Omit<RecordWindowCasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  RejectCaseInput: RejectCaseInput;
  RequestCorrectionInput: RequestCorrectionInput;
  ServiceItem: ServiceItemModel;
  ServiceItemMaterial: ServiceItemMaterial;
  StartProcessingInput: StartProcessingInput;
  String: Scalars['String']['output'];
  SubmitDraftInput: SubmitDraftInput;
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
  commitmentDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<Maybe<ResolversTypes['DeliveryMethod']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationAcceptCaseArgs, 'input'>>;
  completeCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationCompleteCaseArgs, 'input'>>;
  lookUpCitizen?: Resolver<ResolversTypes['CitizenLookupPayload'], ParentType, ContextType, RequireFields<MutationLookUpCitizenArgs, 'idNumber'>>;
  recordWindowCase?: Resolver<ResolversTypes['RecordWindowCasePayload'], ParentType, ContextType, RequireFields<MutationRecordWindowCaseArgs, 'input'>>;
  rejectCase?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationRejectCaseArgs, 'input'>>;
  requestCorrection?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationRequestCorrectionArgs, 'input'>>;
  startProcessing?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationStartProcessingArgs, 'input'>>;
  submitDraft?: Resolver<ResolversTypes['CaseTransitionPayload'], ParentType, ContextType, RequireFields<MutationSubmitDraftArgs, 'input'>>;
  syncCase?: Resolver<ResolversTypes['SyncCasePayload'], ParentType, ContextType, RequireFields<MutationSyncCaseArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Case' | 'Department' | 'ServiceItem' | 'User', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  departmentCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryDepartmentCasesArgs, 'first'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryMyCasesArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  rateLimit?: Resolver<ResolversTypes['RateLimit'], ParentType, ContextType>;
  serviceItems?: Resolver<Array<ResolversTypes['ServiceItem']>, ParentType, ContextType, Partial<QueryServiceItemsArgs>>;
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
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateLimit?: RateLimitResolvers<ContextType>;
  RecordWindowCasePayload?: RecordWindowCasePayloadResolvers<ContextType>;
  ServiceItem?: ServiceItemResolvers<ContextType>;
  ServiceItemMaterial?: ServiceItemMaterialResolvers<ContextType>;
  SyncCasePayload?: SyncCasePayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};


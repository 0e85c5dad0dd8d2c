import {
  CASE_SOURCE_LABELS as SHARED_CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS as SHARED_CASE_STATUS_LABELS,
  EVALUATION_DIMENSION_LABELS as SHARED_EVALUATION_DIMENSION_LABELS,
  EVALUATION_LEVEL_LABELS as SHARED_EVALUATION_LEVEL_LABELS,
} from '@hall/labels';
import type {
  BookingStatus,
  PostalDeliveryStatus,
  CaseAction,
  CaseList,
  CaseSource,
  CaseStatus,
  Currency,
  DeliveryMethod,
  EvaluationAppealStatus,
  EvaluationChannel,
  EvaluationDimension,
  EvaluationLevel,
  EvaluationReplyState,
  LicenseAccessOutcome,
  LicenseGrantStatus,
  LicenseStatus,
  QuestionKind,
  QuestionState,
  RealNameLevel,
  Role,
  SearchMatch,
  ServiceAudience,
  ServiceCategoryKind,
  UserKind,
  UserSessionState,
} from '@/gql/graphql';

/** Every enum → Chinese label the web shows, in the guide's words. */

export const REAL_NAME_LEVEL_LABELS: Record<RealNameLevel, string> = {
  UNVERIFIED: '未认证',
  REAL_NAME: '实名认证',
  REAL_PERSON: '实人认证',
};

export const USER_SESSION_STATE_LABELS: Record<UserSessionState, string> = {
  ACTIVE: '在线',
  ENDED: '已退出',
  EXPIRED: '已过期',
};

export const USER_KIND_LABELS: Record<UserKind, string> = {
  PERSON: '自然人',
  COMPANY: '法人',
};

export const CASE_SOURCE_LABELS = SHARED_CASE_SOURCE_LABELS satisfies Record<CaseSource, string>;

export const CASE_LIST_LABELS: Record<CaseList, string> = {
  DRAFT: '暂存件',
  IN_PROGRESS: '在办件',
  CORRECTION: '补正件',
  COMMITMENT: '承诺补正件',
  COMPLETED: '办结件',
};

export const CASE_STATUS_LABELS = SHARED_CASE_STATUS_LABELS satisfies Record<CaseStatus, string>;

export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  WINDOW_PICKUP: '窗口领取',
  EMS: '邮政速递',
};

/** The lists of 我的办件 in sidebar order; the first is the default. */
export const CASE_LISTS = [
  'IN_PROGRESS',
  'COMPLETED',
  'CORRECTION',
  'COMMITMENT',
  'DRAFT',
] as const satisfies readonly CaseList[];

export const DEFAULT_CASE_LIST: CaseList = 'IN_PROGRESS';

export const CASE_SOURCES = ['ONLINE', 'INTERCONNECTED', 'WINDOW'] as const satisfies readonly CaseSource[];

/** What an empty list says, telling the user when cases will appear there. */
export const CASE_LIST_EMPTY_HINTS: Record<CaseList, string> = {
  DRAFT: '暂无暂存件 — 网上申报时暂存的申请会显示在这里。',
  IN_PROGRESS: '暂无在办件 — 提交申请后，正在办理的办件会显示在这里。',
  CORRECTION: '暂无补正件 — 部门要求补正材料时，办件会显示在这里。',
  COMMITMENT: '暂无承诺补正件 — 承诺补正受理的办件会显示在这里。',
  COMPLETED: '暂无办结件 — 办件办结后会显示在这里。',
};

export function isCaseList(value: unknown): value is CaseList {
  return typeof value === 'string' && (CASE_LISTS as readonly string[]).includes(value);
}

export function isCaseSource(value: unknown): value is CaseSource {
  return typeof value === 'string' && (CASE_SOURCES as readonly string[]).includes(value);
}

/** The statuses a department's workbench can filter by: every status but 暂存 (drafts are the applicant's). */
export const DEPARTMENT_CASE_STATUSES = [
  'RECEIVED',
  'CORRECTION_REQUIRED',
  'ACCEPTED',
  'ACCEPTED_ON_COMMITMENT',
  'IN_PROGRESS',
  'COMPLETED',
  'REJECTED',
] as const satisfies readonly CaseStatus[];

export const DELIVERY_METHODS = ['WINDOW_PICKUP', 'EMS'] as const satisfies readonly DeliveryMethod[];

/** What a department may do with a case (the tab and button of each action). */
export const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  ACCEPT: '受理',
  ACCEPT_ON_COMMITMENT: '承诺补正受理',
  REJECT: '不予受理',
  REQUEST_CORRECTION: '补正通知',
  START_PROCESSING: '开始办理',
  COMPLETE: '办结',
};

/** The message after an action succeeded. */
export const CASE_ACTION_DONE_LABELS: Record<CaseAction, string> = {
  ACCEPT: '已受理',
  ACCEPT_ON_COMMITMENT: '已承诺补正受理',
  REJECT: '已不予受理',
  REQUEST_CORRECTION: '已发出补正通知',
  START_PROCESSING: '已开始办理',
  COMPLETE: '已办结',
};

/** 可信等级 of a material's file (domain.md: licenses and materials). */
export const TRUST_LEVEL_LABELS: Record<string, string> = {
  A: 'A级（政府核发）',
  B: 'B级（窗口核验）',
  C: 'C级（原件核验）',
  D: 'D级（申请人自行声明）',
};

/** The staff workbenches that are built, by the role that opens them, in header order. */
export const WORKBENCH_LABELS = {
  DEPARTMENT_STAFF: '部门办件',
  WINDOW_STAFF: '窗口收件',
  SUPERVISOR: '好差评管理',
  ADMIN: '系统管理',
  DEPARTMENT_HEAD: '统计分析',
} as const satisfies Partial<Record<Role, string>>;

/** Why a request failed as a whole (top-level GraphQL error codes, or the network). */
export const REQUEST_ERROR_LABELS = {
  UNAUTHENTICATED: '登录已过期，请重新登录后再试。',
  FORBIDDEN: '您没有权限执行此操作。',
  NETWORK: '网络异常，请检查网络后重试。',
  OTHER: '操作失败，请稍后重试。',
} as const;

/** The guide's five grades of 好差评, best first (the form's order). */
export const EVALUATION_LEVEL_LABELS = SHARED_EVALUATION_LEVEL_LABELS satisfies Record<
  EvaluationLevel,
  string
>;

export const EVALUATION_LEVELS = [
  'VERY_SATISFIED',
  'SATISFIED',
  'BASIC',
  'DISSATISFIED',
  'VERY_DISSATISFIED',
] as const satisfies readonly EvaluationLevel[];

/** Where an evaluation was given. */
export const EVALUATION_CHANNEL_LABELS: Record<EvaluationChannel, string> = {
  PC: '网上办事大厅',
  MOBILE: '移动端',
  WINDOW_DEVICE: '窗口评价器',
  SMS: '短信',
  HOTLINE: '热线电话',
  SYSTEM_DEFAULT: '系统默认评价',
};

/** Optional dimension scores: online (网上办事) and window (窗口) sets. */
export const EVALUATION_DIMENSION_LABELS = SHARED_EVALUATION_DIMENSION_LABELS satisfies Record<
  EvaluationDimension,
  string
>;

/** The department's queue of bad reviews (差评回复), in tab order. */
export const EVALUATION_REPLY_STATE_LABELS: Record<EvaluationReplyState, string> = {
  PENDING: '待回复',
  DUE_SOON: '即将超期',
  OVERDUE: '已超期',
  REPLIED: '已回复',
};

export const EVALUATION_REPLY_STATES = [
  'PENDING',
  'DUE_SOON',
  'OVERDUE',
  'REPLIED',
] as const satisfies readonly EvaluationReplyState[];

/** 申诉 (appeal) states, as the supervisor's 申诉复核 page shows them. */
export const EVALUATION_APPEAL_STATUS_LABELS: Record<EvaluationAppealStatus, string> = {
  PENDING: '待复核',
  UPHELD: '申诉成立',
  DISMISSED: '申诉驳回',
};

/** 登记状态 of a license. */
export const LICENSE_STATUS_LABELS: Record<LicenseStatus, string> = {
  ACTIVE: '存续',
  CANCELLED: '注销',
  REVOKED: '吊销',
};

/** 验证码状态. */
export const LICENSE_GRANT_STATUS_LABELS: Record<LicenseGrantStatus, string> = {
  UNUSED: '未使用',
  USED: '已使用',
  REVOKED: '已撤销',
  EXPIRED: '已过期',
};

export const LICENSE_ACCESS_OUTCOME_LABELS: Record<LicenseAccessOutcome, string> = {
  GRANTED: '获取成功',
  DENIED: '拒绝',
};

/** 币种, in the order the form offers them. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY'] as const satisfies readonly Currency[];

export const CURRENCY_LABELS: Record<Currency, string> = {
  CNY: '人民币',
  USD: '美元',
  EUR: '欧元',
  HKD: '港元',
  JPY: '日元',
};

export const SERVICE_AUDIENCE_LABELS: Record<ServiceAudience, string> = {
  PERSONAL: '个人办事',
  LEGAL: '法人办事',
};

export const SERVICE_CATEGORY_KIND_LABELS: Record<ServiceAudience, Record<ServiceCategoryKind, string>> = {
  PERSONAL: { LIFE_EVENT: '按人生事件', TOPIC: '按主题' },
  LEGAL: { LIFE_EVENT: '按企业生命周期', TOPIC: '按主题' },
};

export const SEARCH_MATCH_LABELS: Record<SearchMatch, string> = {
  NAME: '名称匹配',
  SYNONYM: '同义词匹配',
  INITIALS: '拼音首字母匹配',
  PINYIN: '拼音匹配',
};

/** 我的预约: where a booking stands. */
export const BOOKING_STATUS_LABELS = {
  BOOKED: '已预约',
  CANCELLED: '已取消',
  ARRIVED: '已到场',
  NO_SHOW: '爽约',
} satisfies Record<BookingStatus, string>;

/** 邮政速递: where a posted result stands. */
export const POSTAL_DELIVERY_STATUS_LABELS = {
  AWAITING: '待寄出',
  POSTED: '已寄出',
} satisfies Record<PostalDeliveryStatus, string>;
/** 咨询 / 投诉. */
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  CONSULTATION: '咨询',
  COMPLAINT: '投诉',
};

export const QUESTION_KINDS = ['CONSULTATION', 'COMPLAINT'] as const satisfies readonly QuestionKind[];

export function isQuestionKind(value: unknown): value is QuestionKind {
  return typeof value === 'string' && (QUESTION_KINDS as readonly string[]).includes(value);
}

/** Where a 咨询 or 投诉 stands (the workbench's tabs, the citizen's list). */
export const QUESTION_STATE_LABELS: Record<QuestionState, string> = {
  PENDING: '待答复',
  OVERDUE: '已超期',
  ANSWERED: '已答复',
};

export const QUESTION_STATES = ['PENDING', 'OVERDUE', 'ANSWERED'] as const satisfies readonly QuestionState[];

// The guide's words for the hall's enums, written once: the API's messages and exports and the web's pages
// read them from here. Keys are the GraphQL / Prisma enum values; each app checks them against its generated
// enum types with `satisfies`, so a new enum value fails the type check until it has a word here.

/** A case's status, as the timeline and the API's refusals name it. */
export const CASE_STATUS_LABELS = {
  DRAFT: '暂存',
  RECEIVED: '已接件',
  ACCEPTED: '已受理',
  IN_PROGRESS: '部门办理中',
  CORRECTION_REQUIRED: '补正',
  ACCEPTED_ON_COMMITMENT: '承诺补正',
  REJECTED: '不予受理',
  COMPLETED: '办结',
} as const;

/** 来源: how a case reached the hall. */
export const CASE_SOURCE_LABELS = {
  ONLINE: '网上申报',
  INTERCONNECTED: '互联互通',
  WINDOW: '窗口申报',
} as const;

/** The five grades of 好差评. */
export const EVALUATION_LEVEL_LABELS = {
  VERY_SATISFIED: '非常满意',
  SATISFIED: '满意',
  BASIC: '基本满意',
  DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意',
} as const;

/** Optional dimension scores: online (网上办事) and window (窗口) sets. */
export const EVALUATION_DIMENSION_LABELS = {
  EFFICIENCY: '办事效率',
  GUIDE_ACCURACY: '办事指南精确度',
  CONVENIENCE: '办事便捷度',
  PLATFORM_USABILITY: '平台操作性',
  SERVICE_EFFICIENCY: '服务效率',
  SERVICE_LEVEL: '服务水平',
  SERVICE_ATTITUDE: '服务态度',
} as const;

/** 办件明细: which cases a dashboard 办件 number lists. */
export const DASHBOARD_CASE_FILTER_LABELS = {
  APPLIED: '申请办件',
  COMPLETED: '办结办件',
  PAST_PROMISE: '超承诺时限办结',
  IN_STATUS: '当前状态',
} as const;

/** 评价明细: which evaluations a dashboard 好差评 number lists (the web's links and the export's 范围 alike). */
export const DASHBOARD_EVALUATION_FILTER_LABELS = {
  ALL: '全部评价',
  GOOD: '好评（非常满意、满意）',
  BAD: '差评（不满意、非常不满意）',
  DEFAULT: '系统默认评价',
  OVERDUE: '超期回复',
  EXCLUDED_BY_APPEAL: '申诉成立（不计入统计）',
} as const;

/** How the rates are computed, in words (公示 and 评价统计 show them). */
export const RATE_DEFINITIONS = {
  goodRate: '好评率 =（非常满意 + 满意）/ 评价总量',
  badRate: '差评率 =（不满意 + 非常不满意）/ 评价总量',
  onTimeCompletionRate: '按时办结率 = 在承诺时限（工作日）内办结的办件 / 办结数',
} as const;

/** 按时回复率 in words; the reply window comes from the API's rule (`evaluationRules.replyWindowDays`). */
export const onTimeReplyRateDefinition = (replyWindowDays: number) =>
  `按时回复率 = 在 ${replyWindowDays} 个自然日内回复的差评 / 差评数`;

/**
 * A mainland mobile number (手机号): 11 digits starting 1[3-9]. The one rule the API (account/phone-code.ts)
 * and the web's phone fields (PhoneCodeFields) both check, and the words for breaking it.
 */
export const MOBILE_NUMBER = {
  pattern: /^1[3-9][0-9]{9}$/,
  length: 11,
  message: '请输入 11 位手机号',
} as const;

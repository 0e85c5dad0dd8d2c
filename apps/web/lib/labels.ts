import type {
  CaseList,
  CaseSource,
  CaseStatus,
  DeliveryMethod,
  RealNameLevel,
  UserKind,
} from '@/gql/graphql';

/** Every enum → Chinese label the web shows, in the guide's words. */

export const REAL_NAME_LEVEL_LABELS: Record<RealNameLevel, string> = {
  UNVERIFIED: '未认证',
  REAL_NAME: '实名认证',
  REAL_PERSON: '实人认证',
};

export const USER_KIND_LABELS: Record<UserKind, string> = {
  PERSON: '自然人',
  COMPANY: '法人',
};

export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  ONLINE: '网上申报',
  INTERCONNECTED: '互联互通',
  WINDOW: '窗口申报',
};

export const CASE_LIST_LABELS: Record<CaseList, string> = {
  DRAFT: '暂存件',
  IN_PROGRESS: '在办件',
  CORRECTION: '补正件',
  COMMITMENT: '承诺补正件',
  COMPLETED: '办结件',
};

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  DRAFT: '暂存',
  RECEIVED: '已接件',
  ACCEPTED: '已受理',
  IN_PROGRESS: '部门办理中',
  CORRECTION_REQUIRED: '补正',
  ACCEPTED_ON_COMMITMENT: '承诺补正',
  REJECTED: '不予受理',
  COMPLETED: '办结',
};

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

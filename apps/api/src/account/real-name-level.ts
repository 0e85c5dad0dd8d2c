import type { RealNameLevel } from '../generated/prisma/client.ts';
import { userError, type UserError } from '../lib/errors.ts';

/** 认证等级 from lowest to highest: each level includes the ones before it. */
export const LEVEL_ORDER: readonly RealNameLevel[] = ['UNVERIFIED', 'REAL_NAME', 'REAL_PERSON'];
export const LEVEL_LABEL: Record<RealNameLevel, string> = {
  UNVERIFIED: '未认证',
  REAL_NAME: '实名认证',
  REAL_PERSON: '实人认证',
};

export const meetsLevel = (held: RealNameLevel, needed: RealNameLevel) =>
  LEVEL_ORDER.indexOf(held) >= LEVEL_ORDER.indexOf(needed);

/** The refusal of 在线申报 of an item that needs a higher level than the applicant's, or null. */
export function itemLevelProblem(
  user: { realNameLevel: RealNameLevel },
  item: { requiredLevel: RealNameLevel; name: string },
  field: string[],
): UserError | null {
  return meetsLevel(user.realNameLevel, item.requiredLevel)
    ? null
    : levelRequired(item.requiredLevel, `在线申报「${item.name}」`, field);
}

/** The refusal of an operation that needs a higher level; the web leads the user to raise it. */
export function levelRequired(needed: RealNameLevel, what: string, field: string[] | null = null): UserError {
  return userError('LEVEL_REQUIRED', `${what}需要先完成${LEVEL_LABEL[needed]}`, field);
}

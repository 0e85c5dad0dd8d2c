// What other modules use of the account module: the 认证等级 rules, who a firm's legal representative is, and
// the shape of a mobile number.
export { meetsLevel, itemLevelProblem, LEVEL_LABEL } from './real-name-level.ts';
export { isLegalRepresentative } from './find-firm.ts';
export { MOBILE_SHAPE } from './phone-code.ts';

// What other modules use of the account module: the 认证等级 rules and who a firm's legal representative is.
export { meetsLevel, itemLevelProblem, LEVEL_LABEL } from './real-name-level.ts';
export { isLegalRepresentative } from './find-firm.ts';

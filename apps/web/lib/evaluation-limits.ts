/** The API's length limits for evaluation texts (stated on the forms; the API enforces them). */
export const EVALUATION_COMMENT_MAX_LENGTH = 500;
/** 回复, 回访 and 整改 notes. */
export const EVALUATION_NOTE_MAX_LENGTH = 1000;
export const EVALUATION_FOLLOW_UP_MAX_LENGTH = 500;
export const EVALUATION_APPEAL_REASON_MAX_LENGTH = 500;
export const EVALUATION_DECISION_NOTE_MAX_LENGTH = 500;

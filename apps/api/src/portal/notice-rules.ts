/** The limits of a notice, checked here and by the table's CHECK constraints (migration 20261204223800_portal). */
export const NOTICE_TITLE_MAX = 100;
export const NOTICE_BODY_MAX = 5000;

import type { Principal } from '../auth/principal.ts';
import { definePolicy } from '../auth/policy.ts';
import { caseTarget } from '../case/case-policy.ts';
import type { Case, Evaluation } from '../generated/prisma/client.ts';
import { EVALUATION_WINDOW_DAYS, evaluationClosesAt, isBadLevel } from './evaluation-rules.ts';

/**
 * Who may do what with 好差评. The applicant evaluates and follows up on their own case; the case's
 * department answers a bad review and may appeal it; supervisors decide appeals; supervisors and admins see
 * the figures. Whoever may read the case may read its evaluation.
 */
export const evaluationPolicy = definePolicy('evaluation', {
  'evaluation.read': {
    SIGNED_IN: 'own',
    DEPARTMENT_STAFF: 'department',
    DEPARTMENT_HEAD: 'department',
    SUPERVISOR: 'all',
    ADMIN: 'all',
    'scope:cases:read': 'department',
    'scope:evaluations:read': 'department',
  },
  /** call-backs, rectifications and the appeal: the department's side of a review, never the citizen's */
  'evaluation.readDepartmentSide': { DEPARTMENT_STAFF: 'department', SUPERVISOR: 'all', ADMIN: 'all' },
  'evaluation.submit': { SIGNED_IN: 'own' },
  'evaluation.addFollowUp': { SIGNED_IN: 'own' },
  /** 差评回复 queue */
  'evaluation.listReplyTasks': { DEPARTMENT_STAFF: 'department' },
  'evaluation.reply': { DEPARTMENT_STAFF: 'department' },
  'evaluation.recordCallback': { DEPARTMENT_STAFF: 'department' },
  'evaluation.recordRectification': { DEPARTMENT_STAFF: 'department' },
  'evaluation.appeal': { DEPARTMENT_STAFF: 'department' },
  'evaluation.listAppeals': { SUPERVISOR: 'all' },
  'evaluation.decideAppeal': { SUPERVISOR: 'all' },
  'evaluation.readFigures': { SUPERVISOR: 'all', ADMIN: 'all' },
});
export type EvaluationPermission = keyof typeof evaluationPolicy.grants;

type CaseFacts = Pick<Case, 'applicantId' | 'departmentId' | 'status' | 'completedAt'>;

/** What the per-object checks of an evaluation look at, loaded once by whoever asks. */
export interface EvaluationFacts {
  evaluation: Pick<Evaluation, 'level'>;
  kase: Pick<Case, 'applicantId' | 'departmentId'>;
  replied: boolean;
  followedUp: boolean;
  appealed: boolean;
}

const reaches = (principal: Principal, permission: EvaluationPermission, kase: EvaluationFacts['kase']) =>
  evaluationPolicy.allows(principal, permission, caseTarget(kase));

/** The evaluation window is open: completed, not yet evaluated, before 24:00 CST of D+N. */
export const evaluationWindowOpen = (
  kase: CaseFacts,
  evaluated: boolean,
  now: Date,
  windowDays = EVALUATION_WINDOW_DAYS,
): boolean =>
  kase.status === 'COMPLETED' &&
  kase.completedAt !== null &&
  !evaluated &&
  now.getTime() < evaluationClosesAt(kase.completedAt, windowDays).getTime();

/**
 * The viewer capabilities, one function per `viewerCan…`-style field; the domain functions refuse exactly
 * what these answer false for.
 */
export const evaluationCapabilities = {
  evaluate: (
    principal: Principal,
    kase: CaseFacts,
    evaluated: boolean,
    now: Date,
    windowDays = EVALUATION_WINDOW_DAYS,
  ) =>
    reaches(principal, 'evaluation.submit', kase) && evaluationWindowOpen(kase, evaluated, now, windowDays),
  reply: (principal: Principal, facts: EvaluationFacts) =>
    isBadLevel(facts.evaluation.level) &&
    reaches(principal, 'evaluation.reply', facts.kase) &&
    !facts.replied,
  recordCallback: (principal: Principal, facts: EvaluationFacts) =>
    isBadLevel(facts.evaluation.level) && reaches(principal, 'evaluation.recordCallback', facts.kase),
  recordRectification: (principal: Principal, facts: EvaluationFacts) =>
    isBadLevel(facts.evaluation.level) && reaches(principal, 'evaluation.recordRectification', facts.kase),
  addFollowUp: (principal: Principal, facts: EvaluationFacts) =>
    reaches(principal, 'evaluation.addFollowUp', facts.kase) && facts.replied && !facts.followedUp,
  appeal: (principal: Principal, facts: EvaluationFacts) =>
    isBadLevel(facts.evaluation.level) &&
    reaches(principal, 'evaluation.appeal', facts.kase) &&
    !facts.appealed,
};

/** Whoever may read the case may read its evaluation. */
export const canReadEvaluation = (principal: Principal, kase: EvaluationFacts['kase']) =>
  reaches(principal, 'evaluation.read', kase);

/** The department's side of a review (call-backs, rectifications, its appeal). */
export const canReadDepartmentSide = (principal: Principal, kase: EvaluationFacts['kase']) =>
  reaches(principal, 'evaluation.readDepartmentSide', kase);

/** The per-object check of a department note or appeal: the permission reaches the review's case. */
export const reachesEvaluation = reaches;

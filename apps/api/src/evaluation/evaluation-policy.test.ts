import { describe, expect, it } from 'vitest';
import type { Case, EvaluationLevel } from '../generated/prisma/client.ts';
import { parseCst } from '../lib/natural-days.ts';
import {
  CALLERS,
  ELSEWHERE,
  EVERY_PERSON_OWN,
  expectGrants,
  IN_MY_DEPARTMENT,
  OWN,
} from '../testing/policy-probe.ts';
import {
  canReadDepartmentSide,
  canReadEvaluation,
  evaluationCapabilities,
  evaluationPolicy,
  evaluationWindowOpen,
  type EvaluationFacts,
} from './evaluation-policy.ts';

const department = { departmentStaff: 'department' } as const;

describe('evaluation policy: who may do what with 好差评', () => {
  it('grants each permission to exactly these callers, reaching these cases', () => {
    expectGrants(evaluationPolicy, {
      'evaluation.read': {
        ...EVERY_PERSON_OWN,
        departmentStaff: 'own+department',
        departmentHead: 'own+department',
        supervisor: 'all',
        admin: 'all',
        'scope:cases:read': 'department',
        'scope:evaluations:read': 'department',
      },
      'evaluation.readDepartmentSide': { departmentStaff: 'department', supervisor: 'all', admin: 'all' },
      'evaluation.submit': EVERY_PERSON_OWN,
      'evaluation.addFollowUp': EVERY_PERSON_OWN,
      'evaluation.listReplyTasks': department,
      'evaluation.reply': department,
      'evaluation.recordCallback': department,
      'evaluation.recordRectification': department,
      'evaluation.appeal': department,
      'evaluation.listAppeals': { supervisor: 'all' },
      'evaluation.decideAppeal': { supervisor: 'all' },
      'evaluation.readFigures': { supervisor: 'all', admin: 'all' },
    });
  });

  const kase = (target: typeof OWN) => ({ applicantId: target.ownerId!, departmentId: target.departmentId! });

  it('lets whoever may read the case read its evaluation; the department side stays with the department', () => {
    expect(canReadEvaluation(CALLERS.citizen, kase(OWN))).toBe(true);
    expect(canReadEvaluation(CALLERS.citizen, kase(IN_MY_DEPARTMENT))).toBe(false);
    expect(canReadEvaluation(CALLERS['scope:evaluations:read'], kase(IN_MY_DEPARTMENT))).toBe(true);
    expect(canReadEvaluation(CALLERS['scope:evaluations:read'], kase(ELSEWHERE))).toBe(false);
    expect(canReadDepartmentSide(CALLERS.departmentStaff, kase(IN_MY_DEPARTMENT))).toBe(true);
    expect(canReadDepartmentSide(CALLERS.departmentStaff, kase(ELSEWHERE))).toBe(false);
    // the applicant never sees the department's notes on their own review
    expect(canReadDepartmentSide(CALLERS.citizen, kase(OWN))).toBe(false);
    expect(canReadDepartmentSide(CALLERS.supervisor, kase(ELSEWHERE))).toBe(true);
  });

  describe('the evaluation window', () => {
    // completed 2019-11-08 10:01 CST: open until 2019-11-15 24:00 CST (2019-11-15T16:00Z)
    const completedAt = parseCst('2019-11-08 10:01:19');
    const completed = { ...kase(OWN), status: 'COMPLETED', completedAt } as Pick<
      Case,
      'applicantId' | 'departmentId' | 'status' | 'completedAt'
    >;
    const lastMoment = new Date('2019-11-15T15:59:59.999Z');
    const closed = new Date('2019-11-15T16:00:00Z');

    it('is open on a completed case, not yet evaluated, until 24:00 CST of the 7th day', () => {
      expect(evaluationWindowOpen(completed, false, completedAt)).toBe(true);
      expect(evaluationWindowOpen(completed, false, lastMoment)).toBe(true);
      expect(evaluationWindowOpen(completed, false, closed)).toBe(false);
      expect(evaluationWindowOpen(completed, true, completedAt)).toBe(false);
      expect(evaluationWindowOpen({ ...completed, status: 'IN_PROGRESS' }, false, completedAt)).toBe(false);
      expect(evaluationWindowOpen({ ...completed, completedAt: null }, false, completedAt)).toBe(false);
    });

    it('lets the applicant alone evaluate, while it is open', () => {
      const evaluate = evaluationCapabilities.evaluate;
      expect(evaluate(CALLERS.citizen, completed, false, lastMoment)).toBe(true);
      expect(evaluate(CALLERS.citizen, completed, false, closed)).toBe(false);
      expect(evaluate(CALLERS.citizen, completed, true, lastMoment)).toBe(false);
      expect(evaluate(CALLERS.citizen, { ...completed, applicantId: 'u-2' }, false, lastMoment)).toBe(false);
      expect(evaluate(CALLERS.supervisor, { ...completed, applicantId: 'u-2' }, false, lastMoment)).toBe(
        false,
      );
    });
  });

  describe("the department's side of a review", () => {
    const facts = (
      level: EvaluationLevel,
      target: typeof OWN,
      done: Partial<Pick<EvaluationFacts, 'replied' | 'followedUp' | 'appealed'>> = {},
    ): EvaluationFacts => ({
      evaluation: { level },
      kase: kase(target),
      replied: false,
      followedUp: false,
      appealed: false,
      ...done,
    });
    const staff = CALLERS.departmentStaff;

    it('answers, calls back, rectifies and appeals a bad review of its own department once each', () => {
      for (const level of ['DISSATISFIED', 'VERY_DISSATISFIED'] as const) {
        const bad = facts(level, IN_MY_DEPARTMENT);
        expect(evaluationCapabilities.reply(staff, bad)).toBe(true);
        expect(evaluationCapabilities.recordCallback(staff, bad)).toBe(true);
        expect(evaluationCapabilities.recordRectification(staff, bad)).toBe(true);
        expect(evaluationCapabilities.appeal(staff, bad)).toBe(true);
      }
      const answered = facts('DISSATISFIED', IN_MY_DEPARTMENT, { replied: true, appealed: true });
      expect(evaluationCapabilities.reply(staff, answered)).toBe(false);
      expect(evaluationCapabilities.appeal(staff, answered)).toBe(false);
      // call-backs and rectifications may be recorded again after the reply
      expect(evaluationCapabilities.recordCallback(staff, answered)).toBe(true);
      expect(evaluationCapabilities.recordRectification(staff, answered)).toBe(true);
    });

    it('refuses a good review, another department, and anyone who is not its staff', () => {
      for (const level of ['VERY_SATISFIED', 'SATISFIED', 'BASIC'] as const) {
        const good = facts(level, IN_MY_DEPARTMENT);
        expect(evaluationCapabilities.reply(staff, good), level).toBe(false);
        expect(evaluationCapabilities.recordCallback(staff, good), level).toBe(false);
        expect(evaluationCapabilities.recordRectification(staff, good), level).toBe(false);
        expect(evaluationCapabilities.appeal(staff, good), level).toBe(false);
      }
      for (const [caller, target] of [
        [staff, ELSEWHERE],
        [CALLERS.supervisor, IN_MY_DEPARTMENT],
        [CALLERS.citizen, OWN],
        [CALLERS['scope:evaluations:read'], IN_MY_DEPARTMENT],
      ] as const) {
        const bad = facts('VERY_DISSATISFIED', target);
        expect(evaluationCapabilities.reply(caller, bad)).toBe(false);
        expect(evaluationCapabilities.recordCallback(caller, bad)).toBe(false);
        expect(evaluationCapabilities.recordRectification(caller, bad)).toBe(false);
        expect(evaluationCapabilities.appeal(caller, bad)).toBe(false);
      }
    });

    it('lets the applicant follow up once, on their own review, after the reply', () => {
      const follow = evaluationCapabilities.addFollowUp;
      expect(follow(CALLERS.citizen, facts('DISSATISFIED', OWN, { replied: true }))).toBe(true);
      expect(follow(CALLERS.citizen, facts('DISSATISFIED', OWN))).toBe(false);
      expect(follow(CALLERS.citizen, facts('DISSATISFIED', OWN, { replied: true, followedUp: true }))).toBe(
        false,
      );
      expect(follow(CALLERS.citizen, facts('DISSATISFIED', IN_MY_DEPARTMENT, { replied: true }))).toBe(false);
      expect(follow(staff, facts('DISSATISFIED', IN_MY_DEPARTMENT, { replied: true }))).toBe(false);
    });
  });
});

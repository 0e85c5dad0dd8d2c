import { definePolicy } from '../auth/policy.ts';
import type { Principal } from '../auth/principal.ts';
import { caseTarget } from '../case/case-policy.ts';
import type { Case } from '../generated/prisma/client.ts';

/**
 * 补正 online: the applicant (a citizen, or a person acting for a company) answers a 补正 notice on their own
 * case — uploads, removes what they uploaded, and submits. Departments see the result through `case.read`.
 */
export const correctionPolicy = definePolicy('correction', {
  'correction.answer': { CITIZEN: 'own' },
});

/** The per-object check: the case is the caller's own (whether it awaits materials is the notice's rule). */
export const answersOwnCase = (principal: Principal, kase: Pick<Case, 'applicantId' | 'departmentId'>) =>
  correctionPolicy.allows(principal, 'correction.answer', caseTarget(kase));

import type { Principal } from '../auth/principal.ts';
import { definePolicy } from '../auth/policy.ts';
import { caseTarget } from '../case/case-policy.ts';
import type { Case } from '../generated/prisma/client.ts';

/** 网上申报: a citizen (or a person acting for a company) starts and edits their own 暂存件 and its materials. */
export const applicationPolicy = definePolicy('application', {
  'application.editDraft': { CITIZEN: 'own' },
});

/** The per-object check: the draft is the caller's own (whether it is still editable is the lifecycle's rule). */
export const reachesDraft = (principal: Principal, kase: Pick<Case, 'applicantId' | 'departmentId'>) =>
  applicationPolicy.allows(principal, 'application.editDraft', caseTarget(kase));

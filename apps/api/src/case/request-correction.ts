import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { refused, userError, type Result } from '../lib/errors.ts';
import { transitionCase } from './transition-case.ts';
import { casePolicy } from './case-policy.ts';
import { findCorrectionNotice } from './correction-notice.ts';

/**
 * 补正通知: the department lists, in one notice, every missing or incorrect material (一次性告知). A second
 * notice on the same case is refused: the law requires everything to be said at once.
 */
export async function requestCorrection(
  ctx: Context,
  input: {
    caseId: string;
    missingMaterials: string[];
    note?: string | null;
    expectedVersion?: number | null;
  },
): Promise<Result<Case>> {
  const staff = casePolicy.requireUser(ctx.principal, 'case.requestCorrection');
  const missingMaterials = [...new Set(input.missingMaterials.map((name) => name.trim()).filter(Boolean))];
  if (missingMaterials.length === 0) {
    return refused(userError('REQUIRED', '请列出需要补正的全部材料。', ['input', 'missingMaterials']));
  }
  const earlierNotice = await findCorrectionNotice(ctx.db, input.caseId);
  if (earlierNotice) {
    return refused(
      userError('INVALID_TRANSITION', '该办件已发出过一次性补正告知，不能再次要求补正。', [
        'input',
        'caseId',
      ]),
    );
  }
  return transitionCase(ctx, staff, 'case.requestCorrection', {
    caseId: input.caseId,
    to: 'CORRECTION_REQUIRED',
    reason: input.note,
    details: { missingMaterials },
    expectedVersion: input.expectedVersion,
  });
}

import type { CaseStatus } from '../generated/prisma/client.ts';
import { userError, type UserError } from '../lib/errors.ts';
import { STATUS_LABEL } from '../case/index.ts';

/** The case no longer (or never) waits for corrected materials: a stale tab, or the wrong case. */
export const notAwaiting = (status: CaseStatus, field: string[]): UserError =>
  userError(
    'INVALID_TRANSITION',
    `办件当前状态为「${STATUS_LABEL[status]}」，不在补正中，不能上传或提交补正材料。`,
    field,
  );

import type { Context } from '../context.ts';
import type { Case, DeliveryMethod } from '../generated/prisma/client.ts';
import { refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { transitionCase } from './transition-case.ts';
import { casePolicy } from './case-policy.ts';

const TRACKING_NUMBER = /^[A-Z0-9]{10,20}$/;

export interface CompleteCaseInput {
  caseId: string;
  result: string;
  deliveryMethod: DeliveryMethod;
  trackingNumber?: string | null;
  expectedVersion?: number | null;
}

/** 办结: the department records the decision and how the result reaches the applicant (窗口领取 or 邮政速递). */
export async function completeCase(ctx: Context, input: CompleteCaseInput): Promise<Result<Case>> {
  const staff = casePolicy.requireUser(ctx.principal, 'case.complete');
  const result = input.result.trim();
  const trackingNumber = input.trackingNumber?.trim().toUpperCase() || null;
  const errors: UserError[] = [];
  if (!result) errors.push(userError('REQUIRED', '请填写办理结果。', ['input', 'result']));
  if (input.deliveryMethod === 'EMS' && !trackingNumber) {
    errors.push(userError('REQUIRED', '邮政速递须填写快递单号。', ['input', 'trackingNumber']));
  }
  if (trackingNumber && input.deliveryMethod !== 'EMS') {
    errors.push(userError('INVALID', '只有邮政速递才有快递单号。', ['input', 'trackingNumber']));
  }
  if (trackingNumber && !TRACKING_NUMBER.test(trackingNumber)) {
    errors.push(userError('INVALID', '快递单号格式不正确。', ['input', 'trackingNumber']));
  }
  if (errors.length) return refused(...errors);

  const now = ctx.clock.now();
  return transitionCase(ctx, staff, 'case.complete', {
    caseId: input.caseId,
    to: 'COMPLETED',
    reason: result,
    details: { deliveryMethod: input.deliveryMethod, trackingNumber },
    patch: { completedAt: now, resultSummary: result, deliveryMethod: input.deliveryMethod, trackingNumber },
    expectedVersion: input.expectedVersion,
  });
}

import DataLoader from 'dataloader';
import type { Context } from '../context.ts';

export type PartnerReadSubject = 'Case' | 'Evaluation';

export const PARTNER_READ_ACTION: Record<PartnerReadSubject, string> = {
  Case: 'partner.case.read',
  Evaluation: 'partner.evaluation.read',
};

const writers = new WeakMap<Context, DataLoader<string, true>>();

/**
 * A partner system read personal data of a case or evaluation (the applicant's name, an evaluation's text):
 * one audit-log row per object and request, written before the value is returned. The rows of one request
 * are batched into one insert. People's reads are not recorded here (their own audit covers ID numbers).
 */
export async function recordPartnerRead(ctx: Context, type: PartnerReadSubject, id: string): Promise<void> {
  const { principal } = ctx;
  if (principal.kind !== 'client') return;
  let writer = writers.get(ctx);
  if (!writer) {
    writer = new DataLoader<string, true>(async (keys) => {
      await ctx.db.auditLog.createMany({
        data: keys.map((key) => {
          const [subjectType, subjectId] = key.split(':') as [PartnerReadSubject, string];
          return {
            actorClientId: principal.client.id,
            action: PARTNER_READ_ACTION[subjectType],
            subjectType,
            subjectId,
            ip: ctx.ip,
          };
        }),
      });
      return keys.map(() => true as const);
    });
    writers.set(ctx, writer);
  }
  await writer.load(`${type}:${id}`);
}

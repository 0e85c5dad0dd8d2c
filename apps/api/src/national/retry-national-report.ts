import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { requeueDelivery } from '../jobs/delivery-state.ts';
import { nationalPolicy } from './national-policy.ts';
import { NATIONAL_REPORTING_SUBSCRIBER } from './national-reporting-handler.ts';
import { selectNationalReports, type NationalReportRow } from './list-national-reports.ts';

/**
 * 重新上报: an admin makes a FAILED or RETRYING report due now, with a fresh series of attempts (a FAILED one
 * had used all of its own). It keeps its event id, so the national system sees the same Idempotency-Key.
 * A delivered report is refused: it was accepted and is never sent twice on purpose.
 */
export async function retryNationalReport(
  ctx: Context,
  input: { eventId: string },
): Promise<Result<NationalReportRow>> {
  nationalPolicy.requireUser(ctx.principal, 'national.retryReport');
  return ctx.db.$transaction(async (tx) => {
    const [delivery] = await tx.$queryRaw<{ status: string; attempts: number }[]>`
      SELECT "status"::text, "attempts" FROM "outbox_deliveries"
       WHERE "subscriber" = ${NATIONAL_REPORTING_SUBSCRIBER} AND "event_id" = ${input.eventId}::uuid
         FOR UPDATE`;
    if (!delivery) return refused(notFound(['input', 'reportId'], '未找到该上报记录。'));
    if (delivery.status === 'DONE') {
      return refused(userError('INVALID', '该事件已上报成功，无需重新上报。', ['input', 'reportId']));
    }
    await requeueDelivery(tx, NATIONAL_REPORTING_SUBSCRIBER, input.eventId);
    await writeAuditLog(tx, ctx, {
      action: 'national_report.retry',
      subjectType: 'OutboxEvent',
      subjectId: input.eventId,
      details: { previousStatus: delivery.status, previousAttempts: delivery.attempts },
    });
    const [row] = await selectNationalReports(tx, Prisma.sql`d."event_id" = ${input.eventId}::uuid`, 1);
    return ok(row!);
  });
}

import type { Context } from '../context.ts';
import { fromGlobalId } from '../lib/global-id.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../lib/keyset-cursor.ts';
import { pageSize, toPage, type Page } from '../lib/connection.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { partnerPolicy } from './partner-policy.ts';
import { PARTNER_READ_ACTION } from './record-partner-read.ts';

export interface PartnerReadRow {
  id: string;
  clientId: string;
  clientName: string;
  subjectType: string;
  subjectId: string;
  readAt: Date;
  businessNumber: string | null;
}

/** Supervisors and admins: which partner system read which case or evaluation, when; newest first. */
export async function listPartnerReads(
  ctx: Context,
  input: {
    clientId?: string | null;
    subjectId?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<Page<PartnerReadRow>> {
  partnerPolicy.requireUser(ctx.principal, 'partner.readAudit');
  const size = pageSize(input.first);
  const where: Prisma.AuditLogWhereInput = { action: { in: Object.values(PARTNER_READ_ACTION) } };
  if (input.clientId) where.actorClient = { clientId: input.clientId };
  if (input.subjectId) {
    const subject = fromGlobalId(input.subjectId);
    where.subjectType = subject?.type ?? '-';
    where.subjectId = subject?.id ?? '-';
  }
  if (input.after) {
    const { at, id } = decodeTimeIdCursor(input.after);
    where.OR = [{ occurredAt: { lt: at } }, { occurredAt: at, id: { lt: id } }];
  }
  const rows = await ctx.db.auditLog.findMany({
    where,
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
    take: size + 1,
    include: { actorClient: { select: { clientId: true, name: true } } },
  });
  const numbers = await businessNumbersOf(ctx, rows.slice(0, size));
  const reads = rows.map((row) => ({
    id: row.id,
    clientId: row.actorClient?.clientId ?? '',
    clientName: row.actorClient?.name ?? '',
    subjectType: row.subjectType,
    subjectId: row.subjectId ?? '',
    readAt: row.occurredAt,
    businessNumber: numbers.get(row.subjectId ?? '') ?? null,
  }));
  return toPage(reads, size, Boolean(input.after), (row) =>
    encodeTimeIdCursor({ at: row.readAt, id: row.id }),
  );
}

/** The business number of each read case, and of each read evaluation's case, in two queries for the page. */
async function businessNumbersOf(
  ctx: Context,
  rows: { subjectType: string; subjectId: string | null }[],
): Promise<Map<string, string>> {
  const ids = (type: string) =>
    rows.filter((row) => row.subjectType === type && row.subjectId).map((row) => row.subjectId!);
  const [cases, evaluations] = await Promise.all([
    ctx.db.case.findMany({ where: { id: { in: ids('Case') } }, select: { id: true, businessNumber: true } }),
    ctx.db.evaluation.findMany({
      where: { id: { in: ids('Evaluation') } },
      select: { id: true, case: { select: { businessNumber: true } } },
    }),
  ]);
  return new Map([
    ...cases.map((kase) => [kase.id, kase.businessNumber] as const),
    ...evaluations.map((evaluation) => [evaluation.id, evaluation.case.businessNumber] as const),
  ]);
}

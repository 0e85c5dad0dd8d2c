import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { NationalReportStatus } from '../generated/graphql.ts';
import { pageSize, toPage, type Page } from '../lib/connection.ts';
import { DELIVERY_COLUMNS_SQL, deliveryCursor, deliveryListConditions } from '../jobs/delivery-state.ts';
import { nationalPolicy } from './national-policy.ts';
import { NATIONAL_REPORTING_SUBSCRIBER } from './national-reporting-handler.ts';

/** One delivery of the national reporting subscriber, with its case. */
export interface NationalReportRow {
  eventId: string;
  seq: bigint;
  eventType: string;
  occurredAt: Date;
  status: NationalReportStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  lastAnswer: string | null;
  businessNumber: string | null;
  departmentName: string | null;
}

export async function selectNationalReports(
  db: Prisma.TransactionClient | Context['db'],
  where: Prisma.Sql,
  limit: number,
): Promise<NationalReportRow[]> {
  return db.$queryRaw<NationalReportRow[]>`
    SELECT ${DELIVERY_COLUMNS_SQL}, c."business_number" AS "businessNumber", dep."name" AS "departmentName"
      FROM "outbox_deliveries" d
      JOIN "outbox_events" e ON e."id" = d."event_id"
      LEFT JOIN "cases" c ON c."id"::text = d."aggregate"
      LEFT JOIN "departments" dep ON dep."id" = c."department_id"
     WHERE d."subscriber" = ${NATIONAL_REPORTING_SUBSCRIBER} AND ${where}
     ORDER BY d."seq" DESC
     LIMIT ${limit}`;
}

/** Admins: the national reports, newest event first, filtered by state, event type and case. */
export async function listNationalReports(
  ctx: Context,
  input: {
    statuses?: readonly NationalReportStatus[] | null;
    eventType?: string | null;
    businessNumber?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<Page<NationalReportRow>> {
  nationalPolicy.requireUser(ctx.principal, 'national.readReports');
  const size = pageSize(input.first);
  const conditions = deliveryListConditions(input);
  if (input.eventType) conditions.push(Prisma.sql`e."type" = ${input.eventType}`);
  if (input.businessNumber?.trim()) {
    conditions.push(Prisma.sql`c."business_number" = ${input.businessNumber.trim()}`);
  }
  const where = conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
  const rows = await selectNationalReports(ctx.db, where, size + 1);
  return toPage(rows, size, Boolean(input.after), deliveryCursor);
}

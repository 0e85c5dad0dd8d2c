import type { Context } from '../context.ts';
import { faultPoint } from '../lib/fault-points.ts';
import type { Case, CaseStatus, DeliveryMethod } from '../generated/prisma/client.ts';
import type { SyncOutcome } from '../generated/graphql.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { casePolicy } from '../case/case-policy.ts';
import type { ClientPrincipal } from '../auth/principal.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { validateIdNumber } from '../lib/id-number.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { recordCaseCreated, recordCaseStatusChange } from '../case/index.ts';

const BUSINESS_NUMBER = /^[0-9A-Za-z_-]{1,64}$/;
const CLOCK_SKEW_MS = 5 * 60_000;

export interface SyncCaseInput {
  businessNumber: string;
  applicantIdNumber: string;
  itemCode: string;
  status: CaseStatus;
  statusChangedAt: Date;
  appliedAt: Date;
  acceptedAt?: Date | null;
  completedAt?: Date | null;
  resultSummary?: string | null;
  deliveryMethod?: DeliveryMethod | null;
  trackingNumber?: string | null;
  reason?: string | null;
}

/**
 * 互联互通: a partner system pushes one of its cases. Keyed by (client, business number), so the same call
 * twice changes nothing, and an update older than the hall's copy (by statusChangedAt) is ignored instead of
 * overwriting a newer status. The partner's system is the record for its cases, so any status it reports is
 * taken as it comes; the hall keeps every change on the timeline.
 */
export async function syncCase(
  ctx: Context,
  input: SyncCaseInput,
): Promise<Result<{ case: Case; outcome: SyncOutcome }>> {
  const client = casePolicy.requireClient(ctx.principal, 'case.sync');
  const checked = await validate(ctx, client, input);
  if (!checked.ok) return checked;
  const { applicantId, item } = checked.value;
  const key = {
    source: 'INTERCONNECTED' as const,
    originSystem: `client:${client.client.clientId}`,
    businessNumber: input.businessNumber,
  };

  for (let attempt = 0; attempt < 2; attempt += 1) {
    const existing = await ctx.db.case.findUnique({ where: { source_originSystem_businessNumber: key } });
    if (!existing) {
      try {
        return ok({ case: await create(ctx, client, key, applicantId, item, input), outcome: 'CREATED' });
      } catch (error) {
        // Another request created it between our read and write: take the update path.
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    if (existing.applicantId !== applicantId || existing.itemId !== item.id) {
      return refused(
        userError('INVALID', 'The applicant and item of a synced case cannot change.', [
          'input',
          'applicantIdNumber',
        ]),
      );
    }
    return update(ctx, client, existing, input);
  }
  throw new Error('syncCase: the case kept changing under a concurrent writer');
}

async function validate(ctx: Context, client: ClientPrincipal, input: SyncCaseInput) {
  const errors: UserError[] = [];
  if (!BUSINESS_NUMBER.test(input.businessNumber)) {
    errors.push(
      userError('INVALID', 'businessNumber may hold only letters, digits, "-" and "_" (1-64).', [
        'input',
        'businessNumber',
      ]),
    );
  }
  if (input.status === 'DRAFT')
    errors.push(userError('INVALID', 'A synced case cannot be a draft.', ['input', 'status']));
  const now = ctx.clock.now().getTime();
  if (input.statusChangedAt.getTime() > now + CLOCK_SKEW_MS) {
    errors.push(userError('INVALID', 'statusChangedAt lies in the future.', ['input', 'statusChangedAt']));
  }
  if (input.trackingNumber && input.deliveryMethod !== 'EMS') {
    errors.push(
      userError('INVALID', 'A tracking number needs deliveryMethod EMS.', ['input', 'trackingNumber']),
    );
  }
  const item = await ctx.db.serviceItem.findUnique({ where: { code: input.itemCode } });
  if (!item)
    errors.push(
      userError('NOT_FOUND', `No service item has the code ${input.itemCode}.`, ['input', 'itemCode']),
    );
  else if (item.departmentId !== client.client.departmentId) {
    errors.push(
      userError('FORBIDDEN', "The item belongs to another department than this client's.", [
        'input',
        'itemCode',
      ]),
    );
  }
  const id = validateIdNumber(input.applicantIdNumber, ctx.clock.now());
  let applicantId: string | null = null;
  if (!id.ok) {
    errors.push(
      userError('INVALID', `applicantIdNumber is not a valid ID number (${id.reason}).`, [
        'input',
        'applicantIdNumber',
      ]),
    );
  } else {
    const citizen = await ctx.db.user.findUnique({
      where: { idNumberHash: piiLookupHash(id.value) },
      select: { id: true },
    });
    if (!citizen) {
      errors.push(
        userError('UNKNOWN_CITIZEN', 'No citizen of the hall has this ID number.', [
          'input',
          'applicantIdNumber',
        ]),
      );
    }
    applicantId = citizen?.id ?? null;
  }
  if (errors.length || !item || !applicantId) return refused(...errors);
  return ok({ applicantId, item });
}

function caseFields(input: SyncCaseInput) {
  return {
    status: input.status,
    statusChangedAt: input.statusChangedAt,
    appliedAt: input.appliedAt,
    acceptedAt: input.acceptedAt ?? null,
    completedAt:
      input.status === 'COMPLETED'
        ? (input.completedAt ?? input.statusChangedAt)
        : (input.completedAt ?? null),
    resultSummary: input.resultSummary ?? null,
    deliveryMethod: input.deliveryMethod ?? null,
    trackingNumber: input.trackingNumber ?? null,
  };
}

function create(
  ctx: Context,
  client: ClientPrincipal,
  key: { source: 'INTERCONNECTED'; originSystem: string; businessNumber: string },
  applicantId: string,
  item: { id: string; departmentId: string },
  input: SyncCaseInput,
) {
  // One transaction: the case, its first event and its outbox event commit together. Under a burst of partner
  // writes a transaction may wait for a pooled connection longer than Prisma's 2 s default.
  return ctx.db.$transaction(
    async (tx) => {
      const created = await tx.case.create({
        data: {
          ...key,
          ...caseFields(input),
          applicantId,
          itemId: item.id,
          departmentId: item.departmentId,
          apiClientId: client.client.id,
          events: {
            create: {
              toStatus: input.status,
              actorClientId: client.client.id,
              occurredAt: input.statusChangedAt,
              reason: input.reason ?? null,
            },
          },
        },
      });
      await recordCaseCreated(tx, created, input.statusChangedAt);
      return created;
    },
    { maxWait: 10_000 },
  );
}

async function update(
  ctx: Context,
  client: ClientPrincipal,
  existing: Case,
  input: SyncCaseInput,
): Promise<Result<{ case: Case; outcome: SyncOutcome }>> {
  const incoming = input.statusChangedAt.getTime();
  const current = existing.statusChangedAt.getTime();
  if (incoming < current) return ok({ case: existing, outcome: 'STALE' });
  const fields = caseFields(input);
  if (incoming === current) {
    if (existing.status !== input.status) {
      return refused(
        userError('STALE', 'Another status was already synced for this statusChangedAt.', [
          'input',
          'statusChangedAt',
        ]),
      );
    }
    if (sameFields(existing, fields)) return ok({ case: existing, outcome: 'UNCHANGED' });
  }
  return ctx.db.$transaction(async (tx) => {
    // Conditional on the time we compared with, so a concurrent newer update is never overwritten.
    const written = await tx.case.updateMany({
      where: { id: existing.id, statusChangedAt: existing.statusChangedAt },
      data: { ...fields, version: { increment: 1 } },
    });
    if (written.count !== 1) {
      const latest = await tx.case.findUniqueOrThrow({ where: { id: existing.id } });
      return ok({ case: latest, outcome: 'STALE' as const });
    }
    await faultPoint('sync-case:after-case', tx);
    if (existing.status !== input.status) {
      await tx.caseEvent.create({
        data: {
          caseId: existing.id,
          fromStatus: existing.status,
          toStatus: input.status,
          actorClientId: client.client.id,
          occurredAt: input.statusChangedAt,
          reason: input.reason ?? null,
        },
      });
      await recordCaseStatusChange(tx, {
        caseId: existing.id,
        from: existing.status,
        to: input.status,
        occurredAt: input.statusChangedAt,
      });
    }
    return ok({
      case: await tx.case.findUniqueOrThrow({ where: { id: existing.id } }),
      outcome: 'UPDATED' as const,
    });
  });
}

function sameFields(existing: Case, fields: ReturnType<typeof caseFields>): boolean {
  return (Object.keys(fields) as (keyof typeof fields)[]).every((key) => {
    const a = existing[key];
    const b = fields[key];
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
  });
}

import { isUniqueViolation } from '../lib/unique-violation.ts';
import { createHash } from 'node:crypto';
import { faultPoint } from '../lib/fault-points.ts';
import type { Context } from '../context.ts';
import type { CaseMaterial, License } from '../generated/prisma/client.ts';
import { Prisma } from '../db/prisma.ts';
import { licensePolicy } from './license-policy.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { formatCst } from '../lib/natural-days.ts';
import { newStorageKey, STORAGE_PREFIX } from '../storage/file-storage.ts';
import { hashLicenseCode, LICENSE_CODE_SHAPE } from './license-code.ts';
import { CODE_ATTEMPTS, WRONG_CODE } from '../lib/one-time-code.ts';
import { licenseSnapshot } from './license-snapshot.ts';
import { renderLicenseDocument } from './render-license-document.ts';
import { STATUS_LABEL } from './license-status.ts';

export { CODE_ATTEMPTS, WRONG_CODE };
const CODE_FIELD = ['input', 'code'];

export interface FetchLicenseMaterialInput {
  caseId: string;
  itemMaterialId: string;
  code: string;
  purpose?: string | null;
}

export interface FetchOutcome {
  result: Result<CaseMaterial>;
  lockedUntil: Date | null;
}

class Abort extends Error {
  constructor(
    readonly outcome: 'WRONG_CODE' | 'NOT_DRAFT' | 'CHANGED' | { inactive: License; grantId: string },
  ) {
    super('abort');
  }
}

interface StoredDocument {
  key: string;
  /** the snapshot it was rendered from, as JSON, to check the license did not change since */
  snapshot: string;
  document: Uint8Array;
}

/**
 * Renders the document of the active license an unused code names now and stores it; null when the code
 * names none (the transaction then refuses it as before) or the license is not 存续.
 */
async function storeLicenseDocument(
  ctx: Context,
  codeHash: string,
  now: Date,
): Promise<StoredDocument | null> {
  const grant = await ctx.db.licenseGrant.findFirst({
    where: { codeHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { license: true },
  });
  if (!grant || grant.license.status !== 'ACTIVE') return null;
  const snapshot = licenseSnapshot(grant.license, now);
  const document = renderLicenseDocument(snapshot);
  const key = newStorageKey(STORAGE_PREFIX.licenseDocuments, now);
  await ctx.storage.put(key, document, { contentType: 'text/html; charset=utf-8' });
  return { key, snapshot: JSON.stringify(snapshot), document };
}

/**
 * In one transaction the draft is locked, the code consumed by a conditional UPDATE (so of two concurrent
 * requests only one can win), the license checked to be 存续 and to be what was rendered, the level-A
 * material attached and one GRANTED access-log row written.
 */
function recordFetch(
  ctx: Context,
  fetch: {
    kase: { id: string };
    slot: { id: string; name: string };
    codeHash: string;
    userId: string;
    purpose: string;
    now: Date;
    stored: StoredDocument | null;
  },
): Promise<CaseMaterial> {
  const { kase, slot, codeHash, userId, purpose, now, stored } = fetch;
  return ctx.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: string }[]>`
      SELECT "status"::text FROM "cases" WHERE "id" = ${kase.id}::uuid FOR UPDATE`;
    if (locked[0]?.status !== 'DRAFT') throw new Abort('NOT_DRAFT');
    const [grant] = await tx.$queryRaw<{ id: string; license_id: string }[]>`
      UPDATE "license_grants"
         SET "used_at" = ${now}, "used_by_id" = ${userId}::uuid, "used_for_case_id" = ${kase.id}::uuid
       WHERE "code_hash" = ${codeHash} AND "used_at" IS NULL
         AND "revoked_at" IS NULL AND "expires_at" > ${now}
      RETURNING "id"::text, "license_id"::text`;
    if (!grant) throw new Abort('WRONG_CODE');
    await faultPoint('license-fetch:after-code', tx);
    const license = await tx.license.findUniqueOrThrow({ where: { id: grant.license_id } });
    if (license.status !== 'ACTIVE') throw new Abort({ inactive: license, grantId: grant.id });
    const snapshot = licenseSnapshot(license, now);
    if (!stored || stored.snapshot !== JSON.stringify(snapshot)) throw new Abort('CHANGED');

    const created = await tx.caseMaterial.create({
      data: {
        caseId: kase.id,
        itemMaterialId: slot.id,
        name: slot.name,
        trustLevel: 'A',
        fileName: `营业执照-${license.holderName}.html`,
        contentType: 'text/html; charset=utf-8',
        sizeBytes: stored.document.byteLength,
        sha256: createHash('sha256').update(stored.document).digest('hex'),
        storageKey: stored.key,
        licenseId: license.id,
        licenseSnapshot: snapshot as unknown as Prisma.InputJsonValue,
        uploadedById: userId,
      },
    });
    await tx.licenseAccessLog.create({
      data: {
        licenseId: license.id,
        grantId: grant.id,
        userId,
        caseId: kase.id,
        purpose,
        outcome: 'GRANTED',
        occurredAt: now,
      },
    });
    return created;
  });
}

/**
 * 获取证照库文件. The code is the holder's consent: whoever types a valid code may attach that one license to
 * their own draft, once. The document is rendered and stored first; then one transaction records the fetch
 * (recordFetch). A stored document whose transaction does not commit is deleted here, or by the orphan-file
 * job when the process died in between.
 */
export async function fetchLicenseMaterial(
  ctx: Context,
  input: FetchLicenseMaterialInput,
): Promise<FetchOutcome> {
  const { user } = licensePolicy.requireUser(ctx.principal, 'license.fetch');
  const kase = await ctx.db.case.findFirst({
    where: { id: input.caseId, applicantId: user.id },
    include: { item: { select: { name: true } } },
  });
  if (!kase) return refusal(notFound(['input', 'caseId'], '未找到该办件。'));
  if (kase.status !== 'DRAFT') return refusal(notDraft());
  const slot = await ctx.db.serviceItemMaterial.findUnique({ where: { id: input.itemMaterialId } });
  if (!slot || slot.itemId !== kase.itemId) {
    return refusal(notFound(['input', 'itemMaterialId'], '该事项没有这项材料。'));
  }
  if (slot.licenseType !== 'BUSINESS_LICENSE') {
    return refusal(userError('INVALID', '这项材料不能从证照库获取。', ['input', 'itemMaterialId']));
  }
  const taken = await ctx.db.caseMaterial.findFirst({
    where: { caseId: kase.id, itemMaterialId: slot.id, licenseId: { not: null } },
    select: { id: true },
  });
  if (taken) return refusal(alreadyFetched());

  const key = `license-code:user:${user.id}`;
  const now = ctx.clock.now();
  const attempt = await ctx.abuse.takeAttempt(key, CODE_ATTEMPTS, now);
  if (!attempt.ok)
    return { result: refused(lockedError(attempt.lockedUntil)), lockedUntil: attempt.lockedUntil };

  const purpose = input.purpose?.trim().slice(0, 200) || `办理「${kase.item.name}」`;
  let storedKey: string | null = null;
  try {
    if (!LICENSE_CODE_SHAPE.test(input.code.trim())) throw new Abort('WRONG_CODE');
    const codeHash = hashLicenseCode(input.code.trim());
    let material: CaseMaterial | null = null;
    for (let round = 1; !material; round++) {
      // Rendered and stored before the transaction, so no storage I/O happens while the case row is locked.
      const stored = await storeLicenseDocument(ctx, codeHash, now);
      storedKey = stored?.key ?? null;
      try {
        material = await recordFetch(ctx, { kase, slot, codeHash, userId: user.id, purpose, now, stored });
      } catch (error) {
        if (!(error instanceof Abort && error.outcome === 'CHANGED' && round < 3)) throw error;
        // The license changed between rendering and the transaction: render it again.
        if (storedKey) await ctx.storage.delete(storedKey).catch(() => undefined);
        storedKey = null;
      }
    }
    await ctx.abuse.forgiveAttempt(attempt.attempt);
    return { result: ok(material), lockedUntil: null };
  } catch (error) {
    if (storedKey) await ctx.storage.delete(storedKey).catch(() => undefined);
    if (error instanceof Abort && error.outcome === 'WRONG_CODE') {
      const locked = await ctx.abuse.attemptLockedUntil(key, CODE_ATTEMPTS, now);
      const lockedUntil = locked ? wholeSecondAfter(locked) : null;
      return {
        result: refused(lockedUntil ? lockedError(lockedUntil, WRONG_CODE) : wrongCode()),
        lockedUntil,
      };
    }
    // Every other refusal had a right code (or none was checked): it does not count as a wrong attempt.
    await ctx.abuse.forgiveAttempt(attempt.attempt);
    if (error instanceof Abort && error.outcome === 'NOT_DRAFT') return refusal(notDraft());
    if (error instanceof Abort && typeof error.outcome === 'object') {
      const { inactive } = error.outcome;
      await ctx.db.licenseAccessLog.create({
        data: {
          licenseId: inactive.id,
          userId: user.id,
          caseId: kase.id,
          purpose,
          outcome: 'DENIED',
          occurredAt: now,
        },
      });
      return refusal(
        userError('INVALID', `该证照已${STATUS_LABEL[inactive.status]}，不能获取。`, CODE_FIELD),
      );
    }
    if (isUniqueViolation(error)) {
      return refusal(alreadyFetched());
    }
    throw error;
  }
}

/** Times are shown to the second: round up, so the stated time is never before the real unlock. */
const wholeSecondAfter = (instant: Date) => new Date(Math.ceil(instant.getTime() / 1000) * 1000);
const refusal = (error: UserError): FetchOutcome => ({ result: refused(error), lockedUntil: null });
const wrongCode = () => userError('INVALID', WRONG_CODE, CODE_FIELD);
const notDraft = () => userError('INVALID_TRANSITION', '只能在暂存件中获取证照库文件。', ['input', 'caseId']);
const alreadyFetched = () => userError('TAKEN', '这项材料已从证照库获取。', ['input', 'itemMaterialId']);
const lockedError = (until: Date, prefix = '') =>
  userError(
    'FORBIDDEN',
    `${prefix}验证码错误次数过多，请于 ${formatCst(until)}（北京时间）后再试。`,
    CODE_FIELD,
  );

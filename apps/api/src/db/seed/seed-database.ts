import type { Db } from '../prisma.ts';
import type { CaseStatus, Prisma } from '../../generated/prisma/client.ts';
import { hashPassword } from '../../auth/password.ts';
import { validateIdNumber, maskIdNumber } from '../../lib/id-number.ts';
import { encryptPii, maskPhone, piiLookupHash } from '../../lib/pii.ts';
import { parseCst } from '../../lib/natural-days.ts';
import { DEPARTMENTS, ITEMS, type ItemSeed } from './catalogue-data.ts';
import { API_CLIENTS, PEOPLE } from './people-data.ts';
import { GUIDE_CASES, OTHER_CASES, type CaseSeed } from './case-data.ts';
import { lastMonthCases, recentCases, seedEvaluations } from './evaluation-data.ts';
import { seedLicenses } from './seed-licenses.ts';
import { PORTAL_ITEMS } from './portal-data.ts';
import { seedPortal } from './seed-portal.ts';
import { seedBookings } from './booking-data.ts';
import { seedQuestions } from './seed-questions.ts';
import { nameSearchKeys } from '../../catalogue/index.ts';
import { readApiEnvVariable } from '../../env-schema.ts';

/**
 * Development and test data: the guide's departments, items and ten completed cases (all evaluated), recent
 * cases still open for evaluation, one account per role.
 * Idempotent: every row is found by its natural key first, so running it twice changes nothing.
 */
export async function seedDatabase(
  db: Db,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  if (readApiEnvVariable('NODE_ENV', env) === 'production') {
    throw new Error('Refusing to seed: the seed creates accounts with published development passwords.');
  }
  const departmentIds = new Map<string, string>();
  for (const department of DEPARTMENTS) {
    const row = await db.department.upsert({
      where: { code: department.code },
      update: {},
      create: department,
    });
    departmentIds.set(department.code, row.id);
  }

  const itemIds = new Map<string, { id: string; departmentId: string }>();
  for (const item of [...ITEMS, ...PORTAL_ITEMS]) {
    const departmentId = departmentIds.get(item.department)!;
    const row = await db.serviceItem.upsert({
      where: { code: item.code },
      // The search keys follow the stored name (an older database gets them on its next seed).
      update: {},
      create: {
        code: item.code,
        name: item.name,
        ...nameSearchKeys(item.name),
        departmentId,
        onlineApplicable: item.onlineApplicable,
        promisedDays: item.promisedDays ?? null,
        requiredLevel: item.requiredLevel ?? 'UNVERIFIED',
        materials: {
          create: item.materials.map((material, index) => ({
            name: material.name,
            required: material.required ?? true,
            licenseType: material.licenseType ?? null,
            sortOrder: index,
          })),
        },
      },
    });
    if (row.namePinyin === '') {
      await db.serviceItem.update({ where: { id: row.id }, data: nameSearchKeys(row.name) });
    }
    await syncChecklist(db, row.id, item.materials);
    itemIds.set(item.code, { id: row.id, departmentId });
  }

  const userIds = new Map<string, string>();
  for (const person of PEOPLE) {
    const valid = validateIdNumber(person.idNumber);
    if (!valid.ok) throw new Error(`Seed ID number for ${person.key} is invalid: ${valid.reason}`);
    const idNumberHash = piiLookupHash(valid.value);
    const existing = await db.user.findUnique({ where: { idNumberHash } });
    const row =
      existing ??
      (await db.user.create({
        data: {
          name: person.name,
          kind: person.kind ?? 'PERSON',
          idNumberCipher: encryptPii(valid.value),
          idNumberHash,
          idNumberMasked: maskIdNumber(valid.value),
          phoneCipher: person.phone ? encryptPii(person.phone) : null,
          phoneHash: person.phone ? piiLookupHash(person.phone) : null,
          phoneMasked: person.phone ? maskPhone(person.phone) : null,
          passwordHash: await hashPassword(person.password),
          realNameLevel: person.realNameLevel,
          roles: person.roles,
          departmentId: person.department ? departmentIds.get(person.department)! : null,
          companyCreditCode: person.company?.creditCode ?? null,
          companyName: person.company?.name ?? null,
        },
      }));
    userIds.set(person.key, row.id);
  }

  const clientIds = new Map<string, string>();
  for (const client of API_CLIENTS) {
    const existing = await db.apiClient.findUnique({ where: { clientId: client.clientId } });
    const row =
      existing ??
      (await db.apiClient.create({
        data: {
          clientId: client.clientId,
          name: client.name,
          secretHash: await hashPassword(client.secret),
          departmentId: departmentIds.get(client.department)!,
          scopes: [...client.scopes],
        },
      }));
    clientIds.set(client.clientId, row.id);
  }

  await seedLicenses(db);

  const now = new Date();
  for (const seed of [...GUIDE_CASES, ...OTHER_CASES, ...recentCases(now), ...lastMonthCases(now).cases]) {
    const item = itemIds.get(seed.item)!;
    const originSystem =
      seed.source === 'ONLINE' ? 'hall' : seed.source === 'WINDOW' ? 'window' : `client:${seed.client}`;
    const key = { source: seed.source, originSystem, businessNumber: seed.businessNumber };
    const existing = await db.case.findUnique({ where: { source_originSystem_businessNumber: key } });
    if (existing) continue;
    const apiClientId = seed.client ? clientIds.get(seed.client)! : null;
    await db.case.create({
      data: {
        ...key,
        applicantId: userIds.get(seed.applicant)!,
        itemId: item.id,
        departmentId: item.departmentId,
        status: seed.status,
        apiClientId,
        recordedById: seed.source === 'WINDOW' ? userIds.get('window')! : null,
        ...caseTimes(seed),
        deliveryMethod: seed.delivery ?? (seed.status === 'COMPLETED' ? 'WINDOW_PICKUP' : null),
        trackingNumber: seed.trackingNumber ?? null,
        resultSummary: seed.status === 'COMPLETED' ? '准予许可' : null,
        events: { create: timeline(seed, apiClientId) },
      },
    });
  }
  await seedEvaluations(db, now, userIds.get('deptSocialSecurity')!);
  await seedPortal(db, itemIds, userIds.get('admin')!);
  await seedBookings(db, now, itemIds);
  await seedQuestions(db, now, {
    liHua: userIds.get('citizen')!,
    chenJing: userIds.get('citizen2')!,
    clerk: userIds.get('deptSocialSecurity')!,
    itemCodes: ['nk-ss-employer-registration', 'nk-ss-pension-transfer'],
  });
}

function caseTimes(seed: CaseSeed) {
  const appliedAt = seed.appliedAt ? parseCst(seed.appliedAt) : null;
  const completedAt = seed.completedAt ? parseCst(seed.completedAt) : null;
  const acceptedAt =
    appliedAt && seed.status !== 'RECEIVED' ? new Date(appliedAt.getTime() + 10 * 60_000) : null;
  return {
    appliedAt,
    acceptedAt,
    completedAt,
    commitmentDueAt: seed.commitmentDueAt ? parseCst(seed.commitmentDueAt) : null,
    statusChangedAt: completedAt ?? acceptedAt ?? appliedAt ?? new Date('2026-11-25T12:00:00Z'),
  };
}

/** The path each seeded status took, one event per step. */
const PATHS: Record<CaseStatus, CaseStatus[]> = {
  DRAFT: ['DRAFT'],
  RECEIVED: ['RECEIVED'],
  ACCEPTED: ['RECEIVED', 'ACCEPTED'],
  IN_PROGRESS: ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS'],
  CORRECTION_REQUIRED: ['RECEIVED', 'CORRECTION_REQUIRED'],
  ACCEPTED_ON_COMMITMENT: ['RECEIVED', 'ACCEPTED_ON_COMMITMENT'],
  REJECTED: ['RECEIVED', 'REJECTED'],
  COMPLETED: ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED'],
};

function timeline(seed: CaseSeed, apiClientId: string | null): Prisma.CaseEventCreateWithoutCaseInput[] {
  const times = caseTimes(seed);
  const start = times.appliedAt ?? times.statusChangedAt;
  const path = PATHS[seed.status];
  return path.map((status, index) => ({
    fromStatus: index === 0 ? null : path[index - 1]!,
    toStatus: status,
    occurredAt:
      status === 'COMPLETED' && times.completedAt
        ? times.completedAt
        : new Date(start.getTime() + index * 10 * 60_000),
    actorClient: apiClientId ? { connect: { id: apiClientId } } : undefined,
    details: status === 'CORRECTION_REQUIRED' ? { missingMaterials: seed.missingMaterials ?? [] } : undefined,
  }));
}

/**
 * Brings a checklist seeded earlier up to today's seed: entries matched by name get their required mark,
 * license type and order; entries the seed no longer has are removed, or, when a case already answers them,
 * kept as optional at the end so no case material loses its entry.
 */
async function syncChecklist(db: Db, itemId: string, materials: ItemSeed['materials']): Promise<void> {
  for (const [index, material] of materials.entries()) {
    const fields = {
      required: material.required ?? true,
      licenseType: material.licenseType ?? null,
      sortOrder: index,
    };
    await db.serviceItemMaterial.upsert({
      where: { itemId_name: { itemId, name: material.name } },
      update: fields,
      create: { itemId, name: material.name, ...fields },
    });
  }
  const names = materials.map((material) => material.name);
  const stale = { itemId, name: { notIn: names } };
  await db.serviceItemMaterial.deleteMany({ where: { ...stale, caseMaterials: { none: {} } } });
  await db.serviceItemMaterial.updateMany({
    where: stale,
    data: { required: false, sortOrder: names.length },
  });
}

import { PEOPLE } from '../db/seed/people-data.ts';
import { readApiEnvVariable } from '../env-schema.ts';

/**
 * The answers of the identity services (公安部 人口库 name/ID check, and a face comparison against the ID photo),
 * in the kinds the real services report. A provider answers; it never throws for a refusal.
 */
export type NameCheck = { ok: true } | { ok: false; kind: 'MISMATCH' | 'NOT_FOUND' | 'UNAVAILABLE' };
export type FaceCheck = { ok: true } | { ok: false; kind: 'FACE_MISMATCH' | 'NOT_FOUND' | 'UNAVAILABLE' };

export interface IdentityService {
  readonly name: string;
  /** 实名认证: does this 居民身份证号 exist, and does it belong to this name? */
  checkName(name: string, idNumber: string): Promise<NameCheck>;
  /** 实人认证: does the face the user's device captured (`livenessToken`) match this person's ID photo? */
  checkFace(name: string, idNumber: string, livenessToken: string): Promise<FaceCheck>;
}

interface StandInIdentity {
  name: string;
  idNumber: string;
  /** how the stand-in face comparison answers for this person */
  face: 'MATCH' | 'MISMATCH';
  /** the stand-in answers 服务不可用 for this person (to exercise the outage path) */
  unavailable?: boolean;
}

/**
 * Test residents the stand-in knows besides the seeded people (README "Registration and 认证等级").
 * Their ID numbers pass the check digit; they are nobody's real numbers.
 */
export const TEST_RESIDENTS: readonly StandInIdentity[] = [
  { name: '张伟', idNumber: '120101199001011239', face: 'MATCH' },
  { name: '王芳', idNumber: '120104199203152346', face: 'MISMATCH' },
  { name: '刘强', idNumber: '120103198507073451', face: 'MATCH', unavailable: true },
];

/**
 * The development and test stand-in: knows the seeded people and TEST_RESIDENTS, and answers everyone else
 * 查无此人. Not a real check: production runs with IDENTITY_PROVIDER=off until a real provider is wired.
 */
export function standInIdentityService(): IdentityService {
  const known = new Map<string, StandInIdentity>();
  for (const person of PEOPLE) known.set(person.idNumber, { ...person, face: 'MATCH' });
  for (const resident of TEST_RESIDENTS) known.set(resident.idNumber, resident);
  return {
    name: 'stand-in',
    async checkName(name, idNumber) {
      const person = known.get(idNumber);
      if (!person) return { ok: false, kind: 'NOT_FOUND' };
      if (person.unavailable) return { ok: false, kind: 'UNAVAILABLE' };
      return person.name === name ? { ok: true } : { ok: false, kind: 'MISMATCH' };
    },
    async checkFace(name, idNumber, livenessToken) {
      const person = known.get(idNumber);
      if (!person || person.name !== name) return { ok: false, kind: 'NOT_FOUND' };
      if (person.unavailable || !livenessToken) return { ok: false, kind: 'UNAVAILABLE' };
      return person.face === 'MATCH' ? { ok: true } : { ok: false, kind: 'FACE_MISMATCH' };
    },
  };
}

/** No identity service configured: every check answers 服务不可用 (nothing is verified). */
export function unavailableIdentityService(): IdentityService {
  return {
    name: 'off',
    checkName: async () => ({ ok: false, kind: 'UNAVAILABLE' }),
    checkFace: async () => ({ ok: false, kind: 'UNAVAILABLE' }),
  };
}

/** IDENTITY_PROVIDER: `stand-in` (the default outside production) or `off` (the default in production). */
export function identityServiceFromEnv(
  env: Record<string, string | undefined> = process.env,
): IdentityService {
  const production = readApiEnvVariable('NODE_ENV', env) === 'production';
  const kind = readApiEnvVariable('IDENTITY_PROVIDER', env) ?? (production ? 'off' : 'stand-in');
  return kind === 'stand-in' ? standInIdentityService() : unavailableIdentityService();
}

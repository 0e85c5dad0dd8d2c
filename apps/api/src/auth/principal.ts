import type { ApiClient, Prisma, User } from '../generated/prisma/client.ts';

/**
 * The signed-in user as every request loads it: without the encrypted ID number, phone and password hash, nor
 * settings that only their own page reads (the SMS opt-out, 关怀模式, the default delivery address).
 */
export type PrincipalUser = Omit<
  User,
  'idNumberCipher' | 'phoneCipher' | 'passwordHash' | 'smsOptOut' | 'careMode' | 'defaultDeliveryAddressId'
>;

// A `select`, not an `omit`: the ORM reads omitted columns from the database all the same.
export const PRINCIPAL_USER_COLUMNS = {
  id: true,
  kind: true,
  name: true,
  idNumberHash: true,
  idNumberMasked: true,
  phoneHash: true,
  phoneMasked: true,
  realNameLevel: true,
  roles: true,
  companyCreditCode: true,
  companyName: true,
  departmentId: true,
  isActive: true,
  createdAt: true,
  updatedAt: true,
} satisfies Record<keyof PrincipalUser, true> & Prisma.UserSelect;

/** Who is calling: a signed-in person, a partner system, a job running as itself, or nobody. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: PrincipalUser; sessionId?: string }
  | { kind: 'client'; client: ApiClient; scopes: string[] }
  | { kind: 'job'; job: string };

export const anonymous: Principal = { kind: 'anonymous' };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;
export type ClientPrincipal = Extract<Principal, { kind: 'client' }>;
export type JobPrincipal = Extract<Principal, { kind: 'job' }>;

/** A job acting on its own behalf; its grants are the `job:<name>` keys of the policies. */
export const jobPrincipal = (job: string): JobPrincipal => ({ kind: 'job', job });

import type { Db } from '../db/prisma.ts';
import type { User } from '../generated/prisma/client.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';

/**
 * Sign-in by 身份证号 or 手机号 and password. Returns null for every failure alike (unknown account, wrong
 * password, deactivated account), spending the same argon2 work, so the answer never tells whether an
 * account exists.
 */
export async function authenticatePassword(
  db: Db,
  input: { login: string; password: string },
): Promise<User | null> {
  const login = input.login.trim();
  if (!login || !input.password) return null;
  const lookup = piiLookupHash(login);
  const user = await db.user.findFirst({ where: { OR: [{ idNumberHash: lookup }, { phoneHash: lookup }] } });
  if (!user?.passwordHash || !user.isActive) {
    await verifyPassword(await decoyPasswordHash(), input.password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, input.password)) ? user : null;
}

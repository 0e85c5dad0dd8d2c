import type { createPrisma } from '../../api/src/db/prisma.ts';
import { encryptPii, maskPhone, piiLookupHash } from '../../api/src/lib/pii.ts';
import { maskIdNumber } from '../../api/src/lib/id-number.ts';
import { hashPassword } from '../../api/src/auth/password.ts';

type Db = ReturnType<typeof createPrisma>;

/**
 * A person of a browser test's own, made in the database (not one of the seeded accounts, whose lists other
 * tests expect unchanged): the ID number (when given) and phone stored as the hall stores them, 实名 when the
 * ID number is given.
 */
export async function createPerson(
  db: Db,
  person: { name: string; phone: string; password: string; idNumber?: string },
) {
  const { idNumber, phone } = person;
  return db.user.create({
    data: {
      name: person.name,
      ...(idNumber
        ? {
            idNumberCipher: encryptPii(idNumber),
            idNumberHash: piiLookupHash(idNumber),
            idNumberMasked: maskIdNumber(idNumber),
            realNameLevel: 'REAL_NAME' as const,
          }
        : {}),
      phoneCipher: encryptPii(phone),
      phoneHash: piiLookupHash(phone),
      phoneMasked: maskPhone(phone),
      passwordHash: await hashPassword(person.password),
    },
  });
}

/** The code the logging SMS provider recorded for the number since `after` (sms_log keeps the text, the number masked). */
export async function codeSentTo(db: Db, phone: string, after: Date): Promise<string> {
  for (let tries = 0; tries < 50; tries += 1) {
    const row = await db.smsLog.findFirst({
      where: { phoneMasked: maskPhone(phone), loggedAt: { gte: after } },
      orderBy: { loggedAt: 'desc' },
    });
    if (row) return row.text.match(/验证码为 (\d{6})/)![1]!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no SMS code logged for ${maskPhone(phone)}`);
}

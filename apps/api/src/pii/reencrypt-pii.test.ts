import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrisma, type Db } from '../db/prisma.ts';
import { decryptPii, resetPiiKeysForTests } from '../lib/pii.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { PII_CIPHER_COLUMNS, reencryptPii } from './reencrypt-pii.ts';

const devKey = createHash('sha256')
  .update('service-hall development PII_ENCRYPTION_KEY (not secret)')
  .digest('hex');
const newKey = Buffer.alloc(32, 9).toString('hex');

function useKeyRing(ring: string | undefined) {
  if (ring === undefined) delete process.env.PII_ENCRYPTION_KEYS;
  else process.env.PII_ENCRYPTION_KEYS = ring;
  resetPiiKeysForTests();
}

/** Every stored PII token: users' ID numbers and phones, licenses' legal-representative ID numbers. */
async function tokens(db: Db) {
  const users = await db.user.findMany({
    select: { id: true, idNumberCipher: true, phoneCipher: true },
    orderBy: { id: 'asc' },
  });
  const licenses = await db.license.findMany({
    select: { id: true, legalRepIdCipher: true },
    orderBy: { id: 'asc' },
  });
  return [
    ...users.flatMap((user) => [
      ...(user.idNumberCipher ? [{ id: user.id, token: user.idNumberCipher }] : []),
      ...(user.phoneCipher ? [{ id: user.id, token: user.phoneCipher }] : []),
    ]),
    ...licenses.map((license) => ({ id: license.id, token: license.legalRepIdCipher })),
  ];
}

describe('PII key rotation (npm run pii:reencrypt)', () => {
  let db: Db;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase(inject('adminUrl'));
    db = createPrisma(database.url);
    drop = database.drop;
  });
  afterEach(() => useKeyRing(undefined));
  afterAll(async () => {
    await db?.$disconnect();
    await drop?.();
  });

  it('knows every *_cipher column of the database', async () => {
    const columns = await db.$queryRaw<{ table: string; column: string }[]>`
      SELECT table_name::text AS table, column_name::text AS column FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name LIKE '%\\_cipher' ORDER BY 1, 2`;
    const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;
    expect(PII_CIPHER_COLUMNS.map(key).sort()).toEqual(columns.map(key).sort());
  });

  it('refuses to run while a stored token’s key is missing from the ring, and changes nothing', async () => {
    const before = await tokens(db);
    useKeyRing(`3:${newKey}`);
    await expect(reencryptPii(db, { batchSize: 2 })).rejects.toThrow(
      /^users\.id_number_cipher of row [0-9a-f-]{36}: PII key 1 is not configured$/,
    );
    expect(await tokens(db)).toEqual(before);
  });

  it('re-encrypts every token under the new key in batches, keeps the values, and is idempotent', async () => {
    useKeyRing(undefined);
    const before = await tokens(db);
    const plain = before.map((row) => decryptPii(row.token));
    expect(before.length).toBeGreaterThan(8);
    expect(await db.license.count()).toBeGreaterThan(0); // the seed's licenses are part of the rotation
    expect(before.every((row) => row.token.startsWith('v2.1.'))).toBe(true);

    useKeyRing(`2:${newKey},1:${devKey}`);
    const first = await reencryptPii(db, { batchSize: 3 });
    expect(first).toEqual({ keyId: '2', rewritten: before.length, skipped: 0 });

    const after = await tokens(db);
    expect(after.every((row) => row.token.startsWith('v2.2.'))).toBe(true);
    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));

    // The old key can go: everything now opens with the new one alone.
    useKeyRing(`2:${newKey}`);
    expect(after.map((row) => decryptPii(row.token))).toEqual(plain);
    expect(await reencryptPii(db)).toEqual({ keyId: '2', rewritten: 0, skipped: 0 });

    const audit = await db.auditLog.findMany({
      where: { action: 'pii.reencrypt' },
      orderBy: { occurredAt: 'asc' },
    });
    expect(audit.map((row) => (row.details as { rewritten: number }).rewritten)).toEqual([before.length, 0]);
    expect(JSON.stringify(audit)).not.toContain('11010519491231002X');
  });
});

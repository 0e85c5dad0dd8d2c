// npm run pii:reencrypt: after putting a new key first in PII_ENCRYPTION_KEYS, re-encrypts every stored PII
// token under it (DATABASE_URL, or the embedded development database when it is unset).
import { resolveDatabase } from '../db/database.ts';
import { createPrisma } from '../db/prisma.ts';
import { reencryptPii } from './reencrypt-pii.ts';

const database = await resolveDatabase();
const db = createPrisma(database.url);
try {
  const result = await reencryptPii(db);
  console.log(
    `PII now under key ${result.keyId}: ${result.rewritten} values re-encrypted` +
      (result.skipped ? `, ${result.skipped} changed meanwhile (run again to finish them)` : '.'),
  );
} catch (error) {
  console.error(`Re-encryption stopped: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.embedded?.stop();
}

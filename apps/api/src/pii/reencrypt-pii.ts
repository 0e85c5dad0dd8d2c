import type { Db } from '../db/prisma.ts';
import { anonymous } from '../auth/principal.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { currentPiiKeyId, currentPiiTokenPrefix, decryptPii, encryptPii } from '../lib/pii.ts';

/** Every column that holds an encryptPii token. A new one must be added here, or rotation would miss it. */
export const PII_CIPHER_COLUMNS = [
  { table: 'users', column: 'id_number_cipher' },
  { table: 'users', column: 'phone_cipher' },
  { table: 'licenses', column: 'legal_rep_id_cipher' },
  { table: 'delivery_addresses', column: 'phone_cipher' },
  { table: 'case_delivery_addresses', column: 'phone_cipher' },
] as const;

export interface ReencryptResult {
  keyId: string;
  rewritten: number;
  /** rows changed by someone else between read and write; a later run picks them up */
  skipped: number;
}

/**
 * Re-encrypts, in batches, every PII token not yet under the current key (the first of PII_ENCRYPTION_KEYS).
 * Each batch is one read and one set-based UPDATE that only replaces the token it read, so a run can be stopped
 * and repeated at any point. A token no configured key opens stops the run: its key must stay in the ring until
 * rotation is done. Plain values never leave this function and are never logged.
 */
export async function reencryptPii(db: Db, options: { batchSize?: number } = {}): Promise<ReencryptResult> {
  const batchSize = options.batchSize ?? 500;
  const prefix = currentPiiTokenPrefix();
  const result: ReencryptResult = { keyId: currentPiiKeyId(), rewritten: 0, skipped: 0 };

  for (const { table, column } of PII_CIPHER_COLUMNS) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await db.$queryRawUnsafe<{ id: string; token: string }[]>(
        `SELECT id::text AS id, ${column} AS token FROM ${table}
          WHERE ${column} IS NOT NULL AND left(${column}, $1) <> $2 AND id > $3::uuid
          ORDER BY id LIMIT $4`,
        prefix.length,
        prefix,
        after,
        batchSize,
      );
      if (!rows.length) break;
      const fresh = rows.map((row) => {
        try {
          return encryptPii(decryptPii(row.token));
        } catch (error) {
          throw new Error(`${table}.${column} of row ${row.id}: ${(error as Error).message}`);
        }
      });
      const updated = await db.$executeRawUnsafe(
        `UPDATE ${table} AS t SET ${column} = v.fresh
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, old, fresh)
          WHERE t.id = v.id AND t.${column} = v.old`,
        rows.map((row) => row.id),
        rows.map((row) => row.token),
        fresh,
      );
      result.rewritten += updated;
      result.skipped += rows.length - updated;
      after = rows[rows.length - 1]!.id;
    }
  }

  await writeAuditLog(
    db,
    { principal: anonymous, ip: null },
    { action: 'pii.reencrypt', subjectType: 'pii_key', subjectId: result.keyId, details: { ...result } },
  );
  return result;
}

import type { Db } from '../db/prisma.ts';
import { STORAGE_PREFIX, type FileStorage } from '../storage/file-storage.ts';

/** An upload stores its file before the transaction that records it: younger files may still get their row. */
export const ORPHAN_FILE_GRACE_MS = 60 * 60_000;
const CHUNK = 500;

export interface OrphanSweepResult {
  scanned: number;
  removed: number;
}

/**
 * Removes stored files that no committed case_materials row references, once they are older than the grace
 * period: left behind when the transaction recording them rolled back and the process died before deleting
 * the file (uploads and 获取证照库文件 store first, then record; see add-case-material.ts). Keys are checked
 * against the table in chunks, by its storage key.
 */
export async function removeOrphanFiles(
  db: Db,
  storage: FileStorage,
  options: { now: Date; graceMs?: number },
): Promise<OrphanSweepResult> {
  const cutoff = options.now.getTime() - (options.graceMs ?? ORPHAN_FILE_GRACE_MS);
  const result: OrphanSweepResult = { scanned: 0, removed: 0 };
  let chunk: string[] = [];
  const flush = async () => {
    const referenced = await db.caseMaterial.findMany({
      where: { storageKey: { in: chunk } },
      select: { storageKey: true },
    });
    const kept = new Set(referenced.map((row) => row.storageKey));
    for (const key of chunk) {
      if (kept.has(key)) continue;
      await storage.delete(key);
      result.removed += 1;
    }
    chunk = [];
  };
  for (const prefix of Object.values(STORAGE_PREFIX)) {
    for await (const object of storage.list(prefix)) {
      result.scanned += 1;
      if (object.storedAt.getTime() >= cutoff) continue;
      chunk.push(object.key);
      if (chunk.length >= CHUNK) await flush();
    }
  }
  if (chunk.length) await flush();
  return result;
}

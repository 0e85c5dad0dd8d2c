import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/use-test-database.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import {
  newStorageKey,
  StorageObjectNotFound,
  STORAGE_PREFIX,
  type FileStorage,
} from '../storage/file-storage.ts';
import { createLocalDiskStorage } from '../storage/local-disk-storage.ts';
import { ORPHAN_FILE_GRACE_MS, removeOrphanFiles } from './remove-orphan-files.ts';

const SS_CASE = '20261121143005667788';

describe('orphan stored files', () => {
  const database = useTestDatabase();
  let dir: string;
  let storage: FileStorage;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hall-orphans-'));
    storage = createLocalDiskStorage(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const exists = (key: string) =>
    storage.get(key).then(
      (stream) => (stream.destroy(), true),
      (error) => (error instanceof StorageObjectNotFound ? false : Promise.reject(error)),
    );

  it('a file whose recording transaction rolled back is gone after the cleanup; committed and young files stay', async () => {
    const db = database.db;
    const kase = await createCaseLike(db, SS_CASE, { businessNumber: `OR${Date.now()}`, status: 'DRAFT' });
    const store = async (prefix: string) => {
      const key = newStorageKey(prefix, new Date());
      await storage.put(key, Buffer.from(`file ${key}`));
      return key;
    };
    const material = (key: string) => ({
      caseId: kase.id,
      name: '身份证',
      storageKey: key,
      fileName: 'id.pdf',
      contentType: 'application/pdf',
      sizeBytes: 10,
      sha256: '0'.repeat(64),
    });

    // Stored, then the transaction that records it rolls back (and nobody deleted the file: a crash).
    const rolledBack = await store(STORAGE_PREFIX.materials);
    await expect(
      db.$transaction(async (tx) => {
        await tx.caseMaterial.create({ data: material(rolledBack) });
        throw new Error('the process dies before commit');
      }),
    ).rejects.toThrow('dies');
    const committed = await store(STORAGE_PREFIX.materials);
    await db.caseMaterial.create({ data: material(committed) });
    const licenseDocument = await store(STORAGE_PREFIX.licenseDocuments);
    const otherPrefix = await store('contract-test');

    // Within the grace period nothing is removed: an upload in flight stores its file before its row.
    expect(await removeOrphanFiles(db, storage, { now: new Date() })).toEqual({ scanned: 3, removed: 0 });
    expect(await exists(rolledBack)).toBe(true);

    const later = new Date(Date.now() + ORPHAN_FILE_GRACE_MS + 1000);
    expect(await removeOrphanFiles(db, storage, { now: later })).toEqual({ scanned: 3, removed: 2 });
    expect(await exists(rolledBack)).toBe(false);
    expect(await exists(licenseDocument)).toBe(false);
    expect(await exists(committed)).toBe(true);
    // Keys outside the hall's prefixes are not its to remove.
    expect(await exists(otherPrefix)).toBe(true);
  });
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStorageKey, StorageObjectNotFound, type FileStorage } from './file-storage.ts';
import { createLocalDiskStorage } from './local-disk-storage.ts';
import { storageFromEnv } from './storage-config.ts';

/** The behaviour every backend must share; run against local disk always, against S3 when configured. */
function storageContract(
  name: string,
  setup: () => Promise<{ storage: FileStorage; cleanup(): Promise<void> }>,
) {
  describe(`FileStorage contract: ${name}`, () => {
    let storage: FileStorage;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ storage, cleanup } = await setup());
    });
    afterAll(async () => cleanup?.());

    const key = () => newStorageKey('contract-test', new Date());

    it('stores bytes and streams them back unchanged', async () => {
      const k = key();
      const bytes = randomBytes(300_000);
      await storage.put(k, bytes, { contentType: 'application/pdf' });
      expect((await buffer(await storage.get(k))).equals(bytes)).toBe(true);
      await storage.delete(k);
    });

    it('accepts a stream, with or without a known length', async () => {
      const a = key();
      const b = key();
      const bytes = Buffer.from('证照 PDF 内容 '.repeat(5000));
      await storage.put(a, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
      await storage.put(b, Readable.from([bytes]), { contentLength: bytes.length });
      expect((await buffer(await storage.get(a))).equals(bytes)).toBe(true);
      expect((await buffer(await storage.get(b))).equals(bytes)).toBe(true);
      await storage.delete(a);
      await storage.delete(b);
    });

    it('says StorageObjectNotFound for a missing key, also after delete; deleting twice is fine', async () => {
      const k = key();
      await expect(storage.get(k)).rejects.toBeInstanceOf(StorageObjectNotFound);
      await storage.put(k, Buffer.from('x'));
      await storage.delete(k);
      await storage.delete(k);
      await expect(storage.get(k)).rejects.toBeInstanceOf(StorageObjectNotFound);
    });

    it('leaves nothing under the key when the body stream fails half-way', async () => {
      const k = key();
      const failing = new Readable({
        read() {
          this.push(Buffer.alloc(64 * 1024, 1));
          this.destroy(new Error('client went away'));
        },
      });
      await expect(storage.put(k, failing)).rejects.toThrow();
      await expect(storage.get(k)).rejects.toBeInstanceOf(StorageObjectNotFound);
    });

    it('lists the objects under a prefix with when they were stored, and nothing of another prefix', async () => {
      const prefix = `contract-list-${randomBytes(4).toString('hex')}`;
      const before = Date.now() - 60_000;
      const keys = [newStorageKey(prefix, new Date()), newStorageKey(prefix, new Date(Date.UTC(2020, 0, 1)))];
      for (const k of keys) await storage.put(k, Buffer.from(k));
      await storage.put(newStorageKey(`${prefix}x`, new Date()), Buffer.from('other prefix'));
      const listed = [];
      for await (const object of storage.list(prefix)) listed.push(object);
      expect(listed.map((object) => object.key).sort()).toEqual([...keys].sort());
      expect(listed.every((object) => object.storedAt.getTime() > before)).toBe(true);
      for (const k of keys) await storage.delete(k);
      for await (const object of storage.list('nothing-here')) expect.unreachable(object.key);
    });

    it('refuses keys that could escape or collide (.., absolute, upper case, empty segments)', async () => {
      for (const bad of ['../etc/passwd', '/abs', 'a//b', 'A/b', 'a/../b', '', 'a/b/']) {
        await expect(storage.put(bad, Buffer.from('x'))).rejects.toThrow(TypeError);
        await expect(storage.get(bad)).rejects.toThrow(TypeError);
      }
    });
  });
}

storageContract('local disk', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hall-files-'));
  return { storage: createLocalDiskStorage(dir), cleanup: () => rm(dir, { recursive: true, force: true }) };
});

describe('local disk specifics', () => {
  it('removes the temporary file of a failed put', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hall-files-'));
    const storage = createLocalDiskStorage(dir);
    const failing = new Readable({
      read() {
        this.destroy(new Error('aborted'));
      },
    });
    await expect(storage.put('materials/x/abc', failing)).rejects.toThrow('aborted');
    expect(await readdir(join(dir, 'materials/x'))).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });
});

const s3Configured = Boolean(process.env.S3_ENDPOINT && process.env.S3_BUCKET);
if (!s3Configured) {
  describe('FileStorage contract: S3', () => {
    it.skip('skipped: set S3_ENDPOINT and S3_BUCKET (and S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY) to run it against an S3-compatible store', () => {});
  });
} else {
  storageContract(`S3 (${process.env.S3_ENDPOINT})`, async () => ({
    storage: storageFromEnv(),
    cleanup: async () => {},
  }));
}

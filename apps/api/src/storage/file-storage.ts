import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where uploaded materials and rendered documents live. Keys are opaque, chosen by the hall
 * (see newStorageKey), never derived from user input; objects are written once and never updated.
 */
export interface FileStorage {
  /** Stores the whole body under the key; on failure nothing is left under the key. */
  put(key: string, body: Readable | Uint8Array, options?: PutOptions): Promise<void>;
  /** Streams the object; throws StorageObjectNotFound when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix/`, in no particular order, with when it was stored. */
  list(prefix: string): AsyncIterable<StoredObject>;
  /** e.g. "local:/srv/hall/files" or "s3:bucket", for logs and the README's configuration check. */
  readonly description: string;
}

export interface StoredObject {
  key: string;
  storedAt: Date;
}

/**
 * The prefixes the hall stores files under. Each object under them belongs to a case_materials row written
 * after it; the orphan-file job removes those whose row never committed (application/remove-orphan-files.ts).
 */
export const STORAGE_PREFIX = { materials: 'materials', licenseDocuments: 'licenses' } as const;

export interface PutOptions {
  contentType?: string;
  /** known length in bytes, when the body is a stream (lets S3 stream instead of buffering) */
  contentLength?: number;
}

export class StorageObjectNotFound extends Error {
  constructor(key: string) {
    super(`No stored object under key ${key}`);
    this.name = 'StorageObjectNotFound';
  }
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** Keys are lower-case segments separated by '/', so no backend ever sees '..', absolute paths or odd bytes. */
export function assertValidKey(key: string): void {
  if (key.length > 200 || !KEY_PATTERN.test(key))
    throw new TypeError(`Invalid storage key: ${JSON.stringify(key)}`);
}

/** A fresh unguessable key under a prefix, e.g. "materials/2026/11/3f2a…" (128 random bits). */
export function newStorageKey(prefix: string, now: Date): string {
  const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const key = `${prefix}/${month}/${randomBytes(16).toString('hex')}`;
  assertValidKey(key);
  return key;
}

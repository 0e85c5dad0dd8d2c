import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { assertValidKey, StorageObjectNotFound, type FileStorage } from './file-storage.ts';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** for S3-compatible stores (MinIO, Ceph, OSS/COS gateways); unset for AWS */
  endpoint?: string;
  /** path-style addressing (http://host/bucket/key), which most self-hosted stores need */
  forcePathStyle?: boolean;
  /** unset: the SDK's default chain (env AWS_ACCESS_KEY_ID…, instance role) */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** key prefix inside the bucket, e.g. "service-hall/" */
  prefix?: string;
}

/** Any S3-compatible object store. A single PutObject is atomic, so a failed put leaves nothing behind. */
export function createS3Storage(options: S3StorageOptions): FileStorage {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
  });
  const prefix = options.prefix ?? '';
  const objectKey = (key: string) => {
    assertValidKey(key);
    return prefix + key;
  };

  return {
    description: `s3:${options.bucket}${options.endpoint ? `@${options.endpoint}` : ''}`,
    async put(key, body, putOptions = {}) {
      // Without a known length the SDK cannot stream a PutObject; materials are small (≤ the upload limit).
      const payload =
        body instanceof Uint8Array || putOptions.contentLength !== undefined ? body : await buffer(body);
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: objectKey(key),
          Body: payload,
          ContentLength: putOptions.contentLength ?? (payload as Uint8Array).byteLength,
          ContentType: putOptions.contentType ?? 'application/octet-stream',
        }),
      );
    },
    async get(key) {
      try {
        const result = await client.send(
          new GetObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }),
        );
        if (!result.Body) throw new StorageObjectNotFound(key);
        return result.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey) throw new StorageObjectNotFound(key);
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) {
          throw new StorageObjectNotFound(key);
        }
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
    },
    async *list(listPrefix) {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: options.bucket,
            Prefix: `${objectKey(listPrefix)}/`,
            ContinuationToken: token,
          }),
        );
        for (const object of page.Contents ?? []) {
          if (object.Key && object.LastModified) {
            yield { key: object.Key.slice(prefix.length), storedAt: object.LastModified };
          }
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
  };
}

import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { ObjectStore, StoredObjectInfo } from './object-store.ts';

export interface S3StoreOptions {
  bucket: string;
  region: string;
  /** Unset = Amazon S3. */
  endpoint?: string;
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}

/** The S3-protocol adapter (Amazon S3, MinIO, the embedded server). */
export class S3Store implements ObjectStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(opts: S3StoreOptions) {
    this.bucket = opts.bucket;
    this.client = new S3Client({
      region: opts.region,
      ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
      forcePathStyle: opts.forcePathStyle ?? Boolean(opts.endpoint),
      ...(opts.credentials ? { credentials: opts.credentials } : {}),
      // S3-protocol servers other than AWS reject the newer default checksum headers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  async put(key: string, body: Buffer | Uint8Array | string, opts?: { contentType?: string; metadata?: Record<string, string> }): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: opts?.contentType ?? 'application/octet-stream', Metadata: opts?.metadata }),
    );
  }

  async putFile(key: string, path: string, opts?: { contentType?: string; metadata?: Record<string, string> }): Promise<void> {
    const size = statSync(path).size;
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: createReadStream(path),
        ContentLength: size,
        ContentType: opts?.contentType ?? 'application/octet-stream',
        Metadata: opts?.metadata,
      }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!r.Body) return Buffer.alloc(0);
      return Buffer.from(await r.Body.transformToByteArray());
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async getStream(key: string): Promise<Readable | null> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return (r.Body as Readable | undefined) ?? null;
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async head(key: string): Promise<(StoredObjectInfo & { metadata: Record<string, string> }) | null> {
    try {
      const r = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        key,
        etag: (r.ETag ?? '').replaceAll('"', ''),
        size: r.ContentLength ?? 0,
        lastModified: r.LastModified ?? new Date(0),
        metadata: r.Metadata ?? {},
      };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async list(prefix: string, opts?: { limit?: number }): Promise<StoredObjectInfo[]> {
    const out: StoredObjectInfo[] = [];
    const limit = opts?.limit ?? Infinity;
    let token: string | undefined;
    do {
      const r = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token, MaxKeys: Math.min(1000, limit - out.length) }),
      );
      for (const o of r.Contents ?? []) {
        if (!o.Key) continue;
        out.push({ key: o.Key, etag: (o.ETag ?? '').replaceAll('"', ''), size: o.Size ?? 0, lastModified: o.LastModified ?? new Date(0) });
      }
      token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token && out.length < limit);
    return out;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async ping(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  destroy(): void {
    this.client.destroy();
  }
}

export function fileSize(path: string): number {
  return statSync(path).size;
}

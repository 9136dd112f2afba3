import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { ObjectStore, ObjectStream, StoredObjectInfo } from './object-store.ts';

/** Read size for file uploads: fewer, larger writes to the socket than the 64 KiB default. */
const STREAM_CHUNK_BYTES = 256 * 1024;

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
    await this.putStream(key, createReadStream(path, { highWaterMark: STREAM_CHUNK_BYTES }), statSync(path).size, opts);
  }

  async putStream(key: string, body: Readable, size: number, opts?: { contentType?: string; metadata?: Record<string, string> }): Promise<void> {
    // A source that fails mid-way (a dropped download, a length check) must end the request: piped
    // into it, the error alone would leave the request waiting for the rest of ContentLength forever.
    const abort = new AbortController();
    let sourceError: unknown;
    const onSourceError = (err: unknown) => {
      sourceError = err;
      abort.abort();
    };
    body.once('error', onSourceError);
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentLength: size,
          ContentType: opts?.contentType ?? 'application/octet-stream',
          Metadata: opts?.metadata,
        }),
        { abortSignal: abort.signal },
      );
    } catch (err) {
      throw sourceError ?? err;
    } finally {
      body.off('error', onSourceError);
      // A failed request may leave the source half-read (and a file open).
      if (!body.readableEnded) body.destroy();
    }
  }

  /** Reads the body straight into one buffer of the announced length: no chunk list, no second copy. */
  async get(key: string): Promise<Buffer | null> {
    const obj = await this.getStream(key);
    return obj === null ? null : readExactly(obj.body, obj.size);
  }

  async getStream(key: string): Promise<ObjectStream | null> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const body = (r.Body as Readable | undefined) ?? Readable.from([]);
      return { body, size: r.ContentLength ?? -1, etag: (r.ETag ?? '').replaceAll('"', ''), metadata: r.Metadata ?? {} };
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

  /**
   * ListObjects (version 1) paged by marker: the next page starts after the last key seen. Version 2's
   * continuation tokens would do the same on Amazon S3 and MinIO, but the embedded server cannot make
   * one under OpenSSL 3 (it uses DES), so there every listing longer than one page failed outright.
   */
  async list(prefix: string, opts?: { limit?: number; startAfter?: string }): Promise<StoredObjectInfo[]> {
    const out: StoredObjectInfo[] = [];
    const limit = opts?.limit ?? Infinity;
    let marker = opts?.startAfter;
    for (;;) {
      const r = await this.client.send(
        new ListObjectsCommand({ Bucket: this.bucket, Prefix: prefix, ...(marker ? { Marker: marker } : {}), MaxKeys: Math.min(1000, limit - out.length) }),
      );
      for (const o of r.Contents ?? []) {
        if (!o.Key) continue;
        out.push({ key: o.Key, etag: (o.ETag ?? '').replaceAll('"', ''), size: o.Size ?? 0, lastModified: o.LastModified ?? new Date(0) });
      }
      const last = r.Contents?.at(-1)?.Key;
      if (!r.IsTruncated || !last || out.length >= limit) return out;
      marker = r.NextMarker ?? last;
    }
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

/**
 * Collects a stream into one buffer. With a known length the buffer is allocated once and filled in
 * place; a body shorter or longer than announced is an error, never a partly uninitialised buffer.
 */
export async function readExactly(body: Readable, size: number): Promise<Buffer> {
  if (size < 0) {
    const chunks: Buffer[] = [];
    for await (const c of body as AsyncIterable<Buffer>) chunks.push(c);
    return Buffer.concat(chunks);
  }
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  try {
    for await (const c of body as AsyncIterable<Buffer>) {
      if (at + c.length > size) throw new Error('object-longer-than-announced');
      c.copy(out, at);
      at += c.length;
    }
  } finally {
    if (!body.readableEnded) body.destroy();
  }
  if (at !== size) throw new Error('object-shorter-than-announced');
  return out;
}

import type { Readable } from 'node:stream';

export interface ObjectStream {
  body: Readable;
  /** Content length as the store reports it. */
  size: number;
  /** The version read (quotes removed): lets a reader check it is still the object it listed, without a HEAD. */
  etag: string;
  metadata: Record<string, string>;
}

export interface StoredObjectInfo {
  key: string;
  etag: string;
  size: number;
  lastModified: Date;
}

/**
 * The object storage Quietline needs, and nothing more. One adapter per implementation
 * (S3 protocol today); SDK types stay inside the adapter.
 */
export interface ObjectStore {
  put(key: string, body: Buffer | Uint8Array | string, opts?: { contentType?: string; metadata?: Record<string, string> }): Promise<void>;
  putFile(key: string, path: string, opts?: { contentType?: string; metadata?: Record<string, string> }): Promise<void>;
  /**
   * Uploads a stream of exactly `size` bytes without holding it in memory. The stream is read once:
   * a failed upload is not retried by the adapter (the job is).
   */
  putStream(key: string, body: Readable, size: number, opts?: { contentType?: string; metadata?: Record<string, string> }): Promise<void>;
  /** Resolves to null when the key does not exist. */
  get(key: string): Promise<Buffer | null>;
  /**
   * The object as a stream, and its length; null when the key does not exist. The caller must read
   * the body to its end or destroy it (an unread body holds a connection).
   */
  getStream(key: string): Promise<ObjectStream | null>;
  /** Resolves to null when the key does not exist. */
  head(key: string): Promise<(StoredObjectInfo & { metadata: Record<string, string> }) | null>;
  /** Keys under `prefix` in key order, at most `limit`, starting after `startAfter` when given. */
  list(prefix: string, opts?: { limit?: number; startAfter?: string }): Promise<StoredObjectInfo[]>;
  delete(key: string): Promise<void>;
  /** Cheap reachability probe for readiness checks. */
  ping(): Promise<void>;
}

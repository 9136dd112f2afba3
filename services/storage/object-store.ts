import type { Readable } from 'node:stream';

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
  /** Resolves to null when the key does not exist. */
  get(key: string): Promise<Buffer | null>;
  getStream(key: string): Promise<Readable | null>;
  /** Resolves to null when the key does not exist. */
  head(key: string): Promise<(StoredObjectInfo & { metadata: Record<string, string> }) | null>;
  list(prefix: string, opts?: { limit?: number }): Promise<StoredObjectInfo[]>;
  delete(key: string): Promise<void>;
  /** Cheap reachability probe for readiness checks. */
  ping(): Promise<void>;
}

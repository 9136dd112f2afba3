import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { ObjectStore } from './object-store.ts';

const MAGIC = Buffer.from('QLS1');
const IV_LEN = 12;
const TAG_LEN = 16;

/** A sealed object failed authentication: tampered with, truncated, or sealed with another key. */
export class SealedObjectError extends Error {
  override readonly name = 'SealedObjectError';
}

/**
 * Application-level encryption at rest (AES-256-GCM) for every object that holds PHI, whatever the
 * bucket's own encryption: the embedded server has none, and S3 object metadata is never encrypted.
 * The object key is bound as associated data, so a sealed object cannot be swapped for another.
 */
export class SealedStore {
  constructor(
    readonly store: ObjectStore,
    private readonly key: Buffer,
  ) {
    if (key.length !== 32) throw new Error('storage key must be 32 bytes');
  }

  seal(plain: Buffer, aad: string): Buffer {
    const iv = randomBytes(IV_LEN);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    c.setAAD(Buffer.from(aad));
    const body = Buffer.concat([c.update(plain), c.final()]);
    return Buffer.concat([MAGIC, iv, body, c.getAuthTag()]);
  }

  open(sealed: Buffer, aad: string): Buffer {
    if (sealed.length < MAGIC.length + IV_LEN + TAG_LEN || !sealed.subarray(0, 4).equals(MAGIC)) {
      throw new SealedObjectError('sealed-object-malformed');
    }
    const iv = sealed.subarray(4, 4 + IV_LEN);
    const tag = sealed.subarray(sealed.length - TAG_LEN);
    const d = createDecipheriv('aes-256-gcm', this.key, iv);
    d.setAAD(Buffer.from(aad));
    d.setAuthTag(tag);
    try {
      return Buffer.concat([d.update(sealed.subarray(4 + IV_LEN, sealed.length - TAG_LEN)), d.final()]);
    } catch {
      throw new SealedObjectError('sealed-object-auth-failed');
    }
  }

  async putSealed(key: string, plain: Buffer | string): Promise<void> {
    const buf = typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain;
    await this.store.put(key, this.seal(buf, key), { contentType: 'application/vnd.quietline.sealed' });
  }

  async getSealed(key: string): Promise<Buffer | null> {
    const b = await this.store.get(key);
    return b === null ? null : this.open(b, key);
  }

  async putJson(key: string, value: unknown): Promise<void> {
    await this.putSealed(key, JSON.stringify(value));
  }

  async getJson<T>(key: string): Promise<T | null> {
    const b = await this.getSealed(key);
    return b === null ? null : (JSON.parse(b.toString('utf8')) as T);
  }

  /** Seals a short string (e.g. a caller number in object metadata) to base64url. */
  sealString(value: string, aad: string): string {
    return this.seal(Buffer.from(value, 'utf8'), aad).toString('base64url');
  }

  openString(sealed: string, aad: string): string {
    return this.open(Buffer.from(sealed, 'base64url'), aad).toString('utf8');
  }

  /** Keyed hash for identifiers that must not reveal what they were derived from. */
  mac(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('hex');
  }
}

import { createCipheriv, createDecipheriv, createHmac, randomBytes, type DecipherGCM } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm, stat, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ObjectStore } from './object-store.ts';

/**
 * Sealed object layout: "QLS1" | 12-byte IV | AES-256-GCM ciphertext | 16-byte tag. The whole-buffer
 * and the streaming functions below read and write the same layout, so every object sealed so far
 * opens either way.
 */
const MAGIC = Buffer.from('QLS1');
const IV_LEN = 12;
const TAG_LEN = 16;
const HEADER_LEN = MAGIC.length + IV_LEN;
/** Bytes a sealed object has on top of its plaintext. */
export const SEALED_OVERHEAD = HEADER_LEN + TAG_LEN;
const FILE_CHUNK_BYTES = 256 * 1024;

const SEALED_CONTENT_TYPE = 'application/vnd.quietline.sealed';

async function collect(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(c);
  return Buffer.concat(chunks);
}

/** Passes a stream through, failing it when it is not exactly `size` bytes long. */
async function* exactLength(body: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of body) {
    seen += chunk.length;
    if (seen > size) throw new Error('stream-longer-than-announced');
    yield chunk;
  }
  if (seen !== size) throw new Error('stream-shorter-than-announced');
}

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
      const body = d.update(sealed.subarray(4 + IV_LEN, sealed.length - TAG_LEN));
      const last = d.final();
      // GCM is a stream mode: final() gives nothing more, so the body is returned without a copy.
      return last.length === 0 ? body : Buffer.concat([body, last]);
    } catch {
      throw new SealedObjectError('sealed-object-auth-failed');
    }
  }

  async putSealed(key: string, plain: Buffer | string): Promise<void> {
    const buf = typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain;
    await this.store.put(key, this.seal(buf, key), { contentType: SEALED_CONTENT_TYPE });
  }

  /**
   * Reads and opens a sealed object. The plaintext goes straight into one buffer of its final size as
   * the body arrives: the sealed bytes are never held whole.
   */
  async getSealed(key: string): Promise<Buffer | null> {
    const obj = await this.store.getStream(key);
    if (obj === null) return null;
    if (obj.size < 0) return this.open(await collect(obj.body), key);
    if (obj.size < SEALED_OVERHEAD) {
      obj.body.destroy();
      throw new SealedObjectError('sealed-object-malformed');
    }
    const out = Buffer.allocUnsafe(obj.size - SEALED_OVERHEAD);
    let at = 0;
    for await (const chunk of this.unsealChunks(obj.body, key)) {
      if (at + chunk.length > out.length) throw new SealedObjectError('sealed-object-malformed');
      chunk.copy(out, at);
      at += chunk.length;
    }
    if (at !== out.length) throw new SealedObjectError('sealed-object-malformed');
    return out;
  }

  /**
   * Seals a file into the store as it reads it, in chunks: memory use does not grow with the file.
   */
  async putSealedFile(key: string, path: string): Promise<void> {
    await this.putSealedStream(key, createReadStream(path, { highWaterMark: FILE_CHUNK_BYTES }), (await stat(path)).size);
  }

  /**
   * Seals a stream of exactly `size` plaintext bytes (e.g. another object's body) into the store as
   * it arrives: memory use does not grow with the size. A stream that ends short or runs long fails
   * the upload, so nothing of the wrong length is stored; the stream is destroyed if left unread.
   */
  async putSealedStream(key: string, plain: Readable, size: number): Promise<void> {
    const body = Readable.from(this.sealChunks(exactLength(plain, size), key), { objectMode: false });
    try {
      await this.store.putStream(key, body, size + SEALED_OVERHEAD, { contentType: SEALED_CONTENT_TYPE });
    } finally {
      if (!plain.readableEnded) plain.destroy();
    }
  }

  /**
   * Opens a sealed object into a new file (mode 0600), streaming. Decrypted bytes reach the file
   * before the authentication tag at the end of the object can be checked, so the file may be used
   * only once this resolves true; on any failure (tampering, truncation, another key, a dropped
   * connection) it is deleted before the error is thrown. Resolves false, writing nothing, when the
   * key does not exist. Put `path` in the process's scratch dir: it holds plaintext.
   */
  async getSealedToFile(key: string, path: string): Promise<boolean> {
    const obj = await this.store.getStream(key);
    if (obj === null) return false;
    let file: FileHandle | undefined;
    try {
      // 'wx': never write through a file (or link) that is already there.
      file = await open(path, 'wx', 0o600);
      for await (const chunk of this.unsealChunks(obj.body, key)) await file.write(chunk);
      const done = file;
      file = undefined;
      await done.close();
      return true;
    } catch (err) {
      if (file) {
        await file.close().catch(() => undefined);
        await rm(path, { force: true });
      }
      throw err;
    } finally {
      if (!obj.body.readableEnded) obj.body.destroy();
    }
  }

  /** The sealed layout of a plaintext stream, chunk by chunk. */
  private async *sealChunks(plain: AsyncIterable<Buffer>, aad: string): AsyncGenerator<Buffer> {
    const iv = randomBytes(IV_LEN);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    c.setAAD(Buffer.from(aad));
    yield Buffer.concat([MAGIC, iv]);
    for await (const chunk of plain) yield c.update(chunk);
    const last = c.final();
    yield last.length > 0 ? Buffer.concat([last, c.getAuthTag()]) : c.getAuthTag();
  }

  /**
   * Plaintext chunks of a sealed stream. The last 16 bytes are the tag, so the final TAG_LEN bytes
   * seen so far are always held back; the generator throws {@link SealedObjectError} at the end when
   * the tag does not verify. Chunks already yielded are unauthenticated until it returns.
   */
  private async *unsealChunks(sealed: AsyncIterable<Buffer>, aad: string): AsyncGenerator<Buffer> {
    let header = Buffer.alloc(0);
    let held = Buffer.alloc(0);
    let d: DecipherGCM | null = null;
    for await (const raw of sealed) {
      let chunk = raw;
      if (!d) {
        header = Buffer.concat([header, chunk]);
        if (header.length < HEADER_LEN) continue;
        if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new SealedObjectError('sealed-object-malformed');
        d = createDecipheriv('aes-256-gcm', this.key, header.subarray(MAGIC.length, HEADER_LEN));
        d.setAAD(Buffer.from(aad));
        chunk = header.subarray(HEADER_LEN);
      }
      // Everything but the last TAG_LEN bytes seen so far is ciphertext.
      if (chunk.length >= TAG_LEN) {
        if (held.length > 0) yield d.update(held);
        if (chunk.length > TAG_LEN) yield d.update(chunk.subarray(0, chunk.length - TAG_LEN));
        held = Buffer.from(chunk.subarray(chunk.length - TAG_LEN));
      } else {
        const both = Buffer.concat([held, chunk]);
        const cut = Math.max(0, both.length - TAG_LEN);
        if (cut > 0) yield d.update(both.subarray(0, cut));
        held = both.subarray(cut);
      }
    }
    if (!d || held.length !== TAG_LEN) throw new SealedObjectError('sealed-object-malformed');
    d.setAuthTag(held);
    let last: Buffer;
    try {
      last = d.final();
    } catch {
      throw new SealedObjectError('sealed-object-auth-failed');
    }
    if (last.length > 0) yield last;
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

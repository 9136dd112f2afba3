/**
 * Minimal MIME writing for messages we must control byte for byte: the cleartext that gets signed and
 * encrypted has to be CRLF-canonical (RFC 3156) and carry RFC 9788 parameters that general-purpose
 * composers do not emit. Everything here produces 7-bit output with CRLF line endings.
 *
 * Two forms of the same output: strings (entity, multipartBody) for small parts, and byte chunks
 * (entityChunks, multipartChunks, Base64Body, assemble) for messages that carry an attachment, so the
 * encoded attachment is written once, straight into the one buffer of the finished message.
 */
import { randomBytes } from 'node:crypto';

export const CRLF = '\r\n';

/** Permanent: a caller passed a value that would corrupt or inject headers. Names the header only. */
export class MimeHeaderError extends Error {
  constructor(readonly header: string) {
    super(`mime-header-invalid (${header})`);
    this.name = 'MimeHeaderError';
  }
}

export type Address = string | { name?: string; address: string };

/**
 * "=_" cannot occur in quoted-printable output and neither "-" nor "_" occurs in base64, so such a
 * boundary can never collide with encoded part bodies.
 */
export function makeBoundary(tag: string): string {
  return `----=_ql_${tag}_${randomBytes(12).toString('hex')}`;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n|\r|\n/g, CRLF);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function assertHeaderSafe(name: string, value: string): void {
  if (/[\r\n\0]/.test(value)) throw new MimeHeaderError(name);
}

/** RFC 2047 "B" encoded words, split on character boundaries so no UTF-8 sequence is cut. */
export function encodeWords(value: string): string[] {
  const words: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  const MAX_BYTES = 45; // 60 base64 chars + 12 of wrapper keeps each word under the 75-char limit
  for (const ch of value) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (chunkBytes + n > MAX_BYTES) {
      words.push(chunk);
      chunk = '';
      chunkBytes = 0;
    }
    chunk += ch;
    chunkBytes += n;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

/** Folds at spaces so header lines stay within 78 characters where the content allows it. */
function fold(name: string, tokens: string[]): string {
  let line = `${name}:`;
  const lines: string[] = [];
  for (const token of tokens) {
    if (line.length + 1 + token.length > 78 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${token}`;
    } else {
      line += ` ${token}`;
    }
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** An unstructured header (Subject, HP-Outer values): plain when printable ASCII, else encoded words. */
export function unstructuredHeader(name: string, value: string): string {
  assertHeaderSafe(name, value);
  if (PRINTABLE_ASCII.test(value) && !/=\?/.test(value)) return fold(name, value.split(' ').filter((t, i) => t || i === 0));
  return fold(name, encodeWords(value));
}

const ADDR_SPEC = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+$/;
const ATOM_TEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/;

/** Parses "Name <a@b>", "\"Name\" <a@b>" or "a@b"; refuses anything that is not one mailbox. */
export function parseAddress(header: string, addr: Address): { name?: string; address: string } {
  if (typeof addr !== 'string') return addr;
  assertHeaderSafe(header, addr);
  const m = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(addr);
  if (!m) return { address: addr.trim() };
  const name = m[1]!.replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1');
  return name ? { name, address: m[2]! } : { address: m[2]! };
}

export function formatAddress(header: string, addr: Address): string {
  const { name, address } = parseAddress(header, addr);
  if (!ADDR_SPEC.test(address)) throw new MimeHeaderError(header);
  if (!name) return address;
  assertHeaderSafe(header, name);
  if (ATOM_TEXT.test(name)) return `${name} <${address}>`;
  if (PRINTABLE_ASCII.test(name)) return `"${name.replace(/["\\]/g, '\\$&')}" <${address}>`;
  return `${encodeWords(name).join(' ')} <${address}>`;
}

export function addressHeader(name: string, addrs: Address | Address[]): string {
  const list = (Array.isArray(addrs) ? addrs : [addrs]).map((a) => formatAddress(name, a));
  if (list.length === 0) throw new MimeHeaderError(name);
  return fold(name, list.map((a, i) => (i < list.length - 1 ? `${a},` : a)));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time in UTC; the server's own zone must not leak into mail. */
export function rfc5322Date(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new MimeHeaderError('Date');
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

const MSG_ID = /^<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>$/;

export function messageIdHeader(name: string, id: string): string {
  if (!MSG_ID.test(id)) throw new MimeHeaderError(name);
  return `${name}: ${id}`;
}

const TOKEN = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+$/;

export function assertMediaType(contentType: string): string {
  if (!TOKEN.test(contentType)) throw new MimeHeaderError('Content-Type');
  return contentType.toLowerCase();
}

/** Filenames are reduced to a safe ASCII set: they travel only inside the encrypted part anyway. */
export function safeFilename(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '');
  return base.slice(0, 100) || 'attachment';
}

/** RFC 2045 quoted-printable of UTF-8 text; line breaks become hard CRLF breaks. */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of normalizeNewlines(text).split(CRLF)) {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      tokens.push(literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    // A leading "." or "From " is escaped too, so no transport can alter the signed bytes.
    if (tokens[0] === '.') tokens[0] = '=2E';
    if (line.startsWith('From ')) tokens[0] = '=46';
    let current = '';
    for (const t of tokens) {
      if (current.length + t.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += t;
    }
    out.push(current);
  }
  return out.join(CRLF);
}

export function base64Lines(data: Buffer): string {
  const b64 = data.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF);
}

/** A MIME entity: header lines (already formatted) and a body, joined with CRLF. */
export function entity(headers: string[], body: string): string {
  return `${headers.join(CRLF)}${CRLF}${CRLF}${body}`;
}

export function multipartBody(boundary: string, parts: string[], preamble?: string): string {
  const head = preamble ? `${preamble}${CRLF}` : '';
  return `${head}${parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('')}--${boundary}--${CRLF}`;
}

/**
 * A body written as base64 lines (CRLF between lines) straight into the output: no base64 string, no
 * joined copy. The data may come in parts (e.g. the chunks of a stream): it is encoded as if joined.
 * `lineChars` must be a multiple of 4.
 */
export class Base64Body {
  private readonly lineBytes: number;
  private readonly parts: readonly Uint8Array[];
  readonly byteLength: number;

  constructor(
    data: Uint8Array | readonly Uint8Array[],
    private readonly lineChars = 76,
  ) {
    if (lineChars <= 0 || lineChars % 4 !== 0) throw new Error('base64 line length must be a multiple of 4');
    this.lineBytes = (lineChars / 4) * 3;
    this.parts = data instanceof Uint8Array ? [data] : data;
    this.byteLength = this.parts.reduce((n, p) => n + p.length, 0);
  }

  /** Encoded length in bytes. */
  get length(): number {
    const chars = Math.ceil(this.byteLength / 3) * 4;
    const lines = Math.ceil(this.byteLength / this.lineBytes);
    return chars + Math.max(0, lines - 1) * 2;
  }

  /** Writes at `at`; returns the offset after the last byte written. */
  writeInto(out: Buffer, at: number): number {
    let pos = at;
    for (const block of this.lineBlocks(1024)) pos = this.encodeBlock(block, out, pos, pos === at);
    return pos;
  }

  /**
   * The encoded body in pieces of about `linesPerBlock` lines each, for a stream: joined, the pieces
   * are exactly what writeInto writes.
   */
  *encodedBlocks(linesPerBlock = 16_384): Generator<Buffer> {
    let first = true;
    for (const block of this.lineBlocks(linesPerBlock)) {
      const lines = Math.ceil(block.length / this.lineBytes);
      const out = Buffer.allocUnsafe(Math.ceil(block.length / 3) * 4 + (lines - 1) * 2 + (first ? 0 : 2));
      const end = this.encodeBlock(block, out, 0, first);
      first = false;
      yield end === out.length ? out : out.subarray(0, end);
    }
  }

  /**
   * The data in blocks of whole lines (only the last may be shorter): views into the parts where a
   * block lies within one part, else copied into a scratch buffer (reused; consume each block before
   * asking for the next).
   */
  private *lineBlocks(linesPerBlock: number): Generator<Buffer> {
    const blockBytes = this.lineBytes * linesPerBlock;
    const scratch = this.parts.length > 1 ? Buffer.allocUnsafe(blockBytes) : null;
    let fill = 0;
    for (const part of this.parts) {
      const src = Buffer.from(part.buffer, part.byteOffset, part.length);
      let off = 0;
      while (off < src.length) {
        if (fill === 0 && src.length - off >= blockBytes) {
          yield src.subarray(off, off + blockBytes);
          off += blockBytes;
          continue;
        }
        if (!scratch) {
          yield src.subarray(off);
          off = src.length;
          continue;
        }
        const n = Math.min(blockBytes - fill, src.length - off);
        src.copy(scratch, fill, off, off + n);
        fill += n;
        off += n;
        if (fill === blockBytes) {
          yield scratch;
          fill = 0;
        }
      }
    }
    if (fill > 0 && scratch) yield scratch.subarray(0, fill);
  }

  /**
   * Encodes one block of whole lines at once (native base64), then copies its lines into place with
   * CRLF before each but the body's first: several times faster than encoding or writing line by line.
   */
  private encodeBlock(block: Buffer, out: Buffer, at: number, first: boolean): number {
    const encoded = Buffer.from(block.toString('base64'), 'latin1');
    let pos = at;
    for (let j = 0; j < encoded.length; j += this.lineChars) {
      if (!(first && j === 0)) {
        out[pos++] = 13;
        out[pos++] = 10;
      }
      const end = Math.min(encoded.length, j + this.lineChars);
      out.set(encoded.subarray(j, end), pos);
      pos += end - j;
    }
    return pos;
  }
}

/** A piece of a message being built: 7-bit text, bytes, or a base64-encoded body. */
export type MimeChunk = string | Uint8Array | Base64Body;

const SEVEN_BIT = /^[\x00-\x7f]*$/;
const chunkLength = (c: MimeChunk): number => (typeof c === 'string' ? c.length : c.length);

/**
 * The chunks as a sequence of byte pieces, for a stream that never holds the whole message: strings
 * and byte chunks as they are, a base64 body in blocks of about 1 MB.
 */
export function* chunkPieces(chunks: readonly MimeChunk[]): Generator<Uint8Array> {
  for (const c of chunks) {
    if (typeof c === 'string') yield sevenBit(c);
    else if (c instanceof Base64Body) yield* c.encodedBlocks();
    else yield c;
  }
}

function sevenBit(text: string): Buffer {
  // latin1 would silently keep only the low byte of anything wider.
  if (!SEVEN_BIT.test(text)) throw new Error('mime-not-7bit');
  return Buffer.from(text, 'latin1');
}

/** The chunks as one buffer, allocated once at its final size. Strings must be 7-bit (they are written as latin1). */
export function assemble(chunks: readonly MimeChunk[]): Buffer {
  const out = Buffer.allocUnsafe(chunks.reduce((n, c) => n + chunkLength(c), 0));
  let at = 0;
  for (const c of chunks) {
    if (typeof c === 'string') {
      // latin1 would silently keep only the low byte of anything wider.
      if (!SEVEN_BIT.test(c)) throw new Error('mime-not-7bit');
      at += out.write(c, at, 'latin1');
    }
    else if (c instanceof Base64Body) at = c.writeInto(out, at);
    else at += Buffer.from(c.buffer, c.byteOffset, c.length).copy(out, at);
  }
  if (at !== out.length) throw new Error('mime-assemble-length-mismatch');
  return out;
}

/** entity() as chunks. */
export function entityChunks(headers: string[], body: readonly MimeChunk[]): MimeChunk[] {
  return [`${headers.join(CRLF)}${CRLF}${CRLF}`, ...body];
}

/** multipartBody() as chunks. */
export function multipartChunks(boundary: string, parts: readonly (readonly MimeChunk[])[], preamble?: string): MimeChunk[] {
  const out: MimeChunk[] = preamble ? [`${preamble}${CRLF}`] : [];
  for (const p of parts) out.push(`--${boundary}${CRLF}`, ...p, CRLF);
  out.push(`--${boundary}--${CRLF}`);
  return out;
}

/**
 * Minimal MIME writing for messages we must control byte for byte: the cleartext that gets signed and
 * encrypted has to be CRLF-canonical (RFC 3156) and carry RFC 9788 parameters that general-purpose
 * composers do not emit. Everything here produces 7-bit output with CRLF line endings.
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

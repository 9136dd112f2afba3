import { MultipartError } from './errors.ts';

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

const MAX_PARTS = 32;
const MAX_HEADER_BYTES = 8 * 1024;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary parameter of a multipart/form-data Content-Type. */
export function boundaryOf(contentType: string): string {
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  const b = m?.[1] ?? m?.[2];
  if (!b) throw new MultipartError('multipart-no-boundary');
  return b;
}

function dispositionParam(header: string, name: string): string | undefined {
  const quoted = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/\\(.)/g, '$1');
  const bare = new RegExp(`;\\s*${name}=([^;\\s]+)`, 'i').exec(header);
  return bare?.[1];
}

/**
 * Parses a buffered multipart/form-data body (RFC 7578). The body is already size-limited, so
 * buffering is fine and keeps the parser small.
 */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = boundaryOf(contentType);
  const dash = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let pos = body.indexOf(dash);
  if (pos < 0) throw new MultipartError('multipart-no-parts');
  pos += dash.length;
  const parts: MultipartPart[] = [];
  for (;;) {
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts; // "--": closing delimiter
    // Transport padding (spaces, tabs) may follow a delimiter before its CRLF.
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
    if (!body.subarray(pos, pos + 2).equals(CRLF)) throw new MultipartError('multipart-malformed');
    pos += 2;
    const headerEnd = body.indexOf(HEADER_END, pos);
    if (headerEnd < 0 || headerEnd - pos > MAX_HEADER_BYTES) throw new MultipartError('multipart-malformed');
    const headers = body.subarray(pos, headerEnd).toString('latin1').split('\r\n');
    const dataStart = headerEnd + 4;
    const next = body.indexOf(delimiter, dataStart);
    if (next < 0) throw new MultipartError('multipart-unterminated');
    let disposition = '';
    let partType: string | undefined;
    for (const h of headers) {
      const colon = h.indexOf(':');
      if (colon < 0) continue;
      const k = h.slice(0, colon).trim().toLowerCase();
      const v = h.slice(colon + 1).trim();
      if (k === 'content-disposition') disposition = v;
      else if (k === 'content-type') partType = v;
    }
    if (!/^form-data\b/i.test(disposition)) throw new MultipartError('multipart-malformed');
    const name = dispositionParam(disposition, 'name');
    if (name === undefined) throw new MultipartError('multipart-malformed');
    const filename = dispositionParam(disposition, 'filename');
    parts.push({
      name: Buffer.from(name, 'latin1').toString('utf8'),
      ...(filename !== undefined ? { filename: Buffer.from(filename, 'latin1').toString('utf8') } : {}),
      ...(partType ? { contentType: partType } : {}),
      data: body.subarray(dataStart, next),
    });
    if (parts.length > MAX_PARTS) throw new MultipartError('multipart-too-many-parts');
    pos = next + delimiter.length;
  }
}

import { open } from 'node:fs/promises';

/** What the first bytes of a file say it is. */
export type SniffedKind =
  | 'wav'
  | 'ogg'
  | 'flac'
  | 'mp3'
  | 'mp4'
  | 'amr'
  | 'aiff'
  | 'au'
  | 'webm'
  | 'gsm-raw'
  | 'not-audio'
  | 'unknown';

const GSM_FRAME_BYTES = 33;

/** Reads at most `length` bytes at `position` without loading the file. */
export async function readBytes(path: string, position: number, length: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function startsWith(buf: Buffer, ascii: string, at = 0): boolean {
  return buf.length >= at + ascii.length && buf.toString('latin1', at, at + ascii.length) === ascii;
}

/**
 * Raw GSM 06.10 has no header, but every 33-byte frame starts with the 0xD signature nibble.
 * Checking every frame we have in the head makes random binary data practically never match.
 */
export function looksLikeRawGsm(head: Buffer, fileSize: number): boolean {
  if (fileSize < GSM_FRAME_BYTES || fileSize % GSM_FRAME_BYTES !== 0) return false;
  const frames = Math.floor(head.length / GSM_FRAME_BYTES);
  if (frames === 0) return false;
  for (let i = 0; i < frames; i++) {
    if ((head[i * GSM_FRAME_BYTES]! & 0xf0) !== 0xd0) return false;
  }
  return true;
}

/** True for text-like content (plain text, CSV, HTML, JSON...): no NULs and almost all printable. */
function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  let printable = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f) || b >= 0x80) printable++;
  }
  return printable / head.length > 0.97;
}

function isMp3FrameSync(head: Buffer): boolean {
  // MPEG audio frame header: 11 sync bits, layer bits != 00.
  return head.length >= 2 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0 && (head[1]! & 0x06) !== 0;
}

/** Identifies a file by its content; the name plays no part here. */
export function sniff(head: Buffer, fileSize: number): SniffedKind {
  if (startsWith(head, 'RIFF') && startsWith(head, 'WAVE', 8)) return 'wav';
  if (startsWith(head, 'RF64') && startsWith(head, 'WAVE', 8)) return 'wav';
  if (startsWith(head, 'OggS')) return 'ogg';
  if (startsWith(head, 'fLaC')) return 'flac';
  if (startsWith(head, 'ID3') || isMp3FrameSync(head)) return 'mp3';
  if (startsWith(head, 'ftyp', 4)) return 'mp4';
  if (startsWith(head, '#!AMR')) return 'amr';
  if (startsWith(head, 'FORM') && (startsWith(head, 'AIFF', 8) || startsWith(head, 'AIFC', 8))) return 'aiff';
  if (startsWith(head, '.snd')) return 'au';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return 'webm';
  if (
    startsWith(head, '%PDF') ||
    startsWith(head, 'PK\x03\x04') ||
    startsWith(head, '\x89PNG') ||
    startsWith(head, '\xff\xd8\xff') ||
    startsWith(head, 'GIF8') ||
    startsWith(head, '{\\rtf') ||
    startsWith(head, '\xd0\xcf\x11\xe0') // OLE2: .doc/.xls
  ) {
    return 'not-audio';
  }
  if (looksLikeRawGsm(head, fileSize)) return 'gsm-raw';
  if (looksLikeText(head)) return 'not-audio';
  return 'unknown';
}

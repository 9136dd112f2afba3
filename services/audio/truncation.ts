import { open } from 'node:fs/promises';
import { readBytes } from './sniff.ts';

/**
 * ffmpeg decodes a cut-off WAV or Ogg file without complaint, so an upload that stopped half-way
 * would pass as a shorter voicemail. These checks compare what the container promises with what
 * the file holds.
 */

/** WAV: the data chunk must fit in the file (recorders that stream write 0 or 0xFFFFFFFF: allowed). */
export async function wavLooksTruncated(path: string, fileSize: number): Promise<boolean> {
  let offset = 12;
  // Chunks before 'data' (fmt, LIST, fact...) are small; walk them without reading the payload.
  for (let guard = 0; guard < 64 && offset + 8 <= fileSize; guard++) {
    const hdr = await readBytes(path, offset, 8);
    if (hdr.length < 8) return true;
    const id = hdr.toString('latin1', 0, 4);
    const size = hdr.readUInt32LE(4);
    if (id === 'data') {
      if (size === 0 || size === 0xffffffff) return false;
      const available = fileSize - (offset + 8);
      // One sample frame of slack: some writers round the size up.
      return size - available > 8;
    }
    offset += 8 + size + (size % 2);
  }
  return true;
}

/** Ogg: the last page must be complete (a cut at any byte leaves a partial page). */
export async function oggLooksTruncated(path: string, fileSize: number): Promise<boolean> {
  const tailLen = Math.min(fileSize, 128 * 1024);
  const tail = await readBytes(path, fileSize - tailLen, tailLen);
  // A payload can contain the bytes "OggS" by chance, so try a few candidate page starts.
  let from = tail.length;
  for (let tries = 0; tries < 8; tries++) {
    const at = tail.lastIndexOf('OggS', from - 1, 'latin1');
    if (at < 0) return true;
    if (completeFinalPage(tail, at)) return false;
    from = at;
    if (from === 0) break;
  }
  return true;
}

function completeFinalPage(tail: Buffer, at: number): boolean {
  if (at + 27 > tail.length) return false;
  const segments = tail[at + 26]!;
  if (at + 27 + segments > tail.length) return false;
  let body = 0;
  for (let i = 0; i < segments; i++) body += tail[at + 27 + i]!;
  if (at + 27 + segments + body !== tail.length) return false;
  // End-of-stream flag: a finished recording closes its stream.
  return (tail[at + 5]! & 0x04) !== 0;
}

/** Payload bytes of AMR-NB frames by frame type (RFC 4867 storage format); 0 for NO_DATA. */
const AMR_NB_FRAME_BYTES = [12, 13, 15, 17, 19, 20, 26, 31, 5, 0, 0, 0, 0, 0, 0, 0] as const;

/** AMR-NB storage format: walking the frame headers must land exactly on the end of the file. */
export async function amrLooksTruncated(path: string, fileSize: number): Promise<boolean> {
  const magic = '#!AMR\n';
  let offset = magic.length;
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    let bufStart = 0;
    let bufLen = 0;
    while (offset < fileSize) {
      if (offset < bufStart || offset >= bufStart + bufLen) {
        bufStart = offset;
        bufLen = (await fh.read(buf, 0, buf.length, offset)).bytesRead;
        if (bufLen === 0) return true;
      }
      const ft = (buf[offset - bufStart]! >> 3) & 0x0f;
      offset += 1 + AMR_NB_FRAME_BYTES[ft]!;
    }
    return offset !== fileSize;
  } finally {
    await fh.close();
  }
}

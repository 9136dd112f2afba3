import { open, rm, type FileHandle } from 'node:fs/promises';
import { withoutPaths } from './errors.ts';

/**
 * MP3 files carry their metadata in tags around the audio frames: ID3v2 at the start (possibly more
 * than one), APEv2 and ID3v1 at the end. A phone system may write the caller's name or number there,
 * so an MP3 is attached only without them. The frames themselves are copied unchanged.
 */

/** Where the audio frames of an MP3 lie once the tags around them are left out; null when unsure. */
export async function mp3FrameRange(path: string): Promise<{ start: number; end: number } | null> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    let start = 0;
    for (let guard = 0; guard < 8; guard++) {
      const h = await readAt(fh, start, 10);
      if (h.length < 10 || h.toString('latin1', 0, 3) !== 'ID3') break;
      const body = syncsafe(h, 6);
      if (body < 0) return null;
      // Flag bit 4: a 10-byte footer follows the tag.
      start += 10 + body + ((h[5]! & 0x10) !== 0 ? 10 : 0);
    }
    let end = size;
    const v1 = await readAt(fh, Math.max(0, end - 128), 128);
    if (end - start >= 128 && v1.length === 128 && v1.toString('latin1', 0, 3) === 'TAG') end -= 128;
    const ape = await readAt(fh, Math.max(0, end - 32), 32);
    if (end - start >= 32 && ape.length === 32 && ape.toString('latin1', 0, 8) === 'APETAGEX') {
      // Size counts the items and the footer; flag bit 31 says a 32-byte header precedes them.
      end -= ape.readUInt32LE(12) + ((ape.readUInt32LE(20) & 0x80000000) !== 0 ? 32 : 0);
    }
    // Lyrics3 and other rarities: let ffmpeg deal with them.
    const lyrics = await readAt(fh, Math.max(0, end - 9), 9);
    if (lyrics.toString('latin1') === 'LYRICS200' || lyrics.toString('latin1') === 'LYRICSEND') return null;
    if (end - start < 4) return null;
    const sync = await readAt(fh, start, 2);
    // The audio must begin with an MPEG frame header (11 sync bits, a valid layer).
    if (sync.length < 2 || sync[0] !== 0xff || (sync[1]! & 0xe0) !== 0xe0 || (sync[1]! & 0x06) === 0) return null;
    return { start, end };
  } finally {
    await fh.close();
  }
}

/**
 * Copies an MP3's audio frames without its tags. Resolves to the bytes written, or null (nothing
 * written) when the file's layout is not the plain one this understands.
 */
export async function copyMp3WithoutTags(inPath: string, outPath: string): Promise<number | null> {
  return withoutPaths(async () => {
    const range = await mp3FrameRange(inPath);
    if (!range) return null;
    const src = await open(inPath, 'r');
    let dst: FileHandle | undefined;
    try {
      dst = await open(outPath, 'w', 0o600);
      const buf = Buffer.allocUnsafe(256 * 1024);
      let written = 0;
      for (let pos = range.start; pos < range.end; ) {
        const { bytesRead } = await src.read(buf, 0, Math.min(buf.length, range.end - pos), pos);
        if (bytesRead === 0) throw new Error('short-read');
        await dst.write(buf, 0, bytesRead, written);
        written += bytesRead;
        pos += bytesRead;
      }
      return written;
    } catch (err) {
      await dst?.close();
      dst = undefined;
      await rm(outPath, { force: true });
      throw err;
    } finally {
      await src.close();
      await dst?.close();
    }
  });
}

function syncsafe(b: Buffer, at: number): number {
  let v = 0;
  for (let i = 0; i < 4; i++) {
    const byte = b[at + i]!;
    if (byte & 0x80) return -1;
    v = (v << 7) | byte;
  }
  return v;
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

import { open, type FileHandle } from 'node:fs/promises';
import { AudioError } from './errors.ts';

export const WAV_HEADER_BYTES = 44;

/** A canonical 44-byte PCM WAV header for `dataBytes` of interleaved little-endian samples. */
export function pcmWavHeader(dataBytes: number, sampleRate: number, channels: number, bitsPerSample = 16): Buffer {
  const h = Buffer.alloc(WAV_HEADER_BYTES);
  const blockAlign = (channels * bitsPerSample) / 8;
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(Math.min(0xffffffff, 36 + dataBytes), 4);
  h.write('WAVE', 8, 'latin1');
  h.write('fmt ', 12, 'latin1');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * blockAlign, 28);
  h.writeUInt16LE(blockAlign, 32);
  h.writeUInt16LE(bitsPerSample, 34);
  h.write('data', 36, 'latin1');
  h.writeUInt32LE(Math.min(0xffffffff, dataBytes), 40);
  return h;
}

export interface PcmWavLayout {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Byte offset of the first sample. */
  dataOffset: number;
  dataBytes: number;
}

/**
 * Reads the chunk list of a PCM WAV file (any chunk order, odd-size padding, extensible fmt) and
 * returns where the samples are. Only integer PCM is accepted: callers edit samples in place.
 */
export async function readPcmWavLayout(path: string): Promise<PcmWavLayout> {
  const wav = await readWavLayout(path);
  if (wav.formatTag !== WAVE_FORMAT.pcm) throw new AudioError('audio-corrupt');
  return { sampleRate: wav.sampleRate, channels: wav.channels, bitsPerSample: wav.bitsPerSample, dataOffset: wav.dataOffset, dataBytes: wav.dataBytes };
}

/** The WAV format tags read in-process here (everything else, e.g. GSM 6.10 or ADPCM, goes to ffmpeg). */
export const WAVE_FORMAT = { pcm: 1, float: 3, alaw: 6, mulaw: 7 } as const;

export interface WavLayout extends PcmWavLayout {
  /** WAVE_FORMAT_EXTENSIBLE resolved to the sub-format. */
  formatTag: number;
  /** Bytes per sample frame, from the fmt chunk. */
  blockAlign: number;
}

/** Any WAV's fmt and data chunks, whatever the codec; the samples are not read. */
export async function readWavLayout(path: string): Promise<WavLayout> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const riff = await readAt(fh, 0, 12);
    if (riff.length < 12 || riff.toString('latin1', 0, 4) !== 'RIFF' || riff.toString('latin1', 8, 12) !== 'WAVE') {
      throw new AudioError('audio-not-audio');
    }
    let fmt: Omit<WavLayout, 'dataOffset' | 'dataBytes'> | null = null;
    let offset = 12;
    while (offset + 8 <= size) {
      const hdr = await readAt(fh, offset, 8);
      const id = hdr.toString('latin1', 0, 4);
      const chunkSize = hdr.readUInt32LE(4);
      if (id === 'fmt ') {
        const body = await readAt(fh, offset + 8, Math.min(chunkSize, 40));
        if (body.length < 16) throw new AudioError('audio-corrupt');
        let formatTag = body.readUInt16LE(0);
        // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
        if (formatTag === 0xfffe && body.length >= 26) formatTag = body.readUInt16LE(24);
        fmt = { formatTag, channels: body.readUInt16LE(2), sampleRate: body.readUInt32LE(4), blockAlign: body.readUInt16LE(12), bitsPerSample: body.readUInt16LE(14) };
      } else if (id === 'data') {
        if (!fmt) throw new AudioError('audio-corrupt');
        const dataOffset = offset + 8;
        const available = size - dataOffset;
        const dataBytes = chunkSize === 0 || chunkSize === 0xffffffff ? available : Math.min(chunkSize, available);
        return { ...fmt, dataOffset, dataBytes };
      }
      offset += 8 + chunkSize + (chunkSize % 2);
    }
    throw new AudioError('audio-corrupt');
  } finally {
    await fh.close();
  }
}

/**
 * The ffmpeg codec name of a WAV whose samples need no decoder (integer or float PCM, G.711 μ-law or
 * A-law) and whose fmt chunk is self-consistent; null for anything else.
 */
export function plainWavCodec(w: Pick<WavLayout, 'formatTag' | 'bitsPerSample' | 'channels' | 'sampleRate' | 'blockAlign'>): string | null {
  if (!(w.channels > 0) || !(w.sampleRate > 0) || w.blockAlign !== (w.channels * w.bitsPerSample) / 8) return null;
  if (w.formatTag === WAVE_FORMAT.pcm) return ({ 8: 'pcm_u8', 16: 'pcm_s16le', 24: 'pcm_s24le', 32: 'pcm_s32le' } as Record<number, string>)[w.bitsPerSample] ?? null;
  if (w.formatTag === WAVE_FORMAT.float) return ({ 32: 'pcm_f32le', 64: 'pcm_f64le' } as Record<number, string>)[w.bitsPerSample] ?? null;
  if (w.formatTag === WAVE_FORMAT.alaw && w.bitsPerSample === 8) return 'pcm_alaw';
  if (w.formatTag === WAVE_FORMAT.mulaw && w.bitsPerSample === 8) return 'pcm_mulaw';
  return null;
}

/**
 * A minimal header for `dataBytes` of samples in `formatTag`: the 44-byte canonical form for PCM;
 * for G.711 the fmt chunk with its cbSize and the fact chunk the WAV spec asks of non-PCM formats.
 */
export function wavHeader(formatTag: number, dataBytes: number, sampleRate: number, channels: number, bitsPerSample: number): Buffer {
  if (formatTag === WAVE_FORMAT.pcm) return pcmWavHeader(dataBytes, sampleRate, channels, bitsPerSample);
  const blockAlign = (channels * bitsPerSample) / 8;
  const h = Buffer.alloc(58);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(Math.min(0xffffffff, 50 + dataBytes), 4);
  h.write('WAVE', 8, 'latin1');
  h.write('fmt ', 12, 'latin1');
  h.writeUInt32LE(18, 16);
  h.writeUInt16LE(formatTag, 20);
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * blockAlign, 28);
  h.writeUInt16LE(blockAlign, 32);
  h.writeUInt16LE(bitsPerSample, 34);
  h.writeUInt16LE(0, 36);
  h.write('fact', 38, 'latin1');
  h.writeUInt32LE(4, 42);
  h.writeUInt32LE(Math.min(0xffffffff, Math.floor(dataBytes / blockAlign)), 46);
  h.write('data', 50, 'latin1');
  h.writeUInt32LE(Math.min(0xffffffff, dataBytes), 54);
  return h;
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/**
 * Joins mono 16-bit WAVs of one sample rate with `gapSec` of digital silence between them (streamed
 * chunk by chunk). Returns the duration of the result in seconds.
 */
export async function concatPcmWavs(inputs: readonly string[], outPath: string, gapSec = 0): Promise<number> {
  const out = await open(outPath, 'w', 0o600);
  try {
    let rate = 0;
    let written = 0;
    await out.write(pcmWavHeader(0, 16_000, 1), 0, WAV_HEADER_BYTES, 0);
    for (const [i, input] of inputs.entries()) {
      const layout = await readPcmWavLayout(input);
      if (layout.channels !== 1 || layout.bitsPerSample !== 16 || (rate && layout.sampleRate !== rate)) {
        throw new AudioError('audio-corrupt');
      }
      rate = layout.sampleRate;
      if (i > 0 && gapSec > 0) {
        const gap = Buffer.alloc(Math.round(gapSec * rate) * 2);
        await out.write(gap, 0, gap.length, WAV_HEADER_BYTES + written);
        written += gap.length;
      }
      const src = await open(input, 'r');
      try {
        const buf = Buffer.alloc(64 * 1024);
        for (let pos = 0; pos < layout.dataBytes; ) {
          const { bytesRead } = await src.read(buf, 0, Math.min(buf.length, layout.dataBytes - pos), layout.dataOffset + pos);
          if (bytesRead === 0) break;
          await out.write(buf, 0, bytesRead, WAV_HEADER_BYTES + written);
          written += bytesRead;
          pos += bytesRead;
        }
      } finally {
        await src.close();
      }
    }
    await out.write(pcmWavHeader(written, rate || 16_000, 1), 0, WAV_HEADER_BYTES, 0);
    return written / 2 / (rate || 16_000);
  } finally {
    await out.close();
  }
}

import { open, rm, stat, type FileHandle } from 'node:fs/promises';
import { AudioError, withoutPaths } from './errors.ts';
import { readPcmWavLayout, wavHeader, WAVE_FORMAT, type WavLayout } from './wav.ts';

export interface MaskInterval {
  /** Seconds from the start of the audio. */
  start: number;
  end: number;
}

export type MaskMode = 'tone' | 'silence';

/** 1 kHz at -20 dBFS: clearly a deliberate bleep, not loud enough to startle. */
export const MASK_TONE_HZ = 1000;
export const MASK_TONE_AMPLITUDE = Math.round(32767 * 0.1);

const CHUNK_FRAMES = 16 * 1024;

/**
 * Replaces the given stretches of a 16-bit PCM WAV by a tone or silence. Done here on the samples
 * rather than by an ffmpeg filter graph so that every sample outside the stretches is copied
 * unchanged, bit for bit; the header and any chunks after the samples are copied as they are.
 * Streams in chunks: memory use does not grow with the recording.
 */
export async function maskAudio(inWav: string, outWav: string, intervals: readonly MaskInterval[], mode: MaskMode): Promise<void> {
  return withoutPaths(() => mask(inWav, outWav, intervals, mode));
}

async function mask(inWav: string, outWav: string, intervals: readonly MaskInterval[], mode: MaskMode): Promise<void> {
  const layout = await readPcmWavLayout(inWav);
  if (layout.bitsPerSample !== 16) throw new AudioError('audio-corrupt');
  const fileSize = (await stat(inWav)).size;
  await rewriteSamples(inWav, outWav, { ...layout, formatTag: WAVE_FORMAT.pcm, blockAlign: 2 * layout.channels }, intervals, mode, { header: 'verbatim', fileSize });
}

/** Sample formats {@link writeMaskedWav} can write masked samples of. */
export function canMaskInProcess(wav: Pick<WavLayout, 'formatTag' | 'bitsPerSample'>): boolean {
  return (
    (wav.formatTag === WAVE_FORMAT.pcm && wav.bitsPerSample === 16) ||
    ((wav.formatTag === WAVE_FORMAT.mulaw || wav.formatTag === WAVE_FORMAT.alaw) && wav.bitsPerSample === 8)
  );
}

/**
 * Writes the samples of a WAV (16-bit PCM, μ-law or A-law, any rate and channel count; see
 * {@link canMaskInProcess}) under a new minimal header, with the given stretches replaced by a tone or
 * silence: the audio as received, minus every other chunk (LIST/INFO and the like can carry a phone
 * system's caller tags) and minus what the policy masks. Samples outside the stretches are copied
 * bit for bit. Streams in chunks.
 */
export async function writeMaskedWav(inWav: string, outWav: string, wav: WavLayout, intervals: readonly MaskInterval[], mode: MaskMode): Promise<{ bytes: number; durationSec: number }> {
  return withoutPaths(async () => {
    if (!canMaskInProcess(wav) || wav.blockAlign !== (wav.channels * wav.bitsPerSample) / 8) throw new AudioError('audio-corrupt');
    const dataBytes = Math.floor(wav.dataBytes / wav.blockAlign) * wav.blockAlign;
    const header = wavHeader(wav.formatTag, dataBytes, wav.sampleRate, wav.channels, wav.bitsPerSample);
    await rewriteSamples(inWav, outWav, wav, intervals, mode, { header });
    return { bytes: header.length + dataBytes, durationSec: dataBytes / wav.blockAlign / wav.sampleRate };
  });
}

/** The masked value of frame `f` as the stored sample(s), for one sample format. */
type SampleWriter = (buf: Buffer, at: number, frame: number) => void;

function sampleWriter(wav: Pick<WavLayout, 'formatTag' | 'channels' | 'sampleRate'>, mode: MaskMode): SampleWriter {
  const linear = (f: number): number => (mode === 'tone' ? Math.round(MASK_TONE_AMPLITUDE * Math.sin((2 * Math.PI * MASK_TONE_HZ * f) / wav.sampleRate)) : 0);
  if (wav.formatTag === WAVE_FORMAT.pcm) {
    return (buf, at, f) => {
      const v = linear(f);
      for (let c = 0; c < wav.channels; c++) buf.writeInt16LE(v, at + c * 2);
    };
  }
  const encode = wav.formatTag === WAVE_FORMAT.mulaw ? linearToMulaw : linearToAlaw;
  return (buf, at, f) => buf.fill(encode(linear(f)), at, at + wav.channels);
}

/**
 * Copies `wav`'s samples from `inWav` to `outWav`, replacing the frames inside the intervals. The
 * header is either copied verbatim along with every chunk after the samples (`'verbatim'`), or
 * replaced by the one given, with nothing after the samples.
 */
async function rewriteSamples(
  inWav: string,
  outWav: string,
  wav: WavLayout,
  intervals: readonly MaskInterval[],
  mode: MaskMode,
  out: { header: 'verbatim'; fileSize: number } | { header: Buffer },
): Promise<void> {
  const frameBytes = wav.blockAlign;
  const totalFrames = Math.floor(wav.dataBytes / frameBytes);
  const ranges = toFrameRanges(intervals, wav.sampleRate, totalFrames);
  const writeMasked = sampleWriter(wav, mode);
  // Output offset of the first sample.
  const outData = out.header === 'verbatim' ? wav.dataOffset : out.header.length;

  const src = await open(inWav, 'r');
  let dst: FileHandle | undefined;
  try {
    dst = await open(outWav, 'w', 0o600);
    if (out.header === 'verbatim') await copyRange(src, dst, 0, wav.dataOffset);
    else await dst.write(out.header, 0, out.header.length, 0);

    const buf = Buffer.alloc(CHUNK_FRAMES * frameBytes);
    let r = 0;
    for (let frame = 0; frame < totalFrames; ) {
      const frames = Math.min(CHUNK_FRAMES, totalFrames - frame);
      const bytes = frames * frameBytes;
      const { bytesRead } = await src.read(buf, 0, bytes, wav.dataOffset + frame * frameBytes);
      if (bytesRead !== bytes) throw new AudioError('audio-corrupt');
      const chunkEnd = frame + frames;
      while (r < ranges.length && ranges[r]![1] <= frame) r++;
      for (let k = r; k < ranges.length && ranges[k]![0] < chunkEnd; k++) {
        const [from, to] = ranges[k]!;
        for (let f = Math.max(from, frame); f < Math.min(to, chunkEnd); f++) writeMasked(buf, (f - frame) * frameBytes, f);
      }
      await dst.write(buf, 0, bytes, outData + frame * frameBytes);
      frame = chunkEnd;
    }
    if (out.header === 'verbatim') {
      // Odd trailing bytes and chunks after the samples (LIST, etc.) verbatim.
      const afterSamples = wav.dataOffset + totalFrames * frameBytes;
      await copyRange(src, dst, afterSamples, out.fileSize - afterSamples);
    }
  } catch (err) {
    await dst?.close();
    dst = undefined;
    await rm(outWav, { force: true });
    throw err;
  } finally {
    await src.close();
    await dst?.close();
  }
}

/** ITU-T G.711 μ-law encoding of one 16-bit sample (the classic Sun reference algorithm). */
export function linearToMulaw(sample: number): number {
  const BIAS = 0x84;
  const CLIP = 32635;
  let s = Math.max(-32768, Math.min(32767, Math.round(sample)));
  const sign = s < 0 ? 0x80 : 0;
  if (s < 0) s = -s;
  if (s > CLIP) s = CLIP;
  s += BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; exponent--, mask >>= 1);
  const mantissa = (s >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

const ALAW_SEG_END = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff] as const;

/** ITU-T G.711 A-law encoding of one 16-bit sample (the classic Sun reference algorithm). */
export function linearToAlaw(sample: number): number {
  let v = Math.max(-32768, Math.min(32767, Math.round(sample))) >> 3;
  let mask = 0xd5;
  if (v < 0) {
    mask = 0x55;
    v = -v - 1;
  }
  const seg = ALAW_SEG_END.findIndex((end) => v <= end);
  if (seg < 0) return 0x7f ^ mask;
  const aval = (seg << 4) | (seg < 2 ? (v >> 1) & 0x0f : (v >> seg) & 0x0f);
  return aval ^ mask;
}

/** Sorted, merged [fromFrame, toFrame) ranges; a sample is masked when its start time is inside. */
function toFrameRanges(intervals: readonly MaskInterval[], rate: number, totalFrames: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const { start, end } of intervals) {
    if (!Number.isFinite(start) || !Number.isFinite(end) || start < 0 || end < start) {
      throw new AudioError('audio-mask-invalid');
    }
    const from = Math.min(totalFrames, Math.ceil(start * rate - 1e-9));
    const to = Math.min(totalFrames, Math.ceil(end * rate - 1e-9));
    if (to > from) ranges.push([from, to]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const rg of ranges) {
    const last = merged.at(-1);
    if (last && rg[0] <= last[1]) last[1] = Math.max(last[1], rg[1]);
    else merged.push([rg[0], rg[1]]);
  }
  return merged;
}

async function copyRange(
  src: FileHandle,
  dst: FileHandle,
  position: number,
  length: number,
): Promise<void> {
  const buf = Buffer.alloc(64 * 1024);
  for (let done = 0; done < length; ) {
    const { bytesRead } = await src.read(buf, 0, Math.min(buf.length, length - done), position + done);
    if (bytesRead === 0) break;
    await dst.write(buf, 0, bytesRead, position + done);
    done += bytesRead;
  }
}

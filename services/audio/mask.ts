import { open, rm, stat, type FileHandle } from 'node:fs/promises';
import { AudioError, withoutPaths } from './errors.ts';
import { readPcmWavLayout } from './wav.ts';

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
  const frameBytes = 2 * layout.channels;
  const totalFrames = Math.floor(layout.dataBytes / frameBytes);
  const ranges = toFrameRanges(intervals, layout.sampleRate, totalFrames);

  const src = await open(inWav, 'r');
  let dst: FileHandle | undefined;
  try {
    dst = await open(outWav, 'w', 0o600);
    const fileSize = (await stat(inWav)).size;
    // Header (and chunks before the samples) verbatim.
    await copyRange(src, dst, 0, layout.dataOffset);

    const buf = Buffer.alloc(CHUNK_FRAMES * frameBytes);
    let r = 0;
    for (let frame = 0; frame < totalFrames; ) {
      const frames = Math.min(CHUNK_FRAMES, totalFrames - frame);
      const bytes = frames * frameBytes;
      const { bytesRead } = await src.read(buf, 0, bytes, layout.dataOffset + frame * frameBytes);
      if (bytesRead !== bytes) throw new AudioError('audio-corrupt');
      const chunkEnd = frame + frames;
      while (r < ranges.length && ranges[r]![1] <= frame) r++;
      for (let k = r; k < ranges.length && ranges[k]![0] < chunkEnd; k++) {
        const [from, to] = ranges[k]!;
        for (let f = Math.max(from, frame); f < Math.min(to, chunkEnd); f++) {
          const value = mode === 'tone' ? Math.round(MASK_TONE_AMPLITUDE * Math.sin((2 * Math.PI * MASK_TONE_HZ * f) / layout.sampleRate)) : 0;
          for (let c = 0; c < layout.channels; c++) buf.writeInt16LE(value, (f - frame) * frameBytes + c * 2);
        }
      }
      await dst.write(buf, 0, bytes, layout.dataOffset + frame * frameBytes);
      frame = chunkEnd;
    }
    // Odd trailing bytes and chunks after the samples (LIST, etc.) verbatim.
    const afterSamples = layout.dataOffset + totalFrames * frameBytes;
    await copyRange(src, dst, afterSamples, fileSize - afterSamples);
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

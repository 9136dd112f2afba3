import { open } from 'node:fs/promises';
import { pcmWavHeader, readPcmWavLayout, WAV_HEADER_BYTES } from './wav.ts';

const WINDOW_SEC = 0.01;
/** A cut is placed in the quietest stretch of this length, so it falls in a pause, not a word. */
const PAUSE_SEC = 0.3;

/**
 * Times (seconds) at which to cut a mono 16-bit WAV into `parts` pieces of roughly equal length,
 * each cut moved to the quietest 0.3 s within ±25 % of a piece's length of its ideal position.
 * Reads the file once in chunks; keeps one energy value per 10 ms.
 */
export async function findPauseCuts(wavPath: string, parts: number): Promise<number[]> {
  const layout = await readPcmWavLayout(wavPath);
  const win = Math.round(layout.sampleRate * WINDOW_SEC);
  const energies: number[] = [];
  const fh = await open(wavPath, 'r');
  try {
    const buf = Buffer.alloc(win * 2 * 1024);
    let acc = 0;
    let n = 0;
    for (let pos = 0; pos < layout.dataBytes; ) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, layout.dataBytes - pos), layout.dataOffset + pos);
      if (bytesRead === 0) break;
      for (let i = 0; i + 1 < bytesRead; i += 2) {
        const s = buf.readInt16LE(i);
        acc += s * s;
        if (++n === win) {
          energies.push(acc / n);
          acc = 0;
          n = 0;
        }
      }
      pos += bytesRead;
    }
  } finally {
    await fh.close();
  }

  const pauseWins = Math.round(PAUSE_SEC / WINDOW_SEC);
  const total = energies.length;
  if (parts < 2 || total < pauseWins * parts * 4) return [];
  // Prefix sums make every "energy of this 0.3 s" query O(1).
  const prefix = [0];
  for (const e of energies) prefix.push(prefix.at(-1)! + e);
  const cuts: number[] = [];
  const pieceWins = total / parts;
  for (let k = 1; k < parts; k++) {
    const ideal = Math.round(k * pieceWins);
    const from = Math.max(pauseWins, Math.round(ideal - pieceWins * 0.25));
    const to = Math.min(total - pauseWins, Math.round(ideal + pieceWins * 0.25));
    let best = ideal;
    let bestEnergy = Infinity;
    for (let c = from; c <= to; c++) {
      const e = prefix[c + Math.floor(pauseWins / 2)]! - prefix[c - Math.ceil(pauseWins / 2)]!;
      if (e < bestEnergy) {
        bestEnergy = e;
        best = c;
      }
    }
    cuts.push(best * WINDOW_SEC);
  }
  return cuts;
}

/** Writes the samples from `startSec` to `endSec` of a PCM WAV as a new canonical WAV. */
export async function writeWavSlice(wavPath: string, outPath: string, startSec: number, endSec: number): Promise<void> {
  const layout = await readPcmWavLayout(wavPath);
  const frameBytes = (layout.channels * layout.bitsPerSample) / 8;
  const totalFrames = Math.floor(layout.dataBytes / frameBytes);
  const from = Math.min(totalFrames, Math.max(0, Math.round(startSec * layout.sampleRate)));
  const to = Math.min(totalFrames, Math.max(from, Math.round(endSec * layout.sampleRate)));
  const bytes = (to - from) * frameBytes;
  const src = await open(wavPath, 'r');
  const dst = await open(outPath, 'w', 0o600);
  try {
    await dst.write(pcmWavHeader(bytes, layout.sampleRate, layout.channels, layout.bitsPerSample), 0, WAV_HEADER_BYTES, 0);
    const buf = Buffer.alloc(64 * 1024);
    for (let done = 0; done < bytes; ) {
      const { bytesRead } = await src.read(buf, 0, Math.min(buf.length, bytes - done), layout.dataOffset + from * frameBytes + done);
      if (bytesRead === 0) break;
      await dst.write(buf, 0, bytesRead, WAV_HEADER_BYTES + done);
      done += bytesRead;
    }
  } finally {
    await src.close();
    await dst.close();
  }
}

import { endianness } from 'node:os';

/**
 * Decides whether mono s16le audio contains anything louder than line noise. Speech runs at about
 * -15..-35 dBFS RMS in 20 ms windows; idle phone lines and empty recordings stay below -50 dBFS.
 * A recording is silent when no window reaches {@link SILENCE_THRESHOLD_DBFS}.
 */
export const SILENCE_THRESHOLD_DBFS = -45;

const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * The 16-bit little-endian samples of a buffer as an Int16Array: a view without copying where the
 * platform and the alignment allow (they nearly always do), a copy otherwise. Odd trailing bytes are
 * left out.
 */
export function int16View(chunk: Buffer): Int16Array {
  const n = chunk.length >> 1;
  if (LITTLE_ENDIAN && chunk.byteOffset % 2 === 0) return new Int16Array(chunk.buffer, chunk.byteOffset, n);
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = chunk.readInt16LE(i * 2);
  return out;
}
const WINDOW_SEC = 0.02;

export class SilenceMeter {
  private readonly windowSamples: number;
  private sumSquares = 0;
  private count = 0;
  private loudestWindowMeanSquare = 0;

  constructor(sampleRate: number) {
    this.windowSamples = Math.max(1, Math.round(sampleRate * WINDOW_SEC));
  }

  /** Feed little-endian 16-bit samples; `chunk.length` must be even. */
  push(chunk: Buffer): void {
    const samples = int16View(chunk);
    let sum = this.sumSquares;
    let count = this.count;
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i]!;
      sum += s * s;
      if (++count === this.windowSamples) {
        this.sumSquares = sum;
        this.count = count;
        this.closeWindow();
        sum = 0;
        count = 0;
      }
    }
    this.sumSquares = sum;
    this.count = count;
  }

  /** Level of the loudest 20 ms window, dBFS (-Infinity for digital silence). */
  loudestWindowDbfs(): number {
    if (this.count > 0) this.closeWindow();
    if (this.loudestWindowMeanSquare === 0) return -Infinity;
    return 10 * Math.log10(this.loudestWindowMeanSquare / (32768 * 32768));
  }

  isSilent(): boolean {
    return this.loudestWindowDbfs() < SILENCE_THRESHOLD_DBFS;
  }

  private closeWindow(): void {
    const meanSquare = this.sumSquares / this.count;
    if (meanSquare > this.loudestWindowMeanSquare) this.loudestWindowMeanSquare = meanSquare;
    this.sumSquares = 0;
    this.count = 0;
  }
}

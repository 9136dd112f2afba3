/**
 * Decides whether mono s16le audio contains anything louder than line noise. Speech runs at about
 * -15..-35 dBFS RMS in 20 ms windows; idle phone lines and empty recordings stay below -50 dBFS.
 * A recording is silent when no window reaches {@link SILENCE_THRESHOLD_DBFS}.
 */
export const SILENCE_THRESHOLD_DBFS = -45;
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
    for (let i = 0; i + 1 < chunk.length; i += 2) {
      const s = chunk.readInt16LE(i);
      this.sumSquares += s * s;
      if (++this.count === this.windowSamples) this.closeWindow();
    }
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

import { open } from 'node:fs/promises';
import { readPcmWavLayout } from './wav.ts';

/**
 * Measures how much of the speech energy in mono s16le audio lies above ~5 kHz. Telephone audio
 * that was upsampled before it reached us (an 8 kHz call saved as 16 or 44.1 kHz) has almost none,
 * while real wideband speech keeps a few percent there; the sample rate alone cannot tell them apart.
 */
const STAGES = 4;

export class HighBandMeter {
  // Four cascaded RBJ biquad high-passes (Q = 1/sqrt(2)): steep enough that the strong 2-4 kHz
  // band of telephone speech does not leak into the measurement.
  private readonly b0: number;
  private readonly b1: number;
  private readonly b2: number;
  private readonly a1: number;
  private readonly a2: number;
  private readonly state = new Float64Array(4 * STAGES);
  private readonly windowSamples: number;
  private winTotal = 0;
  private winHigh = 0;
  private winCount = 0;
  private total = 0;
  private high = 0;
  /** Seconds of audio loud enough to count; callers may stop feeding once they have enough. */
  speechSec = 0;

  constructor(sampleRate: number, cutoffHz = 5000) {
    const w0 = (2 * Math.PI * cutoffHz) / sampleRate;
    const alpha = Math.sin(w0) / (2 * Math.SQRT1_2);
    const cos = Math.cos(w0);
    const a0 = 1 + alpha;
    this.b0 = (1 + cos) / 2 / a0;
    this.b1 = -(1 + cos) / a0;
    this.b2 = (1 + cos) / 2 / a0;
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
    this.windowSamples = Math.round(sampleRate * 0.02);
  }

  push(chunk: Buffer): void {
    for (let i = 0; i + 1 < chunk.length; i += 2) {
      const x = chunk.readInt16LE(i);
      let y = x;
      const st = this.state;
      for (let k = 0; k < STAGES * 4; k += 4) {
        const input = y;
        y = this.b0 * input + this.b1 * st[k]! + this.b2 * st[k + 1]! - this.a1 * st[k + 2]! - this.a2 * st[k + 3]!;
        st[k + 1] = st[k]!;
        st[k] = input;
        st[k + 3] = st[k + 2]!;
        st[k + 2] = y;
      }
      this.winTotal += x * x;
      this.winHigh += y * y;
      if (++this.winCount === this.windowSamples) this.closeWindow();
    }
  }

  /** High-band share of the energy in windows louder than -45 dBFS, in dB (-Infinity if none). */
  highBandDb(): number {
    if (this.total === 0) return -Infinity;
    return 10 * Math.log10(Math.max(this.high, 1e-12) / this.total);
  }

  private closeWindow(): void {
    // Only windows with something in them: line noise in pauses says nothing about the band.
    const meanSquare = this.winTotal / this.winCount;
    if (meanSquare > 32768 * 32768 * 10 ** (-45 / 10)) {
      this.total += this.winTotal;
      this.high += this.winHigh;
      this.speechSec += 0.02;
    }
    this.winTotal = 0;
    this.winHigh = 0;
    this.winCount = 0;
  }
}

/**
 * High-band share of a mono 16-bit WAV's speech, reading at most until `enoughSpeechSec` of speech
 * has been seen (the band of a recording does not change half-way).
 */
export async function measureHighBand(wavPath: string, enoughSpeechSec = 20): Promise<{ highBandDb: number; speechSec: number }> {
  const layout = await readPcmWavLayout(wavPath);
  const meter = new HighBandMeter(layout.sampleRate);
  const fh = await open(wavPath, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    for (let pos = 0; pos < layout.dataBytes && meter.speechSec < enoughSpeechSec; ) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, layout.dataBytes - pos), layout.dataOffset + pos);
      if (bytesRead === 0) break;
      meter.push(buf.subarray(0, bytesRead - (bytesRead % 2)));
      pos += bytesRead - (bytesRead % 2);
    }
  } finally {
    await fh.close();
  }
  return { highBandDb: meter.highBandDb(), speechSec: meter.speechSec };
}

import { open } from 'node:fs/promises';
import { readPcmWavLayout } from './wav.ts';
import { int16View } from './silence.ts';

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
    const samples = int16View(chunk);
    const { b0, b1, b2, a1, a2, windowSamples } = this;
    const st = this.state;
    // The four stages' state in locals: this loop runs once per sample of every recording.
    let x10 = st[0]!, x20 = st[1]!, y10 = st[2]!, y20 = st[3]!;
    let x11 = st[4]!, x21 = st[5]!, y11 = st[6]!, y21 = st[7]!;
    let x12 = st[8]!, x22 = st[9]!, y12 = st[10]!, y22 = st[11]!;
    let x13 = st[12]!, x23 = st[13]!, y13 = st[14]!, y23 = st[15]!;
    let winTotal = this.winTotal;
    let winHigh = this.winHigh;
    let winCount = this.winCount;
    for (let i = 0; i < samples.length; i++) {
      const x = samples[i]!;
      const y0 = b0 * x + b1 * x10 + b2 * x20 - a1 * y10 - a2 * y20;
      x20 = x10; x10 = x; y20 = y10; y10 = y0;
      const y1 = b0 * y0 + b1 * x11 + b2 * x21 - a1 * y11 - a2 * y21;
      x21 = x11; x11 = y0; y21 = y11; y11 = y1;
      const y2 = b0 * y1 + b1 * x12 + b2 * x22 - a1 * y12 - a2 * y22;
      x22 = x12; x12 = y1; y22 = y12; y12 = y2;
      const y = b0 * y2 + b1 * x13 + b2 * x23 - a1 * y13 - a2 * y23;
      x23 = x13; x13 = y2; y23 = y13; y13 = y;
      winTotal += x * x;
      winHigh += y * y;
      if (++winCount === windowSamples) {
        this.closeWindow(winTotal, winHigh, winCount);
        winTotal = 0;
        winHigh = 0;
        winCount = 0;
      }
    }
    st.set([x10, x20, y10, y20, x11, x21, y11, y21, x12, x22, y12, y22, x13, x23, y13, y23]);
    this.winTotal = winTotal;
    this.winHigh = winHigh;
    this.winCount = winCount;
  }

  /** High-band share of the energy in windows louder than -45 dBFS, in dB (-Infinity if none). */
  highBandDb(): number {
    if (this.total === 0) return -Infinity;
    return 10 * Math.log10(Math.max(this.high, 1e-12) / this.total);
  }

  private closeWindow(winTotal: number, winHigh: number, winCount: number): void {
    // Only windows with something in them: line noise in pauses says nothing about the band.
    const meanSquare = winTotal / winCount;
    if (meanSquare > 32768 * 32768 * 10 ** (-45 / 10)) {
      this.total += winTotal;
      this.high += winHigh;
      this.speechSec += 0.02;
    }
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

/**
 * Bench-only transcription engines: a fixed-transcript engine (pipeline cost without speech
 * recognition) and a timing wrapper around a real engine (recognition time per voicemail).
 */
import type { EngineTranscribeOptions, TranscriptionEngine } from '../../services/transcription/engine.ts';
import type { Transcript } from '../../services/transcription/transcript.ts';
import { readPcmWavLayout } from '../../services/audio/wav.ts';

/** What the fixed engine "hears": a typical message, with a phone number and a name to mask. */
const CANNED = 'hi this is margaret calling about my appointment on tuesday please call me back at five five five one two three four thank you';

/**
 * Returns the same transcript for every file, spread over the file's length. It reads no audio, so it
 * takes the source as received (the pipeline passes its length) and costs nothing when it is given
 * one; handed just a WAV file, it reads its header.
 */
export class FixedTranscriptEngine implements TranscriptionEngine {
  readonly name = 'fixed-bench';
  readonly input = 'source' as const;
  async transcribe(wavPath: string, opts?: EngineTranscribeOptions): Promise<Transcript> {
    const durationSec = opts?.durationSec ?? (await wavSeconds(wavPath));
    const words = CANNED.split(' ');
    const step = Math.min(0.4, durationSec / words.length);
    return {
      text: CANNED,
      engine: this.name,
      durationSec,
      words: words.map((word, i) => ({ word, start: Math.round(i * step * 1000) / 1000, end: Math.round((i + 0.9) * step * 1000) / 1000, confidence: 0.9 })),
    };
  }
}

async function wavSeconds(path: string): Promise<number> {
  const layout = await readPcmWavLayout(path);
  return layout.dataBytes / 2 / layout.sampleRate;
}

export interface EngineTiming {
  ms: number;
  audioSec: number;
  /** Kept in memory only, for word error rate of synthetic speech and re-timing redaction. */
  transcript: Transcript;
}

/** Wraps an engine and records how long each voicemail's recognition took. */
export class TimedEngine implements TranscriptionEngine {
  readonly timings = new Map<string, EngineTiming>();
  constructor(private readonly inner: TranscriptionEngine) {}
  get name(): string {
    return this.inner.name;
  }
  get input(): TranscriptionEngine['input'] {
    return this.inner.input;
  }
  async transcribe(wavPath: string, opts?: EngineTranscribeOptions): Promise<Transcript> {
    const t0 = performance.now();
    const t = await this.inner.transcribe(wavPath, opts);
    if (opts?.voicemailId) this.timings.set(opts.voicemailId, { ms: performance.now() - t0, audioSec: t.durationSec, transcript: t });
    return t;
  }
}

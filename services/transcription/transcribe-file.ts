import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normaliseForAsr, type NarrowbandMode } from '../audio/normalise.ts';
import { probeAudio } from '../audio/probe.ts';
import { TranscriptionError, type TranscriptionEngine } from './engine.ts';
import type { Transcript } from './transcript.ts';

export interface TranscribeFileOptions {
  /** Original file name, for headerless formats (raw `.gsm`). */
  nameHint?: string;
  maxBytes?: number;
  /** Default 900 s; longer audio is cut and `truncated` is reported via `onNormalised`. */
  maxDurationSec?: number;
  narrowband?: NarrowbandMode;
  /** Parent of the private temp directory; default the OS temp dir. */
  tmpDir?: string;
  signal?: AbortSignal;
  /** Sees what normalisation found (truncated, silent, narrowband, source rate). */
  onNormalised?: (info: { durationSec: number; truncated: boolean; silent: boolean; narrowband: boolean; sourceSampleRate: number }) => void;
}

/**
 * probe → normalise to 16 kHz mono WAV in a private temp dir → recognise. Silence and "no speech
 * recognised" give an empty transcript: for a voicemail that is an answer, not a failure. The temp
 * dir (it holds decoded audio, i.e. PHI) is removed whatever happens.
 */
export async function transcribeFile(path: string, engine: TranscriptionEngine, opts: TranscribeFileOptions = {}): Promise<Transcript> {
  const info = await probeAudio(path, { nameHint: opts.nameHint, maxBytes: opts.maxBytes, signal: opts.signal });
  const dir = await mkdtemp(join(opts.tmpDir ?? tmpdir(), 'ql-asr-'));
  try {
    const wav = join(dir, 'normalised.wav');
    const norm = await normaliseForAsr(path, wav, {
      info,
      maxDurationSec: opts.maxDurationSec,
      narrowband: opts.narrowband,
      signal: opts.signal,
    });
    opts.onNormalised?.(norm);
    const empty: Transcript = { text: '', words: [], engine: engine.name, durationSec: norm.durationSec };
    if (norm.silent) return empty;
    try {
      return await engine.transcribe(wav, opts.signal ? { signal: opts.signal } : {});
    } catch (err) {
      if (err instanceof TranscriptionError && err.code === 'asr-no-speech') return empty;
      throw err;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The `quietline transcribe FILE --json` output: exactly the {@link Transcript} fields, in a fixed
 * order, one line.
 */
export function transcriptToJson(t: Transcript): string {
  return JSON.stringify({
    text: t.text,
    words: t.words.map((w) => ({ word: w.word, start: w.start, end: w.end, confidence: w.confidence })),
    engine: t.engine,
    durationSec: t.durationSec,
  });
}

import type { Transcript } from './transcript.ts';

export interface EngineTranscribeOptions {
  signal?: AbortSignal;
  /** Names the engine's own job where it has one (cloud engines), so a retry finds it instead of starting another. */
  voicemailId?: string;
  /** The source was telephone audio (sampled at 8 kHz or less); engines may pick settings for it. */
  narrowband?: boolean;
  /** Length of the audio handed over, in seconds, when the pipeline already knows it. */
  durationSec?: number;
}

/**
 * What audio an engine reads:
 * - 'normalised-wav' (the default): 16 kHz mono signed 16-bit PCM WAV with a canonical 44-byte header,
 *   as services/audio/normalise.ts makes it;
 * - 'source': the recording as received, in any format the audio probe accepts. The pipeline then
 *   skips normalisation unless the recording is longer than the transcription limit (it is cut first),
 *   and passes the probed length as `durationSec`.
 */
export type EngineInput = 'normalised-wav' | 'source';

/**
 * A speech-recognition engine. Adapters live beside this file, one per implementation;
 * engine SDK types never leave the adapter.
 */
export interface TranscriptionEngine {
  readonly name: string;
  /** Default 'normalised-wav'; see {@link EngineInput}. */
  readonly input?: EngineInput;
  /**
   * Transcribe an audio file of the kind {@link input} declares (by default a normalised WAV file:
   * 16 kHz, mono, signed 16-bit PCM).
   * Throws a {@link TranscriptionError} subclass for failures that retrying cannot fix.
   */
  transcribe(wavPath: string, opts?: EngineTranscribeOptions): Promise<Transcript>;
}

export type TranscriptionErrorCode = 'asr-failed' | 'asr-timeout' | 'asr-no-speech' | 'asr-aborted';

/**
 * A recogniser failure. The message is the code only: engine output can contain transcript text.
 * `permanent` tells the job runner whether another attempt could succeed.
 */
export class TranscriptionError extends Error {
  override readonly name = 'TranscriptionError';
  readonly code: TranscriptionErrorCode;
  readonly permanent: boolean;

  constructor(code: TranscriptionErrorCode) {
    super(code);
    this.code = code;
    this.permanent = code === 'asr-no-speech';
  }
}

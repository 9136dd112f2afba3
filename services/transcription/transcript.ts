/** One recognised word with its position in the (normalised) audio, in seconds. */
export interface TranscriptWord {
  word: string;
  /** Seconds from the start of the audio. */
  start: number;
  end: number;
  /** 0..1; engines that give none report 1. */
  confidence: number;
}

/** What every engine returns; the shape of `quietline transcribe FILE --json`. */
export interface Transcript {
  text: string;
  words: TranscriptWord[];
  engine: string;
  durationSec: number;
}

/** Below this a word is shown as uncertain in the email. */
export const LOW_CONFIDENCE_WORD = 0.5;

/** Mean word confidence; 0 when there are no words. */
export function meanConfidence(t: Transcript): number {
  if (t.words.length === 0) return 0;
  return t.words.reduce((sum, w) => sum + w.confidence, 0) / t.words.length;
}

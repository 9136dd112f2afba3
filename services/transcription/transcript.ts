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

/**
 * Below this mean word confidence a transcript is flagged as unreliable. Calibrated with
 * bench/asr.ts over 403 PocketSphinx decodes (wideband, telephone, and deliberately mistreated
 * telephone audio): 0.475 best separates transcripts with more than 30 % word errors from the rest
 * (44 misclassified; 0.55 misclassified 68). Clean wideband speech averages about 0.76-0.82,
 * treated telephone audio about 0.63-0.64, untreated telephone audio 0.27-0.49.
 */
export const LOW_CONFIDENCE_MEAN = 0.475;

/** True when the transcript should be presented as "low confidence" (or there is nothing in it). */
export function isLowConfidence(t: Transcript): boolean {
  return meanConfidence(t) < LOW_CONFIDENCE_MEAN;
}

/**
 * Masks a transcript's text by policy and works out which stretches of audio to blank: the words a
 * masked span covers, padded, with short gaps between them merged, clamped to the audio.
 */
import type { Transcript, TranscriptWord } from '../transcription/transcript.ts';
import type { PhiSpan, PhiType, PolicyName } from './types.ts';
import { detectPhi } from './detect.ts';
import { applyPolicy, policyTypes } from './policy.ts';

export interface TranscriptRedactionOptions {
  maskProviders?: boolean;
  /** Seconds added before and after each masked stretch (default 0.15). */
  paddingSec?: number;
  /** Masked stretches closer than this are merged into one (default 0.3). */
  mergeGapSec?: number;
}

export interface RedactedTranscript {
  text: string;
  maskedTypes: PhiType[];
  maskedIntervals: { start: number; end: number }[];
  words: (TranscriptWord & { masked?: PhiType })[];
}

/**
 * Character offsets of each word in `text`, found left to right. Engines that punctuate ("Hi, it's Ann.")
 * still contain each word in order; a word that cannot be found gets undefined.
 */
export function locateWords(text: string, words: readonly TranscriptWord[]): ({ start: number; end: number } | undefined)[] {
  const lower = text.toLowerCase();
  let cursor = 0;
  return words.map((w) => {
    const needle = w.word.toLowerCase().trim();
    if (!needle) return undefined;
    let at = lower.indexOf(needle, cursor);
    if (at < 0) {
      // Fall back to the word without punctuation the engine may have attached.
      const bare = needle.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      at = bare ? lower.indexOf(bare, cursor) : -1;
      if (at < 0) return undefined;
      cursor = at + bare.length;
      return { start: at, end: at + bare.length };
    }
    cursor = at + needle.length;
    return { start: at, end: at + needle.length };
  });
}

export function redactTranscript(t: Transcript, policy: PolicyName, opts: TranscriptRedactionOptions = {}): RedactedTranscript {
  const padding = opts.paddingSec ?? 0.15;
  const mergeGap = opts.mergeGapSec ?? 0.3;
  let text = t.text;
  let offsets = locateWords(text, t.words);
  // If the text does not contain the words (an engine whose text and words disagree), detect on the words.
  const missing = offsets.filter((o) => o === undefined).length;
  if (t.words.length > 0 && missing > t.words.length / 5) {
    text = t.words.map((w) => w.word).join(' ');
    offsets = locateWords(text, t.words);
  }
  const spans: PhiSpan[] = detectPhi(text);
  const types = policyTypes(policy, { maskProviders: opts.maskProviders });
  const masking = spans.filter((s) => types.has(s.type));
  const { text: redacted, maskedTypes } = applyPolicy(text, spans, policy, { maskProviders: opts.maskProviders });

  const words: (TranscriptWord & { masked?: PhiType })[] = t.words.map((w, i) => {
    const o = offsets[i];
    const hit = o ? masking.find((s) => s.start < o.end && o.start < s.end) : undefined;
    return hit ? { ...w, masked: hit.type } : { ...w };
  });

  const raw = words.filter((w) => w.masked !== undefined).map((w) => ({ start: w.start - padding, end: w.end + padding }));
  raw.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const iv of raw) {
    const last = merged[merged.length - 1];
    if (last && iv.start - last.end < mergeGap) last.end = Math.max(last.end, iv.end);
    else merged.push({ ...iv });
  }
  const dur = t.durationSec > 0 ? t.durationSec : Math.max(0, ...t.words.map((w) => w.end));
  const maskedIntervals = merged
    .map((iv) => ({ start: Math.max(0, iv.start), end: Math.min(dur, iv.end) }))
    .filter((iv) => iv.end > iv.start);
  return { text: redacted, maskedTypes, maskedIntervals, words };
}

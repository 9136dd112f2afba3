import type { Transcript, TranscriptWord } from './transcript.ts';

export type AwsTranscribeEngineName = 'aws-transcribe' | 'aws-transcribe-medical';

/** Thrown when the output object is not the JSON shape Amazon Transcribe writes. Message is a code only. */
export class AwsTranscriptFormatError extends Error {
  override readonly name = 'AwsTranscriptFormatError';
  constructor() {
    super('aws-transcript-malformed');
  }
}

interface AwsItem {
  type?: unknown;
  start_time?: unknown;
  end_time?: unknown;
  alternatives?: unknown;
}

/**
 * Converts the output JSON of a (medical) transcription job into a {@link Transcript}.
 * `results.items` is the source of truth: pronunciation items carry times and confidences as decimal
 * strings; punctuation items carry neither and are glued to the previous word in `text` only, so
 * `words` stays aligned with the audio for masking. Times are clamped to the audio and forced
 * monotonic, as the masking stage requires.
 */
export function parseAwsTranscript(
  json: unknown,
  durationSec: number,
  engine: AwsTranscribeEngineName = 'aws-transcribe',
): Transcript {
  const doc = typeof json === 'string' || Buffer.isBuffer(json) ? safeJson(json.toString()) : json;
  const items = (doc as { results?: { items?: unknown } } | null)?.results?.items;
  if (!Array.isArray(items)) throw new AwsTranscriptFormatError();

  const words: TranscriptWord[] = [];
  let text = '';
  let lastEnd = 0;
  for (const raw of items as AwsItem[]) {
    const content = firstAlternative(raw)?.content;
    if (typeof content !== 'string' || content.trim() === '') continue;
    const token = content.trim();
    if (raw.type === 'punctuation') {
      text += token;
      continue;
    }
    if (raw.type !== 'pronunciation') continue;

    let start = clamp(decimal(raw.start_time) ?? lastEnd, 0, durationSec);
    let end = clamp(decimal(raw.end_time) ?? start, 0, durationSec);
    start = Math.max(start, lastEnd);
    end = Math.max(end, start);
    lastEnd = end;
    const confidence = decimal(firstAlternative(raw)?.confidence);
    words.push({
      word: token,
      start: round3(start),
      end: round3(end),
      // Engines that give no confidence report 1 (see TranscriptWord).
      confidence: round3(confidence === null ? 1 : clamp(confidence, 0, 1)),
    });
    text += (text === '' ? '' : ' ') + token;
  }
  return { text, words, engine, durationSec };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    throw new AwsTranscriptFormatError();
  }
}

function firstAlternative(item: AwsItem): { content?: unknown; confidence?: unknown } | undefined {
  const alts = item.alternatives;
  return Array.isArray(alts) ? (alts[0] as { content?: unknown; confidence?: unknown } | undefined) : undefined;
}

/** AWS writes numbers as strings ("1.23"); older outputs and hand-written samples may use numbers. */
function decimal(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string' || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

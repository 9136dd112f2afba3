import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactTranscript } from './transcript-redaction.ts';
import type { Transcript, TranscriptWord } from '../transcription/transcript.ts';

/** Words 0.4 s long with 0.1 s gaps, as an engine would time them. */
function transcript(words: string[], text?: string): Transcript {
  const ws: TranscriptWord[] = words.map((w, i) => ({ word: w, start: 0.5 + i * 0.5, end: 0.9 + i * 0.5, confidence: 0.9 }));
  return { text: text ?? words.join(' '), words: ws, engine: 'test', durationSec: 0.5 + words.length * 0.5 };
}

test('spoken transcript: masked words become one padded, merged interval', () => {
  const words = 'my social is five one two four four nine oh three one thanks'.split(' ');
  const r = redactTranscript(transcript(words), 'standard');
  assert.equal(r.text, 'my social is [SSN] thanks');
  assert.deepEqual(r.maskedTypes, ['SSN']);
  assert.equal(r.maskedIntervals.length, 1);
  const iv = r.maskedIntervals[0]!;
  // first digit word starts at 0.5 + 3 * 0.5 = 2.0, last ends at 0.9 + 11 * 0.5 = 6.4
  assert.ok(Math.abs(iv.start - 1.85) < 1e-9 && Math.abs(iv.end - 6.55) < 1e-9, JSON.stringify(iv));
  assert.equal(r.words.filter((w) => w.masked === 'SSN').length, 9);
  assert.equal(r.words[0]!.masked, undefined);
});

test('intervals are clamped to the audio and separate spans stay apart', () => {
  const words = 'five one two four four nine oh three one is my social and i live at forty two elm street'.split(' ');
  const t = transcript(words);
  const r = redactTranscript(t, 'standard', { paddingSec: 1 });
  assert.equal(r.maskedIntervals[0]!.start, 0);
  assert.ok(r.maskedIntervals.every((iv) => iv.end <= t.durationSec));
  const tight = redactTranscript(t, 'standard', { paddingSec: 0, mergeGapSec: 0.05 });
  assert.ok(tight.maskedIntervals.length >= 2);
});

test('punctuated engine text maps words by character offsets', () => {
  const words = ['Hi', "it's", 'Ruth', 'Abara', 'my', 'social', 'is', '512-44-9031', 'thanks'];
  const t = transcript(words, "Hi, it's Ruth Abara. My social is 512-44-9031. Thanks.");
  const r = redactTranscript(t, 'safe-harbor');
  assert.equal(r.text, "Hi, it's [NAME]. My social is [SSN]. Thanks.");
  assert.deepEqual(r.words.map((w) => w.masked ?? '-'), ['-', '-', 'NAME', 'NAME', '-', '-', '-', 'SSN', '-']);
  assert.equal(r.maskedIntervals.length, 2);
});

test('policy none masks no audio', () => {
  const r = redactTranscript(transcript('my social is five one two four four nine oh three one'.split(' ')), 'none');
  assert.deepEqual(r.maskedIntervals, []);
  assert.deepEqual(r.maskedTypes, []);
});

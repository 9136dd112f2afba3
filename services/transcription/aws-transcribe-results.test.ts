import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AwsTranscriptFormatError, parseAwsTranscript } from './aws-transcribe-results.ts';

/** Synthetic output in the shape Amazon Transcribe writes (times and confidences are strings). */
const SAMPLE = {
  jobName: 'ql-vmexample',
  accountId: '000000000000',
  status: 'COMPLETED',
  results: {
    transcripts: [{ transcript: 'Hello, world. Call back?' }],
    items: [
      { id: 0, type: 'pronunciation', start_time: '0.04', end_time: '0.51', alternatives: [{ confidence: '0.998', content: 'Hello' }] },
      { id: 1, type: 'punctuation', alternatives: [{ confidence: '0.0', content: ',' }] },
      { id: 2, type: 'pronunciation', start_time: '0.6', end_time: '1.02', alternatives: [{ confidence: '0.91', content: 'world' }] },
      { id: 3, type: 'punctuation', alternatives: [{ confidence: '0.0', content: '.' }] },
      { id: 4, type: 'pronunciation', start_time: '1.3', end_time: '1.55', alternatives: [{ confidence: '0.42', content: 'Call' }] },
      { id: 5, type: 'pronunciation', start_time: '1.55', end_time: '1.9', alternatives: [{ confidence: '0.87', content: 'back' }] },
      { id: 6, type: 'punctuation', alternatives: [{ confidence: '0.0', content: '?' }] },
    ],
  },
};

test('text keeps punctuation; words hold pronunciation items with numeric times and confidences', () => {
  const t = parseAwsTranscript(SAMPLE, 2.5);
  assert.equal(t.text, 'Hello, world. Call back?');
  assert.equal(t.engine, 'aws-transcribe');
  assert.equal(t.durationSec, 2.5);
  assert.deepEqual(t.words, [
    { word: 'Hello', start: 0.04, end: 0.51, confidence: 0.998 },
    { word: 'world', start: 0.6, end: 1.02, confidence: 0.91 },
    { word: 'Call', start: 1.3, end: 1.55, confidence: 0.42 },
    { word: 'back', start: 1.55, end: 1.9, confidence: 0.87 },
  ]);
});

test('the medical engine name is reported, and raw JSON text or bytes parse the same', () => {
  const fromText = parseAwsTranscript(JSON.stringify(SAMPLE), 2.5, 'aws-transcribe-medical');
  const fromBytes = parseAwsTranscript(Buffer.from(JSON.stringify(SAMPLE)), 2.5, 'aws-transcribe-medical');
  assert.equal(fromText.engine, 'aws-transcribe-medical');
  assert.deepEqual(fromBytes, fromText);
  assert.equal(fromText.words.length, 4);
});

test('times are clamped to the audio and forced monotonic; odd confidences are bounded', () => {
  const json = {
    results: {
      items: [
        { type: 'pronunciation', start_time: '0.5', end_time: '0.9', alternatives: [{ confidence: '1.7', content: 'one' }] },
        // Overlaps the previous word: pushed to start where it ended.
        { type: 'pronunciation', start_time: '0.7', end_time: '0.8', alternatives: [{ confidence: '-3', content: 'two' }] },
        // Past the end of the (truncated) audio.
        { type: 'pronunciation', start_time: '4.0', end_time: '4.5', alternatives: [{ content: 'three' }] },
      ],
    },
  };
  const t = parseAwsTranscript(json, 3);
  assert.deepEqual(
    t.words.map((w) => [w.word, w.start, w.end, w.confidence]),
    [
      ['one', 0.5, 0.9, 1],
      ['two', 0.9, 0.9, 0],
      ['three', 3, 3, 1],
    ],
  );
  for (const w of t.words) assert.ok(w.start <= w.end && w.end <= 3);
});

test('an empty result is an empty transcript, not an error', () => {
  const t = parseAwsTranscript({ results: { transcripts: [{ transcript: '' }], items: [] } }, 4);
  assert.deepEqual(t, { text: '', words: [], engine: 'aws-transcribe', durationSec: 4 });
});

test('punctuation before any word, blank items and unknown item types are tolerated', () => {
  const t = parseAwsTranscript(
    {
      results: {
        items: [
          { type: 'punctuation', alternatives: [{ content: '.' }] },
          { type: 'pronunciation', start_time: '0.1', end_time: '0.2', alternatives: [{ confidence: '0.5', content: ' ' }] },
          { type: 'speaker-change', alternatives: [{ content: 'x' }] },
          { type: 'pronunciation', start_time: '0.3', end_time: '0.4', alternatives: [{ confidence: '0.5', content: 'Yes' }] },
          { type: 'pronunciation', start_time: '0.5', end_time: '0.6', alternatives: [] },
        ],
      },
    },
    1,
  );
  assert.equal(t.text, '. Yes');
  assert.deepEqual(t.words.map((w) => w.word), ['Yes']);
});

test('output that is not Transcribe JSON is a named error whose message is a code only', () => {
  for (const bad of ['not json {', { results: {} }, null, { items: [] }]) {
    assert.throws(
      () => parseAwsTranscript(bad, 1),
      (err: unknown) => err instanceof AwsTranscriptFormatError && err.message === 'aws-transcript-malformed',
    );
  }
});

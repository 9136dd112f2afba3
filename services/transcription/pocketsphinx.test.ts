import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normaliseForAsr } from '../audio/normalise.ts';
import { concatPcmWavs, pcmWavHeader } from '../audio/wav.ts';
import { makeFormatFixtures, sox, speak, TEST_SENTENCE, type FormatFixture } from '../audio/test-fixtures.ts';
import { TranscriptionError } from './engine.ts';
import { PocketsphinxEngine, parsePocketsphinxTimes } from './pocketsphinx.ts';
import { transcribeFile, transcriptToJson } from './transcribe-file.ts';
import { isLowConfidence, type Transcript } from './transcript.ts';
import { scoringWords } from './wer.ts';

let dir: string;
let speech: string;
let fixtures: FormatFixture[];
/** Private parent for every temp dir the code under test makes, so leftovers are easy to see. */
let scratch: string;
let engine: PocketsphinxEngine;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ql-asr-test-'));
  scratch = join(dir, 'scratch');
  await mkdir(scratch);
  engine = new PocketsphinxEngine({ tmpDir: scratch });
  speech = await speak(dir);
  fixtures = await makeFormatFixtures(dir, speech);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Share of the sentence's words found in the transcript. */
function recall(t: Transcript, reference: string): number {
  const got = new Set(scoringWords(t.text));
  const ref = scoringWords(reference);
  return ref.filter((w) => got.has(w)).length / ref.length;
}

function assertTimingsSane(t: Transcript): void {
  let last = 0;
  for (const w of t.words) {
    assert.ok(w.start >= last - 1e-9, `monotonic: ${w.start} after ${last}`);
    assert.ok(w.end >= w.start);
    assert.ok(w.end <= t.durationSec + 1e-9, `within duration: ${w.end} <= ${t.durationSec}`);
    assert.ok(w.confidence >= 0 && w.confidence <= 1);
    assert.ok(!/[()<>[\]]/.test(w.word), `clean word: ${w.word}`);
    last = w.end;
  }
}

describe('PocketsphinxEngine', () => {
  test('every supported format transcribes with most words right', async () => {
    // Two at a time: one decoder per core.
    const queue = [...fixtures];
    const worker = async (): Promise<void> => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        const t = await transcribeFile(f.file, engine, { tmpDir: scratch, ...(f.nameHint ? { nameHint: f.nameHint } : {}) });
        assert.equal(t.engine, 'pocketsphinx');
        const r = recall(t, TEST_SENTENCE);
        assert.ok(r >= 0.6, `${f.name}: recall ${r.toFixed(2)}`);
        assertTimingsSane(t);
        assert.equal(t.text, t.words.map((w) => w.word).join(' '));
      }
    };
    await Promise.all([worker(), worker()]);
    assert.deepEqual(await readdir(scratch), [], 'no temp files left');
  });

  test('times are absolute across utterances, also when decoded in parallel pieces', async () => {
    const a = join(dir, 'a.wav');
    const b = join(dir, 'b.wav');
    const first = await normaliseForAsr(speech, a);
    await normaliseForAsr(await speak(dir, 'thank you goodbye', 'bye.wav'), b);
    const joined = join(dir, 'joined.wav');
    const gap = 3;
    await concatPcmWavs([a, b], joined, gap);
    const secondStarts = first.durationSec + gap;
    for (const e of [engine, new PocketsphinxEngine({ parallelSegments: 2, minParallelSec: 0, tmpDir: scratch })]) {
      const t = await e.transcribe(joined);
      assertTimingsSane(t);
      const goodbye = t.words.find((w) => w.word === 'goodbye');
      assert.ok(goodbye, t.text);
      assert.ok(goodbye.start > secondStarts + 0.3, `goodbye at ${goodbye.start}, second sentence from ${secondStarts}`);
      const morning = t.words.find((w) => w.word === 'morning');
      assert.ok(morning && morning.end <= first.durationSec + 0.05, `first sentence ends by ${first.durationSec}`);
    }
    assert.deepEqual(await readdir(scratch), [], 'pieces removed');
  });

  test('telephone audio is decoded from a band-filled copy, which is what makes it recognisable', async () => {
    const wav = join(dir, 'phone.wav');
    const norm = await normaliseForAsr(fixtures.find((f) => f.name === 'wav mu-law')!.file, wav);
    assert.equal(norm.narrowband, true);
    const [folded, plain] = await Promise.all([engine.transcribe(wav), new PocketsphinxEngine({ foldNarrowband: false }).transcribe(wav).catch(() => null)]);
    assert.ok(recall(folded, TEST_SENTENCE) >= 0.8, folded.text);
    assert.ok(recall(folded, TEST_SENTENCE) > (plain ? recall(plain, TEST_SENTENCE) : 0));
    assert.deepEqual(await readdir(scratch), [], 'folded copy removed');
  });

  test('parses -time output: fillers, markers and (2) variants removed, posteriors clamped', () => {
    const out = [
      'hello the world',
      '<s> 0.000 0.110 0.999',
      'hello 0.120 0.410 0.349',
      '[NOISE] 0.420 0.500 0.5',
      'the(2) 0.510 0.600 1.000200',
      '<sil> 0.610 0.700 0.3',
      'world 0.710 9.990 0.8',
      '</s> 1.000 1.100 1.0',
    ].join('\n');
    const words = parsePocketsphinxTimes(out, 1.5);
    assert.deepEqual(
      words.map((w) => w.word),
      ['hello', 'the', 'world'],
    );
    assert.equal(words[1]!.confidence, 1);
    assert.equal(words[2]!.end, 1.5);
  });

  test('abort kills the decoder promptly', async () => {
    const wav = join(dir, 'abort.wav');
    await normaliseForAsr(speech, wav);
    const ac = new AbortController();
    const started = Date.now();
    const p = engine.transcribe(wav, { signal: ac.signal });
    setImmediate(() => ac.abort());
    await assert.rejects(p, (e: unknown) => e instanceof TranscriptionError && e.code === 'asr-aborted');
    assert.ok(Date.now() - started < 2000);
  });

  test('timeout and a broken decoder give named errors', async () => {
    const wav = join(dir, 'timeout.wav');
    await normaliseForAsr(speech, wav);
    await assert.rejects(new PocketsphinxEngine({ timeoutMs: 50 }).transcribe(wav), (e: unknown) => e instanceof TranscriptionError && e.code === 'asr-timeout');
    await assert.rejects(
      new PocketsphinxEngine({ binaryPath: join(dir, 'no-such-binary') }).transcribe(wav),
      (e: unknown) => e instanceof TranscriptionError && e.code === 'asr-failed' && e.message === 'asr-failed',
    );
    await assert.rejects(
      new PocketsphinxEngine({ modelDir: join(dir, 'no-model') }).transcribe(wav),
      (e: unknown) => e instanceof TranscriptionError && e.code === 'asr-failed',
    );
  });

  test('silence: the engine reports no speech; transcribeFile returns an empty transcript', async () => {
    const zeros = join(dir, 'zeros.wav');
    await concatPcmWavs([await makeSilence(join(dir, 's1.wav'))], zeros);
    await assert.rejects(engine.transcribe(zeros), (e: unknown) => e instanceof TranscriptionError && e.code === 'asr-no-speech');
    const t = await transcribeFile(zeros, engine);
    assert.deepEqual([t.text, t.words.length], ['', 0]);
    assert.equal((JSON.parse(transcriptToJson(t)) as Transcript).engine, 'pocketsphinx');
  });

  test('leaves no temp files; JSON output shape; confidence flag', async () => {
    const t = await transcribeFile(speech, engine, { tmpDir: scratch });
    assert.deepEqual(await readdir(scratch), []);
    const json = JSON.parse(transcriptToJson(t)) as Transcript;
    assert.deepEqual(Object.keys(json), ['text', 'words', 'engine', 'durationSec']);
    assert.deepEqual(Object.keys(json.words[0]!), ['word', 'start', 'end', 'confidence']);

    assert.equal(isLowConfidence(t), false, 'clean speech');
    assert.equal(isLowConfidence({ text: '', words: [], engine: 'x', durationSec: 1 }), true, 'nothing recognised');
    // Speech played backwards: speech-like sounds, no words; whatever comes out must be flagged.
    const reversed = join(dir, 'reversed.wav');
    await sox([speech, reversed, 'reverse']);
    const poor = await transcribeFile(reversed, engine);
    assert.equal(isLowConfidence(poor), true, `reversed speech: ${poor.words.length} words`);
  });
});

async function makeSilence(path: string): Promise<string> {
  await writeFile(path, Buffer.concat([pcmWavHeader(32000, 16000, 1), Buffer.alloc(32000)]));
  return path;
}

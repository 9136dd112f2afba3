import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transcribeVoicemailAudio } from './transcribe-voicemail.ts';
import type { EngineInput, EngineTranscribeOptions, TranscriptionEngine } from '../transcription/engine.ts';
import type { Transcript } from '../transcription/transcript.ts';
import { readPcmWavLayout } from '../audio/wav.ts';
import { ffmpeg, speak } from '../audio/test-fixtures.ts';

/** Records what it was handed; hears one word. */
class RecordingEngine implements TranscriptionEngine {
  readonly name = 'recording';
  calls: { path: string; opts: EngineTranscribeOptions | undefined; rate: number | null }[] = [];
  constructor(readonly input: EngineInput | undefined) {}
  async transcribe(path: string, opts?: EngineTranscribeOptions): Promise<Transcript> {
    const rate = await readPcmWavLayout(path).then((l) => l.sampleRate, () => null);
    this.calls.push({ path, opts, rate });
    return { text: 'hello', words: [{ word: 'hello', start: 0, end: 0.5, confidence: 0.9 }], engine: this.name, durationSec: opts?.durationSec ?? 0 };
  }
}

let dir: string;
let speech: string;
let mp3: string;
let silence: string;
let n = 0;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ql-tv-test-'));
  speech = await speak(dir);
  mp3 = join(dir, 'speech.mp3');
  await ffmpeg(['-i', speech, '-c:a', 'libmp3lame', '-b:a', '32k', mp3]);
  silence = join(dir, 'silence.wav');
  await ffmpeg(['-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono', '-t', '2', '-c:a', 'pcm_s16le', silence]);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function transcribe(src: string, engine: TranscriptionEngine, maxDurationSec = 900) {
  const workDir = join(dir, `w${n++}`);
  await mkdir(workDir);
  return { workDir, result: await transcribeVoicemailAudio(src, engine, { workDir, maxDurationSec, voicemailId: 'vm1' }) };
}

describe('transcribeVoicemailAudio and the engine input', () => {
  test('a normalised-wav engine gets 16 kHz PCM made from any source', async () => {
    for (const src of [speech, mp3]) {
      const engine = new RecordingEngine(undefined);
      const { workDir, result } = await transcribe(src, engine);
      assert.equal(result.status, 'ok');
      assert.equal(engine.calls[0]!.path, join(workDir, 'normalised.wav'));
      assert.equal(engine.calls[0]!.rate, 16000);
      assert.ok(result.sourceInfo, 'what the probe found is kept for the prepare stage');
    }
  });

  test('a source engine gets the recording itself and its length', async () => {
    for (const src of [speech, mp3]) {
      const engine = new RecordingEngine('source');
      const { result } = await transcribe(src, engine);
      assert.equal(result.status, 'ok');
      assert.equal(engine.calls[0]!.path, src);
      assert.ok(engine.calls[0]!.opts?.durationSec && engine.calls[0]!.opts.durationSec > 1);
      assert.equal(result.status === 'ok' && result.truncated, false);
    }
  });

  test('a source engine is not called for silence, and gets a cut copy when over the limit', async () => {
    const engine = new RecordingEngine('source');
    const quiet = await transcribe(silence, engine);
    assert.deepEqual([quiet.result.status, quiet.result.status === 'unavailable' && quiet.result.reason], ['unavailable', 'no-speech']);
    assert.equal(engine.calls.length, 0);

    const long = await transcribe(speech, engine, 1);
    assert.equal(long.result.status === 'ok' && long.result.truncated, true);
    assert.equal(engine.calls[0]!.path, join(long.workDir, 'normalised.wav'));
    assert.equal(engine.calls[0]!.opts?.durationSec, 1);
  });
});

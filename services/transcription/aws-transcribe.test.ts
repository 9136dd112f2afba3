import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ObjectStore } from '../storage/object-store.ts';
import { pcmWavHeader } from '../audio/wav.ts';
import { AwsTranscribeEngine, type AwsTranscribeEngineOptions } from './aws-transcribe.ts';
import { TranscriptionError } from './engine.ts';
import { unlimitedPollLimiter } from './aws-poll-limiter.ts';

/** A store that records calls and holds nothing: these tests stop before any request is sent. */
function nullStore(calls: string[]): ObjectStore {
  const rec = (name: string) => () => {
    calls.push(name);
    return Promise.reject(new Error('store-not-available'));
  };
  return { put: rec('put'), putFile: rec('putFile'), putStream: rec('putStream'), get: rec('get'), getStream: rec('getStream'), head: rec('head'), list: rec('list'), delete: rec('delete'), ping: rec('ping') };
}

const base = (calls: string[]): AwsTranscribeEngineOptions => ({
  region: 'us-east-1',
  // Nothing listens here; no test below reaches the network.
  endpoint: 'http://127.0.0.1:9',
  credentials: { accessKeyId: 'AKIDUNIT', secretAccessKey: 'unit' },
  medical: false,
  bucket: 'quietline',
  store: nullStore(calls),
  pollLimiter: unlimitedPollLimiter,
});

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ql-aws-unit-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('engine names follow the medical flag', () => {
  const std = new AwsTranscribeEngine(base([]));
  const med = new AwsTranscribeEngine({ ...base([]), medical: true });
  assert.equal(std.name, 'aws-transcribe');
  assert.equal(med.name, 'aws-transcribe-medical');
  std.close();
  med.close();
});

test('configuration Transcribe would reject fails at construction', () => {
  assert.throws(() => new AwsTranscribeEngine({ ...base([]), medical: true, languageCode: 'en-GB' }), RangeError);
  assert.throws(() => new AwsTranscribeEngine({ ...base([]), outputPrefix: 'out put/' }), RangeError);
});

test('a voicemail id that cannot be part of a job name is refused before anything is uploaded', async () => {
  const calls: string[] = [];
  const e = new AwsTranscribeEngine(base(calls));
  await assert.rejects(e.transcribeVoicemail('vm/../x', join(dir, 'none.wav')), RangeError);
  await assert.rejects(e.transcribeVoicemail('', join(dir, 'none.wav')), RangeError);
  assert.deepEqual(calls, []);
  e.close();
});

test('a file that is not 16-bit mono PCM WAV is asr-failed, and nothing is uploaded', async () => {
  const calls: string[] = [];
  const e = new AwsTranscribeEngine(base(calls));
  const stereo = join(dir, 'stereo.wav');
  await writeFile(stereo, Buffer.concat([pcmWavHeader(64, 16_000, 2), Buffer.alloc(64)]));
  const junk = join(dir, 'junk.wav');
  await writeFile(junk, 'not a wav file at all');
  for (const f of [stereo, junk, join(dir, 'missing.wav')]) {
    await assert.rejects(e.transcribeVoicemail('vmunit1', f), (err: unknown) => err instanceof TranscriptionError && err.code === 'asr-failed');
    await assert.rejects(e.transcribe(f), (err: unknown) => err instanceof TranscriptionError && err.message === 'asr-failed');
  }
  assert.deepEqual(calls, []);
  e.close();
});

test('a failing store surfaces as a retryable asr-failed whose message is the code', async () => {
  const calls: string[] = [];
  const e = new AwsTranscribeEngine(base(calls));
  const wav = join(dir, 'ok.wav');
  await writeFile(wav, Buffer.concat([pcmWavHeader(3200, 16_000, 1), Buffer.alloc(3200)]));
  await assert.rejects(e.transcribeVoicemail('vmunit2', wav), (err: unknown) => {
    return err instanceof TranscriptionError && err.code === 'asr-failed' && !err.permanent && err.message === 'asr-failed';
  });
  assert.deepEqual(calls, ['putFile']);
  e.close();
});

/**
 * Contract tests of the Amazon Transcribe engines against the local Transcribe emulator
 * (test/emulators/transcribe-emulator.ts: SigV4-checked JSON 1.1, outputs written to a real
 * S3-protocol server) and, for the shared poll budget, the real Redis at 127.0.0.1:6379.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { GetTranscriptionJobCommand, TranscribeClient } from '@aws-sdk/client-transcribe';
import { startEmbeddedS3, type EmbeddedS3 } from '../services/storage/embedded-s3.ts';
import { S3Store } from '../services/storage/s3-store.ts';
import { log } from '../services/common/log.ts';
import { TranscriptionError } from '../services/transcription/engine.ts';
import { AwsTranscribeEngine, TranscribeJobFailedError, type AwsTranscribeEngineOptions } from '../services/transcription/aws-transcribe.ts';
import { LocalPollLimiter, RedisPollLimiter } from '../services/transcription/aws-poll-limiter.ts';
import { startTranscribeEmulator, type TranscribeEmulator } from './emulators/transcribe-emulator.ts';
import { speak } from './helpers/audio.ts';
import { waitFor } from './helpers/wait.ts';

const BUCKET = 'quietline';
const REGION = 'us-east-1';
const CREDS = { accessKeyId: 'AKIDQUIETLINETEST', secretAccessKey: 'quietline-emulator-test-secret' };
const SCRIPT = 'Hello, this is a test. Please call me back.';

let dir: string;
let wav: string;
let s3: EmbeddedS3;
let store: S3Store;
let emu: TranscribeEmulator;
const engines: AwsTranscribeEngine[] = [];

function engine(over: Partial<AwsTranscribeEngineOptions> = {}): AwsTranscribeEngine {
  const e = new AwsTranscribeEngine({
    region: REGION,
    endpoint: emu.endpoint,
    credentials: CREDS,
    medical: false,
    bucket: BUCKET,
    store,
    pollLimiter: new LocalPollLimiter(),
    poll: { initialMs: 15, factor: 2, maxMs: 200, jitter: 0.2, timeoutMs: 20_000 },
    ...over,
  });
  engines.push(e);
  return e;
}

/** Records what the engine hands the logger, to check that no job text reaches it. */
function captureLogs(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const levels = ['info', 'warn', 'error', 'debug'] as const;
  const saved = levels.map((l) => log[l]);
  for (const l of levels) {
    const original = log[l];
    const spy = (...args: unknown[]): void => {
      lines.push(JSON.stringify(args));
      Reflect.apply(original, log, args);
    };
    log[l] = spy;
  }
  return {
    lines,
    restore: () => levels.forEach((l, i) => (log[l] = saved[i]!)),
  };
}

const vmId = () => `vm${randomUUID().replaceAll('-', '').slice(0, 20)}`;
const inputKey = (id: string) => `voicemails/${id}/transcribe-input.wav`;
const outputKey = (id: string) => `transcribe-output/ql-${id}.json`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ql-aws-transcribe-'));
  s3 = await startEmbeddedS3({ dir: join(dir, 's3'), port: 0, bucket: BUCKET });
  store = new S3Store({ bucket: BUCKET, region: REGION, endpoint: s3.endpoint, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  emu = await startTranscribeEmulator({ store, bucket: BUCKET, credentials: CREDS, region: REGION });
  wav = join(dir, 'speech.wav');
  await writeFile(wav, speak('Please call me back.'));
});

after(async () => {
  for (const e of engines) e.close();
  await emu.close();
  store.destroy();
  await s3.close();
  await rm(dir, { recursive: true, force: true });
});

describe('aws-transcribe against the emulator', () => {
  test('happy path: words and timings parsed, output and input objects deleted', async () => {
    const id = vmId();
    emu.scriptJob(`ql-${id}`, { transcript: SCRIPT, inProgressPolls: 1 });
    const t = await engine().transcribeVoicemail(id, wav);

    assert.equal(t.engine, 'aws-transcribe');
    assert.equal(t.text, SCRIPT);
    assert.deepEqual(t.words.map((w) => w.word), ['Hello', 'this', 'is', 'a', 'test', 'Please', 'call', 'me', 'back']);
    assert.ok(t.durationSec > 0.5 && t.durationSec < 10);
    for (const [i, w] of t.words.entries()) {
      assert.ok(w.start < w.end && w.end <= t.durationSec, `word ${i} lies inside the audio`);
      if (i > 0) assert.ok(w.start >= t.words[i - 1]!.end);
      assert.ok(w.confidence > 0.8 && w.confidence <= 1);
    }

    const job = emu.job(`ql-${id}`)!;
    assert.equal(job.request.LanguageCode, 'en-US');
    assert.equal(job.request.MediaFormat, 'wav');
    assert.equal(job.request.MediaSampleRateHertz, 16_000);
    assert.deepEqual(job.request.Media, { MediaFileUri: `s3://${BUCKET}/${inputKey(id)}` });
    assert.equal(job.request.OutputBucketName, BUCKET);
    assert.equal(job.request.OutputKey, outputKey(id));
    assert.equal(await store.get(outputKey(id)), null, 'output object deleted');
    assert.equal(await store.get(inputKey(id)), null, 'uploaded input deleted');
  });

  test('medical: StartMedicalTranscriptionJob with specialty, type and vocabulary; engine name says medical', async () => {
    const id = vmId();
    emu.scriptJob(`ql-${id}`, { transcript: 'Refill my metformin, please.' });
    const t = await engine({ medical: true, medicalType: 'DICTATION', vocabularyName: 'ql-meds' }).transcribeVoicemail(id, wav);
    assert.equal(t.engine, 'aws-transcribe-medical');
    assert.equal(t.text, 'Refill my metformin, please.');
    const job = emu.job(`ql-${id}`, true)!;
    assert.equal(job.request.Specialty, 'PRIMARYCARE');
    assert.equal(job.request.Type, 'DICTATION');
    assert.deepEqual(job.request.Settings, { VocabularyName: 'ql-meds' });
    assert.equal(emu.job(`ql-${id}`, false), undefined, 'no standard job was started');
    assert.ok(emu.pollTimes(`ql-${id}`).length >= 1);
    assert.ok(emu.requests.some((r) => r.operation === 'GetMedicalTranscriptionJob' && r.jobName === `ql-${id}`));
    assert.equal(await store.get(inputKey(id)), null);
  });

  test('the engine interface names the job after a hash of the WAV, so the same file maps to the same job', async () => {
    emu.script({ transcript: 'Call me.' });
    try {
      const e = engine();
      const a = await e.transcribe(wav);
      const b = await e.transcribe(wav);
      assert.equal(a.text, 'Call me.');
      assert.deepEqual(b, a);
      const names = [...new Set(emu.requests.filter((r) => r.operation === 'StartTranscriptionJob' && r.jobName?.startsWith('ql-wav-')).map((r) => r.jobName!))];
      assert.equal(names.length, 1);
      assert.match(names[0]!, /^ql-wav-[0-9a-f]{40}$/);
      // The second run found the first job and, its output consumed, ran it again under the same name.
      assert.equal(emu.jobsCreated(names[0]!), 2);
    } finally {
      emu.script({});
    }
  });

  test('a retry with the same voicemail id polls the existing job instead of starting a second one', async () => {
    const id = vmId();
    const name = `ql-${id}`;
    emu.scriptJob(name, { transcript: SCRIPT, inProgressPolls: 4 });
    const e = engine();

    // First attempt dies mid-way (worker shutdown) after the job is running.
    const ac = new AbortController();
    const first = e.transcribeVoicemail(id, wav, { signal: ac.signal });
    await waitFor('first poll', 5_000, () => (emu.pollTimes(name).length >= 1 ? true : null), 5);
    ac.abort();
    await assert.rejects(first, (err: unknown) => err instanceof TranscriptionError && err.code === 'asr-aborted' && !err.permanent);

    const t = await e.transcribeVoicemail(id, wav);
    assert.equal(t.text, SCRIPT);
    assert.equal(emu.jobsCreated(name), 1, 'one job only');
    assert.equal(emu.startCalls(name), 2, 'the retry asked, and was told the job exists');
    const starts = emu.requests.filter((r) => r.operation === 'StartTranscriptionJob' && r.jobName === name);
    assert.deepEqual(starts.map((r) => r.errorType ?? 'ok'), ['ok', 'ConflictException']);
  });

  test('a retry after the output was consumed deletes the finished job and runs it once more', async () => {
    const id = vmId();
    const name = `ql-${id}`;
    emu.scriptJob(name, { transcript: SCRIPT });
    const e = engine();
    const a = await e.transcribeVoicemail(id, wav);
    const b = await e.transcribeVoicemail(id, wav);
    assert.deepEqual(b, a);
    assert.equal(emu.jobsCreated(name), 2);
    assert.equal(emu.requests.filter((r) => r.operation === 'DeleteTranscriptionJob' && r.jobName === name).length, 1);
    assert.equal(await store.get(outputKey(id)), null);
  });

  test('FAILED is a permanent asr-failed whose message and fields carry no FailureReason text', async () => {
    const id = vmId();
    const marker = 'Mrs Jane Doe DOB 1961';
    emu.scriptJob(`ql-${id}`, { transcript: SCRIPT, inProgressPolls: 1, fail: true, failureReason: `Audio says ${marker}` });
    const logged = captureLogs();
    const err = await engine()
      .transcribeVoicemail(id, wav)
      .then(
        () => assert.fail('expected a failure'),
        (e: unknown) => e,
      )
      .finally(logged.restore);
    assert.ok(logged.lines.some((l) => l.includes('asr-failed')), 'the failure is logged by code');
    assert.ok(!logged.lines.some((l) => l.includes('Jane') || l.includes('1961') || l.includes('Audio says')));
    assert.ok(err instanceof TranscribeJobFailedError);
    assert.ok(err instanceof TranscriptionError);
    assert.equal(err.code, 'asr-failed');
    assert.equal(err.permanent, true);
    assert.equal(err.message, 'asr-failed');
    const everything = `${String(err)} ${err.stack} ${JSON.stringify(err)} ${JSON.stringify(Object.entries(err))}`;
    assert.ok(!everything.includes('Jane') && !everything.includes('1961'));
    assert.equal(emu.job(`ql-${id}`)!.status, 'FAILED');
    assert.equal(await store.get(inputKey(id)), null, 'input removed once the job is final');
  });

  test('throttling: ThrottlingException on Start and Get backs off, then succeeds', async () => {
    const id = vmId();
    const name = `ql-${id}`;
    emu.scriptJob(name, { transcript: SCRIPT });
    emu.throttle('StartTranscriptionJob', 1);
    emu.throttle('GetTranscriptionJob', 3);
    const t = await engine().transcribeVoicemail(id, wav);
    assert.equal(t.text, SCRIPT);
    const mine = emu.requests.filter((r) => r.jobName === name);
    assert.deepEqual(
      mine.map((r) => `${r.operation}:${r.errorType ?? r.status}`),
      [
        'StartTranscriptionJob:ThrottlingException',
        'StartTranscriptionJob:200',
        'GetTranscriptionJob:ThrottlingException',
        'GetTranscriptionJob:ThrottlingException',
        'GetTranscriptionJob:ThrottlingException',
        'GetTranscriptionJob:200',
      ],
    );
    const throttled = mine.filter((r) => r.operation === 'GetTranscriptionJob').map((r) => r.at);
    const gaps = throttled.slice(1).map((t, i) => t - throttled[i]!);
    assert.ok(gaps[2]! > gaps[0]!, `waits after throttling grow: ${gaps.join(', ')} ms`);
    assert.equal(emu.jobsCreated(name), 1);
  });

  test('LimitExceededException is backed off the same way', async () => {
    const id = vmId();
    const name = `ql-${id}`;
    emu.scriptJob(name, { transcript: 'Yes.' });
    emu.throttle('GetTranscriptionJob', 2, 'LimitExceededException');
    const t = await engine().transcribeVoicemail(id, wav);
    assert.equal(t.text, 'Yes.');
    const gets = emu.requests.filter((r) => r.jobName === name && r.operation === 'GetTranscriptionJob');
    assert.deepEqual(gets.map((r) => r.errorType ?? 'ok'), ['LimitExceededException', 'LimitExceededException', 'ok']);
  });

  test('slow completion: IN_PROGRESS polls come at growing intervals until COMPLETED', async () => {
    const id = vmId();
    const name = `ql-${id}`;
    emu.scriptJob(name, { transcript: SCRIPT, inProgressPolls: 5 });
    const t = await engine({ poll: { initialMs: 20, factor: 2, maxMs: 1_000, jitter: 0.2, timeoutMs: 20_000 } }).transcribeVoicemail(id, wav);
    assert.equal(t.words.length, 9);
    const times = emu.pollTimes(name);
    assert.equal(times.length, 6);
    const gaps = times.slice(1).map((x, i) => x - times[i]!);
    for (let i = 1; i < gaps.length; i++) assert.ok(gaps[i]! > gaps[i - 1]!, `poll intervals grow: ${gaps.join(', ')} ms`);
    assert.ok(gaps.at(-1)! > 4 * gaps[0]!);
  });

  test('a job that never finishes ends in asr-timeout (retryable) and leaves the input for the running job', async () => {
    const id = vmId();
    emu.scriptJob(`ql-${id}`, { transcript: SCRIPT, inProgressPolls: 1_000 });
    await assert.rejects(
      engine({ poll: { initialMs: 20, factor: 2, maxMs: 100, jitter: 0.2, timeoutMs: 400 } }).transcribeVoicemail(id, wav),
      (err: unknown) => err instanceof TranscriptionError && err.code === 'asr-timeout' && !err.permanent,
    );
    assert.ok(emu.pollTimes(`ql-${id}`).length >= 2);
    assert.notEqual(await store.head(inputKey(id)), null);
    await store.delete(inputKey(id));
  });

  test('a poll budget that never frees up ends in asr-timeout instead of waiting forever', async () => {
    const id = vmId();
    emu.scriptJob(`ql-${id}`, { transcript: SCRIPT });
    const stuck = {
      acquire: (signal?: AbortSignal) => new Promise<void>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason as Error))),
    };
    const started = Date.now();
    await assert.rejects(
      engine({ pollLimiter: stuck, poll: { initialMs: 10, factor: 2, maxMs: 50, jitter: 0.2, timeoutMs: 300 } }).transcribeVoicemail(id, wav),
      (err: unknown) => err instanceof TranscriptionError && err.code === 'asr-timeout',
    );
    assert.ok(Date.now() - started < 5_000);
    assert.deepEqual(emu.pollTimes(`ql-${id}`), [], 'no poll went out without a grant');
    await store.delete(inputKey(id));
  });
});

describe('SigV4 verification in the emulator', () => {
  test('a client signing with the wrong secret is rejected with 403 InvalidSignatureException', async () => {
    const client = new TranscribeClient({ region: REGION, endpoint: emu.endpoint, credentials: { ...CREDS, secretAccessKey: 'not-the-secret' }, maxAttempts: 1 });
    try {
      const before = emu.signatureFailures;
      await assert.rejects(client.send(new GetTranscriptionJobCommand({ TranscriptionJobName: 'ql-any' })), (err: unknown) => {
        const e = err as { name: string; $metadata: { httpStatusCode: number } };
        return e.name === 'InvalidSignatureException' && e.$metadata.httpStatusCode === 403;
      });
      assert.equal(emu.signatureFailures, before + 1);
    } finally {
      client.destroy();
    }
  });

  test('the engine with a wrong secret fails with a retryable asr-failed and starts no job', async () => {
    const id = vmId();
    const before = emu.signatureFailures;
    await assert.rejects(
      engine({ credentials: { ...CREDS, secretAccessKey: 'wrong' } }).transcribeVoicemail(id, wav),
      (err: unknown) => err instanceof TranscriptionError && err.code === 'asr-failed' && !err.permanent,
    );
    assert.equal(emu.signatureFailures, before + 1);
    assert.equal(emu.jobsCreated(`ql-${id}`), 0);
    await store.delete(inputKey(id));
  });

  test('an unknown access key is rejected; a correctly signed request replays, a tampered body does not', async () => {
    const client = new TranscribeClient({ region: REGION, endpoint: emu.endpoint, credentials: { ...CREDS, accessKeyId: 'AKIDSOMEONEELSE' }, maxAttempts: 1 });
    try {
      await assert.rejects(client.send(new GetTranscriptionJobCommand({ TranscriptionJobName: 'ql-any' })), { name: 'UnrecognizedClientException' });
    } finally {
      client.destroy();
    }

    const good = new TranscribeClient({ region: REGION, endpoint: emu.endpoint, credentials: CREDS, maxAttempts: 1 });
    try {
      await assert.rejects(good.send(new GetTranscriptionJobCommand({ TranscriptionJobName: 'ql-nosuchjob' })), { name: 'NotFoundException' });
    } finally {
      good.destroy();
    }
    const signed = emu.lastSignedRequest!;
    assert.match(signed.headers.authorization!, /^AWS4-HMAC-SHA256 Credential=AKIDQUIETLINETEST\//);
    const headers = { ...signed.headers };
    delete headers['content-length'];
    delete headers.connection;

    const replay = await fetch(emu.endpoint, { method: 'POST', headers, body: signed.body });
    assert.equal(replay.status, 400);
    assert.equal(((await replay.json()) as { __type: string }).__type, 'NotFoundException');

    const tampered = await fetch(emu.endpoint, { method: 'POST', headers, body: signed.body.replace('nosuchjob', 'otherjob1') });
    assert.equal(tampered.status, 403);
    assert.equal(((await tampered.json()) as { __type: string }).__type, 'InvalidSignatureException');

    const otherTarget = await fetch(emu.endpoint, { method: 'POST', headers: { ...headers, 'x-amz-target': 'Transcribe.DeleteTranscriptionJob' }, body: signed.body });
    assert.equal(otherTarget.status, 403);
  });
});

describe('poll budget shared through Redis', () => {
  let redis: Redis[] = [];
  const prefix = `qltest-${randomUUID().slice(0, 8)}:transcribe-get:`;

  after(async () => {
    const r = redis[0];
    if (r) {
      const keys = await r.keys(`${prefix}*`);
      if (keys.length) await r.del(...keys);
      assert.deepEqual(await r.keys(`${prefix}*`), []);
    }
    await Promise.all(redis.map((c) => c.quit()));
    redis = [];
  });

  test('N concurrent engines sharing one Redis never exceed the per-second Get budget', async () => {
    const workers = 5;
    const perSecond = 6;
    const polls = 4;
    const ids = Array.from({ length: workers }, () => vmId());
    for (const id of ids) emu.scriptJob(`ql-${id}`, { transcript: SCRIPT, inProgressPolls: polls });
    const es = ids.map(() => {
      // One connection per engine, as separate worker processes would have.
      const conn = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: false, maxRetriesPerRequest: 3 });
      redis.push(conn);
      return engine({
        pollLimiter: new RedisPollLimiter({ redis: conn, keyPrefix: prefix, perSecond }),
        // Each engine alone would poll far faster than the budget allows.
        poll: { initialMs: 5, factor: 1.2, maxMs: 20, jitter: 0.2, timeoutMs: 30_000 },
      });
    });
    const started = Date.now();
    const results = await Promise.all(es.map((e, i) => e.transcribeVoicemail(ids[i]!, wav)));
    assert.ok(results.every((t) => t.text === SCRIPT));

    const names = new Set(ids.map((id) => `ql-${id}`));
    const gets = emu.requests.filter((r) => r.operation === 'GetTranscriptionJob' && names.has(r.jobName!) && r.at >= started);
    assert.equal(gets.length, workers * (polls + 1));
    const perSec = new Map<number, number>();
    for (const r of gets) perSec.set(Math.floor(r.at / 1000), (perSec.get(Math.floor(r.at / 1000)) ?? 0) + 1);
    const counts = [...perSec.values()];
    assert.ok(Math.max(...counts) <= perSecond, `Gets per second at the emulator: ${counts.join(', ')}`);
    // The budget was the bottleneck, not idle engines: some second used all of it.
    assert.ok(counts.includes(perSecond), `Gets per second at the emulator: ${counts.join(', ')}`);
  });
});

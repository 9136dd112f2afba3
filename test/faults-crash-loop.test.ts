/**
 * Every voicemail reaches its staff, even one that kills its worker every time, and even when its audio
 * cannot be prepared. Real worker processes (quietline start --role worker), real Redis, S3, SMTP, GnuPG.
 *
 * - A recogniser that takes its worker down on every run (here: a pocketsphinx_continuous on PATH that
 *   SIGKILLs its parent, as the OOM killer would): two workers die, the third run of the transcribe
 *   stage skips recognition (workers/crash-guard.ts) and the voicemail goes out, audio attached,
 *   "transcript unavailable".
 * - Audio preparation that fails with a passing error on every attempt (no ffprobe on the worker's
 *   PATH): the last attempt sends the masked transcript without audio, with a note naming the voicemail.
 * - Audio preparation that kills its worker every time (an ffprobe that SIGKILLs its parent): the third
 *   run of the prepare stage leaves the audio out and sends the masked transcript.
 * Children run with WORKER_LOCK_DURATION_MS=4000 and WORKER_STALLED_INTERVAL_MS=1000 (faults-stack.ts),
 * so a dead worker's job is taken over within seconds.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAILBOX, PRACTICE, startFaultStack, type FaultStack } from './helpers/faults-stack.ts';
import { canaryCaller, messageIdOf, phiSweep, type Canaries } from './helpers/faults-phi.ts';
import { decryptedMail, restartUntilDone, workerKillingTools, type CrashLoopRun } from './helpers/crash-loop.ts';
import { speak } from './helpers/audio.ts';
import { CANARY, canarySentence } from './helpers/canaries.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import type { TranscriptResult } from '../services/voicemail/record.ts';
import { readIntakeIssues } from '../services/dashboard/activity.ts';
import { KEEP_AFTER_FAILURE_DAYS, type DoneMarker } from '../services/voicemail/retention.ts';
import { jobIds } from '../workers/queues.ts';
import { voicemailMessageId } from '../services/mail/pgp-mime.ts';
import { audioMissingNote } from '../services/mail/compose-voicemail.ts';
import { CRASHED_RUNS_LIMIT, redisCrashGuard, startsKey } from '../workers/crash-guard.ts';

const canaries: Canaries = { caller: canaryCaller(), words: ['folder', 'reception'] };
const SENTENCE = canarySentence('about the blue folder I left at reception');

/** The recording as Ogg Opus: not a plain WAV, so preparing its email audio needs ffprobe. */
function oggOf(wav: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'ql-ogg-'));
  try {
    const [src, out] = [join(dir, 'in.wav'), join(dir, 'out.ogg')];
    writeFileSync(src, wav);
    const r = spawnSync('ffmpeg', ['-v', 'error', '-i', src, '-c:a', 'libopus', '-b:a', '24k', out]);
    if (r.status !== 0) throw new Error('ffmpeg failed');
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the recogniser would have made of canarySentence(): the words, a quarter second each. */
function transcriptOf(sentence: string): TranscriptResult {
  const words = sentence.toLowerCase().split(/\s+/).map((word, i) => ({ word, start: i * 0.25, end: i * 0.25 + 0.2, confidence: 0.9 }));
  return {
    status: 'ok',
    transcript: { text: words.map((w) => w.word).join(' '), words, engine: 'pocketsphinx', durationSec: words.length * 0.25 },
    truncated: false,
    lowConfidence: false,
    sourceSampleRate: 16_000,
  };
}

describe('crash loops and failing audio still reach staff', () => {
  let stack: FaultStack;
  let toolsRoot: string;

  before(async () => {
    // safe-harbor masks names and phone numbers: the emails show whether masking survived the fallbacks.
    stack = await startFaultStack({ policy: 'safe-harbor' });
    toolsRoot = join(stack.root, 'tools');
  });
  after(async () => {
    await stack?.close();
  });

  /** Submits a recording, runs the intake scan and returns the new voicemail's id. */
  async function submitOne(audio: Buffer): Promise<string> {
    const before = new Set(await stack.voicemailIds());
    await stack.submit(audio, { caller: canaries.caller });
    const added = (await stack.ingest()).filter((id) => !before.has(id));
    assert.equal(added.length, 1, 'one new voicemail');
    return added[0]!;
  }

  async function mailsFor(vm: string) {
    const out = [];
    for (const r of stack.recipients) {
      const accepted = stack.smtp.acceptedFor(r.email).filter((t) => messageIdOf(t.raw) === voicemailMessageId(vm, r.id, 'clinic.test'));
      out.push({ recipient: r, accepted, decrypted: await Promise.all(accepted.map((t) => decryptedMail(stack, t.raw))) });
    }
    return out;
  }

  /** The recording is kept long enough for IT to hand it over: as for a failed recipient. */
  async function assertKeptForIt(vm: string): Promise<void> {
    const done = JSON.parse((await stack.ctx.store.get(keys.done(vm)))!.toString('utf8')) as DoneMarker;
    assert.ok(done.purgeAfter, 'not purged at completion (keepDays is 0 here)');
    const keptMs = new Date(done.purgeAfter).getTime() - new Date(done.completedAt).getTime();
    assert.ok(keptMs >= KEEP_AFTER_FAILURE_DAYS * 86_400_000, `kept ${KEEP_AFTER_FAILURE_DAYS} days`);
    assert.ok(await stack.ctx.store.head(keys.source(vm)), 'the sealed recording is still there');
  }

  it('the crash guard counts runs that never finished, per stage and voicemail, in a PHI-free key', async () => {
    const guard = redisCrashGuard(stack.ctx.redis, stack.prefix);
    const key = startsKey(stack.prefix, 'transcribe', 'vm-guard-check');
    assert.equal(key, `${stack.prefix}:starts:transcribe:vm-guard-check`);
    // A run that ends (here: throws) is not a crash.
    const ended = await guard.start('transcribe', 'vm-guard-check');
    await ended.finished();
    assert.equal(await stack.ctx.redis.exists(key), 0);
    const runs = [];
    for (let i = 0; i <= CRASHED_RUNS_LIMIT; i++) runs.push(await guard.start('transcribe', 'vm-guard-check'));
    assert.deepEqual(runs.map((r) => [r.crashedRuns, r.crashLooping]), [[0, false], [1, false], [2, true]]);
    assert.ok((await stack.ctx.redis.pttl(key)) > 0, 'the count expires');
    assert.equal((await guard.start('prepare', 'vm-guard-check')).crashedRuns, 0, 'stages are counted apart');
    await runs[2]!.completed();
    assert.equal(await stack.ctx.redis.exists(key), 0, 'a stage that stored its result clears the count');
    await stack.ctx.redis.del(startsKey(stack.prefix, 'prepare', 'vm-guard-check'));
  });

  it('runs a shutting-down process leaves behind on purpose are not counted as crashes', async () => {
    const guard = redisCrashGuard(stack.ctx.redis, stack.prefix);
    const key = startsKey(stack.prefix, 'transcribe', 'vm-guard-release');
    const dying = redisCrashGuard(stack.ctx.redis, stack.prefix);
    await dying.start('transcribe', 'vm-guard-release'); // another process's run that really died
    const abandoned = await guard.start('transcribe', 'vm-guard-release');
    await guard.releaseRunning();
    assert.equal(await stack.ctx.redis.get(key), '1', 'only the dead run is still counted');
    await abandoned.finished(); // the abandoned job ending later must not undo the dead run's count
    assert.equal(await stack.ctx.redis.get(key), '1');
    assert.equal((await guard.start('transcribe', 'vm-guard-release')).crashedRuns, 1);
    await stack.ctx.redis.del(key);
  });

  describe('a recording whose recognition kills the worker every time', () => {
    let vm: string;
    let run: CrashLoopRun;
    before(async () => {
      const tools = await workerKillingTools(join(toolsRoot, 'asr-kill'), ['pocketsphinx_continuous']);
      vm = await submitOne(speak(SENTENCE));
      run = await restartUntilDone(stack, vm, { PATH: `${tools}:${process.env.PATH ?? '/usr/bin:/bin'}` }, 'asr-crash');
      await stack.stopWorkers();
    });

    it('two workers died in recognition; the third run skipped it and reported "asr-crashed"', async () => {
      assert.equal(run.died.length, CRASHED_RUNS_LIMIT, 'as many deaths as the guard allows');
      for (const w of run.died) assert.equal((await w.exited).signal, 'SIGKILL');
      const job = await stack.ctx.queues.transcribe.getJob(jobIds.transcribe(vm));
      assert.equal(await job?.getState(), 'completed');
      assert.deepEqual(job?.returnvalue, { voicemailId: vm, status: 'unavailable', reason: 'asr-crashed' });
      assert.equal(stack.processes.flatMap((p) => p.logLines()).filter((l) => l.reason === 'stalled-too-often').length, 0, 'BullMQ did not fail it for stalling');
    });

    it('each recipient gets exactly one encrypted, signed email: transcript unavailable, with a plain note and the audio', async () => {
      for (const { recipient, accepted, decrypted } of await mailsFor(vm)) {
        assert.equal(accepted.length, 1, `${recipient.id}: exactly one email`);
        const { mail, text, validSig } = decrypted[0]!;
        assert.ok(validSig, 'signed by the service');
        assert.match(text, /transcript unavailable/i);
        assert.ok(text.includes('Our transcription system could not process this recording, so there is no transcript.'), 'the note for staff');
        const audio = mail.attachments.find((a) => a.contentType.startsWith('audio/'));
        assert.ok(audio && audio.content.length > 10_000, 'the recording is attached');
      }
    });

    it('shows on the dashboard as an intake issue and leaves no run count behind', async () => {
      const issues = await readIntakeIssues(stack.ctx.redis, stack.prefix);
      assert.ok(issues.some((i) => i.subjectId === vm && i.reason === 'asr-crashed' && i.outcome === 'delivered-with-note'));
      assert.deepEqual(await stack.ctx.redis.keys(`${stack.prefix}:starts:*`), []);
    });
  });

  describe('audio preparation that fails on every attempt', () => {
    let vm: string;
    let run: CrashLoopRun;
    before(async () => {
      vm = await submitOne(oggOf(speak(SENTENCE)));
      // Recognition is not what this test is about: its result is stored as the stage would store it.
      await stack.ctx.sealed.putJson(keys.transcript(vm), transcriptOf(SENTENCE));
      // Two attempts instead of five, with a short backoff: the same last-attempt path, in a second.
      await stack.ctx.queues.prepare.add('prepare', { voicemailId: vm, practiceId: PRACTICE, mailboxId: MAILBOX }, { jobId: jobIds.prepare(vm), attempts: 2, backoff: { type: 'fixed', delay: 200 } });
      // No ffmpeg or ffprobe on PATH: each try fails with a passing error (audio-tool-failed).
      const empty = join(toolsRoot, 'empty');
      await mkdir(empty, { recursive: true });
      run = await restartUntilDone(stack, vm, { PATH: empty }, 'no-audio-tools', 1);
      await stack.stopWorkers();
    });

    it('the first attempt failed and was retried; the last one sent without audio', async () => {
      assert.equal(run.died.length, 0);
      const job = await stack.ctx.queues.prepare.getJob(jobIds.prepare(vm));
      assert.equal(await job?.getState(), 'completed');
      assert.equal(job?.attemptsMade, 2, 'both attempts used: the first failed, the last sent');
      assert.ok(run.survivor.logLines().some((l) => l.msg === 'audio could not be prepared on the last attempt; sending without it' && l.voicemailId === vm && l.reason === 'audio-tool-failed'));
    });

    it('each recipient gets exactly one email: the masked transcript, no audio, a note naming the voicemail', async () => {
      for (const { recipient, accepted, decrypted } of await mailsFor(vm)) {
        assert.equal(accepted.length, 1, `${recipient.id}: exactly one email`);
        const { mail, text, validSig } = decrypted[0]!;
        assert.ok(validSig);
        assert.equal(mail.attachments.filter((a) => a.contentType.startsWith('audio/') || a.contentType === 'application/octet-stream').length, 0, 'no audio attached');
        assert.ok(text.includes(audioMissingNote(vm)), 'the note says the recording is not attached and what to quote to IT');
        assert.match(text, /blue folder i left at reception/i, 'the transcript is there');
        assert.doesNotMatch(text, new RegExp(CANARY.caller.last, 'i'), 'the name is masked per policy');
        assert.doesNotMatch(text, /transcript unavailable/i);
      }
      const issues = await readIntakeIssues(stack.ctx.redis, stack.prefix);
      assert.ok(issues.some((i) => i.subjectId === vm && i.reason === 'audio-prepare-failed' && i.outcome === 'delivered-with-note'));
      await assertKeptForIt(vm);
    });
  });

  describe('audio preparation that kills the worker every time', () => {
    let vm: string;
    let run: CrashLoopRun;
    before(async () => {
      const tools = await workerKillingTools(join(toolsRoot, 'probe-kill'), ['ffprobe']);
      vm = await submitOne(oggOf(speak(SENTENCE)));
      await stack.ctx.sealed.putJson(keys.transcript(vm), transcriptOf(SENTENCE));
      run = await restartUntilDone(stack, vm, { PATH: `${tools}:${process.env.PATH ?? '/usr/bin:/bin'}` }, 'prepare-crash');
      await stack.stopWorkers();
    });

    it('two workers died preparing audio; the third run left it out and sent the masked transcript once per recipient', async () => {
      assert.equal(run.died.length, CRASHED_RUNS_LIMIT);
      for (const w of run.died) assert.equal((await w.exited).signal, 'SIGKILL');
      for (const { recipient, accepted, decrypted } of await mailsFor(vm)) {
        assert.equal(accepted.length, 1, `${recipient.id}: exactly one email`);
        const { mail, text } = decrypted[0]!;
        assert.equal(mail.attachments.filter((a) => a.contentType.startsWith('audio/') || a.contentType === 'application/octet-stream').length, 0, 'no audio attached');
        assert.ok(text.includes(audioMissingNote(vm)), 'the note says the recording is not attached and what to quote to IT');
        assert.match(text, /blue folder i left at reception/i);
        assert.doesNotMatch(text, new RegExp(CANARY.caller.last, 'i'));
      }
      const issues = await readIntakeIssues(stack.ctx.redis, stack.prefix);
      assert.ok(issues.some((i) => i.subjectId === vm && i.reason === 'prepare-crashed'));
      await assertKeptForIt(vm);
      assert.deepEqual(await stack.ctx.redis.keys(`${stack.prefix}:starts:*`), []);
    });
  });

  it('safety net: a job BullMQ fails for stalling too often is logged with ids and a reason code', async () => {
    const id = jobIds.transcribe('vmstalledcheck');
    await stack.ctx.queues.transcribe.add('transcribe', { voicemailId: 'vmstalledcheck', practiceId: PRACTICE, mailboxId: MAILBOX }, { jobId: id });
    // What BullMQ's stalled checker (moveStalledJobsToWait) writes once a job passed maxStalledCount: the
    // next worker to take the job fails it without running the processor. Written here instead of
    // killing eleven workers in a row.
    await stack.ctx.redis.hset(`${stack.prefix}:transcribe:${id}`, 'defa', 'job stalled more than allowable limit');
    const w = await stack.spawnWorker({}, 'stall-limit');
    const line = await w.waitForLog('job failed: its workers died too often', 30_000);
    assert.deepEqual(
      Object.fromEntries(Object.entries(line).filter(([k]) => !['level', 'time', 'svc', 'pid', 'hostname'].includes(k))),
      { queue: 'transcribe', jobId: id, voicemailId: 'vmstalledcheck', reason: 'stalled-too-often', stalledCount: 0, msg: 'job failed: its workers died too often' },
    );
    assert.equal(await (await stack.ctx.queues.transcribe.getJob(id))?.getState(), 'failed');
    await stack.stopWorkers();
  });

  it('leaves no PHI in Redis, logs, unsealed S3 objects, outer email headers or temp dirs', async () => {
    assert.deepEqual(await stack.stopWorkers(), []);
    assert.deepEqual(await phiSweep(stack, canaries), []);
  });
});

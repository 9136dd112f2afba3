/**
 * Issue 7, worker crashes: a worker process is SIGKILLed while it transcribes (PocketSphinx running,
 * nothing stored yet), a second one takes the stalled job over and is SIGKILLed in turn while it
 * delivers (the message sent, the relay's final reply held back), and a third finishes the voicemail.
 * Each recipient gets exactly one email, and the crashed processes' work dirs do not outlive them.
 * Takeover happens within seconds because the children run with WORKER_LOCK_DURATION_MS=4000 and
 * WORKER_STALLED_INTERVAL_MS=1000.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startFaultStack, type FaultStack } from './helpers/faults-stack.ts';
import { canaryCaller, decryptedText, messageIdOf, phiSweep, type Canaries } from './helpers/faults-phi.ts';
import type { QuietlineProcess } from './helpers/faults-worker.ts';
import { speak } from './helpers/audio.ts';
import { waitFor } from './helpers/wait.ts';
import { canarySentence } from './helpers/canaries.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { voicemailMessageId } from '../services/mail/pgp-mime.ts';

const canaries: Canaries = { caller: canaryCaller(), words: ['appointment', 'tuesday', 'office'] };
// Speaks the suite's canary name and call-back number too (test/helpers/canaries.ts).
const SENTENCE = canarySentence('about my appointment on Tuesday at the office');

describe('worker processes killed mid-transcription and mid-delivery', () => {
  let stack: FaultStack;
  let vm: string;
  const workers: QuietlineProcess[] = [];
  let transcriptBeforeKill: unknown;
  let workDirsAtKill: string[] = [];
  let workDirsAfterRestart: string[] = [];
  let transcribeStateAtKill = '';
  let w1Root = '';

  before(async () => {
    stack = await startFaultStack();
    // Every final reply is held until the test lets it go, so delivery is observably in flight.
    stack.smtp.dataRule = () => 'hold';
    workers.push(await stack.spawnWorker({}, 'worker-1'));
    await stack.submit(speak(SENTENCE), { caller: canaries.caller });
    [vm] = (await stack.ingest()) as [string];

    // Mid-transcription: inside worker-1's scratch dir the transcribe work dir holds the normalised
    // audio, i.e. ffmpeg has run or is running and PocketSphinx comes next.
    const w1Scratch = async () => {
      const root = (await readdir(stack.tmp)).find((d) => d.startsWith(`ql-proc-${workers[0]!.pid}@`));
      return root ? { root, inside: await readdir(join(stack.tmp, root)).catch(() => [] as string[]) } : null;
    };
    await waitFor('worker-1 to be transcribing', 30_000, async () => {
      const s = await w1Scratch();
      const tr = s?.inside.find((d) => d.startsWith('ql-tr-'));
      if (!s || !tr) return null;
      return (await readdir(join(stack.tmp, s.root, tr)).catch(() => [] as string[])).includes('normalised.wav') ? true : null;
    }, 20);
    await workers[0]!.crash();
    transcribeStateAtKill = (await (await stack.ctx.queues.transcribe.getJob(stack.transcribeJobId(vm)))?.getState()) ?? 'missing';
    transcriptBeforeKill = await stack.ctx.store.head(keys.transcript(vm));
    const atKill = await w1Scratch();
    workDirsAtKill = atKill ? atKill.inside : [];
    w1Root = atKill?.root ?? '';

    workers.push(await stack.spawnWorker({}, 'worker-2'));
    workDirsAfterRestart = (await readdir(stack.tmp)).filter((d) => d.startsWith('ql-'));
    // Mid-delivery: both messages transferred, the relay has not answered yet.
    await stack.smtp.waitForPending(2, 45_000);
    await workers[1]!.crash();
    await waitFor('the relay to see both connections drop', 5_000, () => (stack.smtp.transfers.filter((t) => t.state === 'dropped').length === 2 ? true : null));

    stack.smtp.dataRule = () => 'accept';
    workers.push(await stack.spawnWorker({}, 'worker-3'));
    await stack.waitForDone([vm], 45_000);
  });
  after(async () => {
    await stack?.close();
  });

  it('killed the first worker mid-transcription; the next worker removed the work dirs it left', () => {
    assert.equal(transcribeStateAtKill, 'active', 'the transcribe job was active when the worker died');
    assert.equal(transcriptBeforeKill, null, 'no transcript stored before the kill');
    assert.ok(workDirsAtKill.some((d) => d.startsWith('ql-tr-')), 'a crashed worker cannot remove its work dirs (decrypted audio)');
    assert.ok(w1Root !== '' && !workDirsAfterRestart.includes(w1Root), 'the next worker to start removed the dead one\'s scratch dir');
  });

  it('completes the voicemail with another worker: exactly one email per recipient', async () => {
    for (const r of stack.recipients) {
      const mails = stack.smtp.acceptedFor(r.email);
      assert.equal(mails.length, 1, `${r.id}: exactly one accepted email`);
      assert.equal(messageIdOf(mails[0]!.raw), voicemailMessageId(vm, r.id, 'clinic.test'));
    }
    const dropped = stack.smtp.transfers.filter((t) => t.state === 'dropped');
    assert.equal(dropped.length, 2, 'the two transfers cut by the crash were never accepted');
    const { text, validSig } = await decryptedText(stack, stack.smtp.acceptedFor(stack.recipients[0]!.email)[0]!.raw);
    assert.ok(validSig);
    assert.ok(canaries.words.some((w) => text.includes(w)), 'the email carries the transcript made after the takeover');
    assert.equal(await (await stack.ctx.queues.transcribe.getJob(stack.transcribeJobId(vm)))?.getState(), 'completed');
    for (const r of stack.recipients) {
      assert.equal(await (await stack.ctx.queues.deliver.getJob(stack.deliverJobId(vm, r.id)))?.getState(), 'completed');
    }
  });

  it('the surviving worker is still up and the crashed ones died by SIGKILL', async () => {
    assert.equal((await workers[0]!.exited).signal, 'SIGKILL');
    assert.equal((await workers[1]!.exited).signal, 'SIGKILL');
    assert.ok(workers[2]!.alive);
  });

  it('leaves no PHI in Redis, logs, unsealed S3 objects, outer email headers or temp dirs (crashed workers included)', async () => {
    assert.deepEqual(await stack.stopWorkers(), [{ name: 'worker-3', code: 0, signal: null, abandonedJobs: false }]);
    assert.deepEqual(await phiSweep(stack, canaries), []);
  });
});

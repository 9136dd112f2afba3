/**
 * Issue 7, Redis restarted mid-run: the stack runs on its own redis-server (AOF on, `--save ''`);
 * with three voicemails in flight it is shut down (SHUTDOWN, AOF fsynced) and started again on the
 * same port with the same directory. The two worker processes reconnect by themselves and nothing
 * is lost: the queued jobs come back from the AOF, every email arrives, exactly once.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startFaultStack, type FaultStack } from './helpers/faults-stack.ts';
import { canaryCaller, messageIdOf, phiSweep, type Canaries } from './helpers/faults-phi.ts';
import type { QuietlineProcess } from './helpers/faults-worker.ts';
import { speak } from './helpers/audio.ts';
import { canarySentence } from './helpers/canaries.ts';
import { waitFor } from './helpers/wait.ts';

const canaries: Canaries = { caller: canaryCaller(), words: ['appointment', 'tuesday', 'office'] };
const SENTENCES = [
  // Speaks the suite's canary name and call-back number too (test/helpers/canaries.ts).
  canarySentence('about my appointment on Tuesday at the office'),
  'Hi I need to move my appointment from Tuesday please call the office',
  'Good morning about the appointment on Tuesday please ring the office back',
];

describe('Redis restarted with voicemails in flight', () => {
  let stack: FaultStack;
  let workers: QuietlineProcess[];
  let vms: string[];
  let jobsBefore: number;

  const acceptedFor = (voicemailId: string, email: string) => stack.smtp.acceptedFor(email).filter((t) => messageIdOf(t.raw)?.includes(voicemailId));

  before(async () => {
    stack = await startFaultStack();
    workers = [await stack.spawnWorker({}, 'worker-1'), await stack.spawnWorker({}, 'worker-2')];
    for (const s of SENTENCES) await stack.submit(speak(s), { caller: canaries.caller });
    vms = await stack.ingest();
    assert.equal(vms.length, 3);
    await waitFor('a transcription to be running', 30_000, async () => ((await stack.ctx.queues.transcribe.getActiveCount()) > 0 ? true : null), 20);
    const counts = await stack.ctx.queues.transcribe.getJobCounts('active', 'waiting', 'completed', 'delayed', 'prioritized');
    jobsBefore = Object.values(counts).reduce((a, b) => a + b, 0);

    const marks = workers.map((w) => w.logLines().length);
    await stack.redis.shutdown();
    assert.equal(stack.redis.running, false);
    // Restart only once both workers have noticed: their next Redis command failed or their connection dropped.
    await waitFor('both workers to notice Redis is gone', 30_000, () =>
      workers.every((w, i) => w.logLines().slice(marks[i]).some((l) => l.msg === 'worker error' || l.msg === 'job failed')) ? true : null,
    );
    await stack.redis.start();
    await stack.waitForDone(vms, 75_000);
  });
  after(async () => {
    await stack?.close();
  });

  it('kept the queued jobs across the restart (AOF)', async () => {
    const counts = await stack.ctx.queues.transcribe.getJobCounts('completed');
    assert.equal(counts.completed, 3);
    assert.equal(jobsBefore, 3, 'all three were queued before the restart');
  });

  it('delivers every voicemail to every recipient exactly once', () => {
    for (const vm of vms) for (const r of stack.recipients) assert.equal(acceptedFor(vm, r.email).length, 1, `${vm}/${r.id}`);
    assert.equal(stack.smtp.accepted().length, vms.length * stack.recipients.length);
  });

  it('the workers reconnected by themselves and are still running', () => {
    for (const w of workers) assert.ok(w.alive, `${w.name} alive`);
  });

  it('leaves no PHI in Redis, logs, unsealed S3 objects, outer email headers or temp dirs', async () => {
    assert.ok((await stack.stopWorkers()).every((e) => e.code === 0 && !e.abandonedJobs), 'workers shut down cleanly');
    assert.deepEqual(await phiSweep(stack, canaries), []);
  });
});

/**
 * Issue 7, SIGTERM: a worker process with deliveries in flight (the relay's final reply held back)
 * receives SIGTERM.
 * - When the jobs outlast SHUTDOWN_TIMEOUT_SEC (2 s here), the process still exits with code 0 within
 *   the bound (plus a teardown allowance), and the jobs are not lost: another worker takes them over
 *   and each recipient gets exactly one email.
 * - When the jobs finish within the bound, the process lets them finish, then exits with code 0.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startFaultStack, type FaultStack } from './helpers/faults-stack.ts';
import { canaryCaller, messageIdOf, phiSweep, type Canaries } from './helpers/faults-phi.ts';
import type { QuietlineProcess } from './helpers/faults-worker.ts';
import { speak } from './helpers/audio.ts';
import { waitFor } from './helpers/wait.ts';
import { canarySentence } from './helpers/canaries.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { startsKey } from '../workers/crash-guard.ts';

const canaries: Canaries = { caller: canaryCaller(), words: ['appointment', 'tuesday', 'office'] };
// Speaks the suite's canary name and call-back number too (test/helpers/canaries.ts).
const SENTENCE = canarySentence('about my appointment on Tuesday at the office');
const SHUTDOWN_TIMEOUT_SEC = 2;
/** Closing queues, Redis and S3 clients after the bound: generous for a loaded 2-core machine. */
const TEARDOWN_ALLOWANCE_MS = 3_000;

describe('SIGTERM with jobs in flight', () => {
  let stack: FaultStack;

  const acceptedFor = (voicemailId: string, email: string) => stack.smtp.acceptedFor(email).filter((t) => messageIdOf(t.raw)?.includes(voicemailId));

  async function newVoicemail(): Promise<string> {
    const before = new Set(await stack.voicemailIds());
    await stack.submit(speak(SENTENCE), { caller: canaries.caller });
    const fresh = (await stack.ingest()).filter((id) => !before.has(id));
    assert.equal(fresh.length, 1);
    return fresh[0]!;
  }

  async function deliverStates(vm: string): Promise<string[]> {
    return Promise.all(stack.recipients.map(async (r) => (await (await stack.ctx.queues.deliver.getJob(stack.deliverJobId(vm, r.id)))?.getState()) ?? 'missing'));
  }

  before(async () => {
    stack = await startFaultStack();
  });
  after(async () => {
    await stack?.close();
  });

  let survivor: QuietlineProcess;

  it('exits with code 0 within SHUTDOWN_TIMEOUT_SEC when jobs outlast it, and another worker completes them', async () => {
    stack.smtp.dataRule = () => 'hold';
    const w1 = await stack.spawnWorker({ SHUTDOWN_TIMEOUT_SEC: String(SHUTDOWN_TIMEOUT_SEC) }, 'worker-1');
    const vm = await newVoicemail();
    await stack.smtp.waitForPending(2, 45_000);
    assert.deepEqual(await deliverStates(vm), ['active', 'active']);

    const t0 = Date.now();
    w1.signal('SIGTERM');
    const exit = await w1.exited;
    const took = exit.at - t0;
    assert.deepEqual({ code: exit.code, signal: exit.signal }, { code: 0, signal: null });
    assert.ok(took <= SHUTDOWN_TIMEOUT_SEC * 1000 + TEARDOWN_ALLOWANCE_MS, `exited after ${took} ms`);
    assert.ok(took >= SHUTDOWN_TIMEOUT_SEC * 1000 - 100, `waited for the running jobs first (${took} ms)`);
    assert.ok(w1.logLines().some((l) => l.msg?.toString().startsWith('shutdown bound reached')), 'says it abandoned the running jobs');
    assert.equal(stack.smtp.accepted().length, 0, 'nothing was accepted: the held transfers died with the connection');
    // Left behind on purpose, not killed by their recording: no crash-guard count survives them.
    for (const r of stack.recipients) assert.equal(await stack.ctx.redis.exists(startsKey(stack.prefix, 'deliver', `${vm}-${r.id}`)), 0, `${r.id}: run count released`);

    stack.smtp.dataRule = () => 'accept';
    survivor = await stack.spawnWorker({ SHUTDOWN_TIMEOUT_SEC: '20' }, 'worker-2');
    await stack.waitForDone([vm], 45_000);
    for (const r of stack.recipients) assert.equal(acceptedFor(vm, r.email).length, 1, `${r.id}: exactly one email`);
    assert.ok(!survivor.logLines().some((l) => l.msg === 'earlier runs of this stage died mid-way'), 'the taken-over runs were not seen as crashes');
    // The voicemail is marked done inside the last deliver job, a moment before that job itself completes.
    await waitFor('both deliver jobs completed', 15_000, async () => ((await deliverStates(vm)).every((s) => s === 'completed') ? true : null));
  });

  it('lets running jobs finish when they end within the bound, then exits with code 0', async () => {
    stack.smtp.dataRule = () => 'hold';
    const vm = await newVoicemail();
    await stack.smtp.waitForPending(2, 45_000);
    const t0 = Date.now();
    survivor.signal('SIGTERM');
    await survivor.waitForLog('shutting down', 5_000);
    stack.smtp.release();
    const exit = await survivor.exited;
    assert.deepEqual({ code: exit.code, signal: exit.signal }, { code: 0, signal: null });
    assert.ok(exit.at - t0 < 20_000, 'within its bound');
    assert.ok(!survivor.logLines().some((l) => l.msg?.toString().startsWith('shutdown bound reached')), 'no forced close');
    // No other worker was running: the terminated one finished these itself.
    assert.deepEqual(await deliverStates(vm), ['completed', 'completed']);
    for (const r of stack.recipients) {
      assert.equal(acceptedFor(vm, r.email).length, 1, `${r.id}: exactly one email`);
      assert.ok(await stack.ctx.store.head(keys.delivery(vm, r.id)));
    }
    assert.ok(await stack.ctx.store.head(keys.done(vm)), 'voicemail completed before the exit');
  });

  it('leaves no PHI in Redis, logs, unsealed S3 objects, outer email headers or temp dirs', async () => {
    assert.deepEqual(await stack.stopWorkers(), []);
    assert.deepEqual(await phiSweep(stack, canaries), []);
  });
});

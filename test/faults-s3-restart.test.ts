/**
 * Issue 7, S3 down briefly: the S3-protocol server is closed (port closed, open connections cut) and
 * started again on the same port and directory.
 * - While voicemails are being transcribed: the failed stages are retried and nothing is lost.
 * - At the worst moment for exactly-once, right as the relay accepts a message and the delivery
 *   ledger must be written: the ledger write waits for S3 instead of failing the job, so the retry
 *   does not send a second email.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startFaultStack, type FaultStack } from './helpers/faults-stack.ts';
import { canaryCaller, messageIdOf, phiSweep, type Canaries } from './helpers/faults-phi.ts';
import type { QuietlineProcess } from './helpers/faults-worker.ts';
import { speak } from './helpers/audio.ts';
import { canarySentence } from './helpers/canaries.ts';
import { waitFor } from './helpers/wait.ts';
import { keys } from '../services/voicemail/object-keys.ts';

const canaries: Canaries = { caller: canaryCaller(), words: ['appointment', 'tuesday', 'office'] };
// Speaks the suite's canary name and call-back number too (test/helpers/canaries.ts).
const SENTENCE = canarySentence('about my appointment on Tuesday at the office');

describe('S3 server down briefly', () => {
  let stack: FaultStack;
  let worker: QuietlineProcess;

  const acceptedFor = (voicemailId: string, email: string) => stack.smtp.acceptedFor(email).filter((t) => messageIdOf(t.raw)?.includes(voicemailId));
  /** Log lines after index `from` that show the worker ran into the outage. */
  const troubleSince = (from: number, queue?: string) =>
    worker
      .logLines()
      .slice(from)
      .filter((l) => (l.msg === 'job failed' && (!queue || l.queue === queue)) || l.msg === 'delivery ledger write failed; retrying');

  before(async () => {
    stack = await startFaultStack();
    worker = await stack.spawnWorker();
  });
  after(async () => {
    await stack?.close();
  });

  it('retries the stages that failed while S3 was down: every email arrives, exactly once', async () => {
    await stack.submit(speak(SENTENCE), { caller: canaries.caller });
    await stack.submit(speak(SENTENCE + ' thank you'), { caller: canaries.caller });
    const vms = await stack.ingest();
    assert.equal(vms.length, 2);
    await waitFor('a transcription to be running', 30_000, async () => ((await stack.ctx.queues.transcribe.getActiveCount()) > 0 ? true : null), 20);

    const port = stack.s3.port;
    const mark = worker.logLines().length;
    await stack.s3.stop();
    await waitFor('the worker to run into the outage', 30_000, () => (troubleSince(mark).length > 0 ? true : null));
    await stack.s3.start();
    assert.equal(stack.s3.port, port, 'S3 came back on the same port');

    await stack.waitForDone(vms, 60_000);
    for (const vm of vms) for (const r of stack.recipients) assert.equal(acceptedFor(vm, r.email).length, 1, `${vm}/${r.id}: exactly one email`);
  });

  it('does not send twice when S3 is down right as the relay accepts (the ledger write waits for S3)', async () => {
    stack.smtp.dataRule = () => 'hold';
    const before = new Set(await stack.voicemailIds());
    await stack.submit(speak(SENTENCE), { caller: canaries.caller });
    const [vm] = (await stack.ingest()).filter((id) => !before.has(id)) as [string];
    await stack.smtp.waitForPending(2, 45_000);

    const mark = worker.logLines().length;
    await stack.s3.stop();
    stack.smtp.release();
    await waitFor('the relay to have accepted both', 5_000, () => (acceptedFor(vm, stack.recipients[0]!.email).length + acceptedFor(vm, stack.recipients[1]!.email).length === 2 ? true : null), 10);
    await waitFor('the worker to fail writing the ledger', 30_000, () => (troubleSince(mark, 'deliver').length > 0 ? true : null));
    assert.ok(worker.logLines().slice(mark).some((l) => l.msg === 'delivery ledger write failed; retrying'), 'the ledger write is retried in place');
    stack.smtp.dataRule = () => 'accept';
    await stack.s3.start();

    await stack.waitForDone([vm], 45_000);
    for (const r of stack.recipients) {
      assert.equal(acceptedFor(vm, r.email).length, 1, `${r.id}: exactly one email`);
      assert.ok(await stack.ctx.store.head(keys.delivery(vm, r.id)));
    }
  });

  it('leaves no PHI in Redis, logs, unsealed S3 objects, outer email headers or temp dirs', async () => {
    assert.ok((await stack.stopWorkers()).every((e) => e.code === 0 && !e.abandonedJobs), 'workers shut down cleanly');
    assert.deepEqual(await phiSweep(stack, canaries), []);
  });
});

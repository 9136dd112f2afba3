/**
 * Issue 4, the relay misbehaving: 421 at RCPT and after DATA for a while, the relay's port closed for
 * a while and reopened on the same port, and a permanent 550 for one recipient. Transient trouble is
 * retried (deliver backoff shortened with DELIVER_BACKOFF_MS) and ends in exactly one accepted email
 * per recipient; a 5xx fails that recipient alone, with reason smtp-rejected-550.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startFaultStack, type FaultStack } from './helpers/faults-stack.ts';
import { findCanaries, messageIdOf, phiSweep } from './helpers/faults-phi.ts';
import { speak } from './helpers/audio.ts';
import { ANN, BEN, CAT, DELIVERY_CANARIES, DELIVERY_SENTENCE } from './helpers/delivery-fixtures.ts';
import { waitFor } from './helpers/wait.ts';
import { keys } from '../services/voicemail/object-keys.ts';

const canaries = DELIVERY_CANARIES;
const SENTENCE = DELIVERY_SENTENCE;
const [A, B, C] = [ANN, BEN, CAT];

describe('delivery when the SMTP relay refuses or is down', () => {
  let stack: FaultStack;

  /** Accepted emails of one voicemail for one address (the deterministic Message-ID names the voicemail). */
  const acceptedFor = (voicemailId: string, email: string) => stack.smtp.acceptedFor(email).filter((t) => messageIdOf(t.raw)?.includes(voicemailId));

  async function newVoicemail(): Promise<string> {
    const before = new Set(await stack.voicemailIds());
    await stack.submit(speak(SENTENCE), { caller: canaries.caller });
    const fresh = (await stack.ingest()).filter((id) => !before.has(id));
    assert.equal(fresh.length, 1);
    return fresh[0]!;
  }

  async function attemptsMade(voicemailId: string, recipientId: string): Promise<number> {
    const job = await stack.ctx.queues.deliver.getJob(stack.deliverJobId(voicemailId, recipientId));
    return job?.attemptsMade ?? 0;
  }

  before(async () => {
    stack = await startFaultStack({ recipients: [A, B, C] });
    await stack.spawnWorker();
  });
  after(async () => {
    await stack?.close();
  });

  it('retries through 421 at RCPT and 421 after DATA, then delivers exactly once per recipient', async () => {
    const refusing = { on: true };
    stack.smtp.rcptRule = (addr) => (refusing.on && addr === A.email ? { code: 421, message: 'try again later' } : null);
    stack.smtp.dataRule = (rcpts) => (refusing.on && rcpts.includes(B.email) ? { code: 421, message: 'try again later' } : 'accept');
    const vm = await newVoicemail();
    await waitFor('two refusals at RCPT and two after DATA', 45_000, () => {
      const rcpt = stack.smtp.rcptAttempts.filter((a) => a.address === A.email && a.code === 421).length;
      const data = stack.smtp.transfers.filter((t) => t.recipients.includes(B.email) && t.code === 421).length;
      return rcpt >= 2 && data >= 2 ? true : null;
    });
    refusing.on = false;
    await stack.waitForDone([vm], 45_000);

    for (const r of [A, B, C]) {
      assert.equal(acceptedFor(vm, r.email).length, 1, `${r.id}: exactly one accepted email`);
      assert.ok(await stack.ctx.store.head(keys.delivery(vm, r.id)), `${r.id}: delivery ledger entry`);
      assert.equal(await stack.ctx.store.head(keys.deliveryFailure(vm, r.id)), null, `${r.id}: no failure recorded`);
    }
    assert.ok((await attemptsMade(vm, A.id)) >= 2, 'A was retried');
    assert.ok((await attemptsMade(vm, B.id)) >= 2, 'B was retried');
    const refusedData = stack.smtp.transfers.filter((t) => t.recipients.includes(B.email) && t.state === 'refused');
    assert.ok(refusedData.every((t) => messageIdOf(t.raw) === messageIdOf(acceptedFor(vm, B.email)[0]!.raw)), 'every retry is the same message (same Message-ID)');
  });

  it('retries while the relay port is closed and delivers exactly once after it reopens on the same port', async () => {
    const port = stack.smtp.port;
    await stack.smtp.stop();
    const vm = await newVoicemail();
    await waitFor('every deliver job to have failed twice against the closed port', 45_000, async () => {
      for (const r of [A, B, C]) if ((await attemptsMade(vm, r.id)) < 2) return null;
      return true;
    }, 200);
    assert.equal(acceptedFor(vm, A.email).length + acceptedFor(vm, B.email).length + acceptedFor(vm, C.email).length, 0);
    await stack.smtp.start();
    assert.equal(stack.smtp.port, port, 'the relay came back on the same port');
    await stack.waitForDone([vm], 45_000);
    for (const r of [A, B, C]) assert.equal(acceptedFor(vm, r.email).length, 1, `${r.id}: exactly one accepted email`);
  });

  it('fails only the recipient the relay refuses with 550, with reason smtp-rejected-550', async () => {
    stack.smtp.rcptRule = (addr) => (addr === C.email ? { code: 550, message: 'no such user' } : null);
    stack.smtp.dataRule = () => 'accept';
    const vm = await newVoicemail();
    await stack.waitForDone([vm], 45_000);
    assert.equal(acceptedFor(vm, A.email).length, 1);
    assert.equal(acceptedFor(vm, B.email).length, 1);
    assert.equal(acceptedFor(vm, C.email).length, 0);
    const f = JSON.parse((await stack.ctx.store.get(keys.deliveryFailure(vm, C.id)))!.toString('utf8')) as { reason: string };
    assert.equal(f.reason, 'smtp-rejected-550');
    const job = await stack.ctx.queues.deliver.getJob(stack.deliverJobId(vm, C.id));
    assert.equal(job?.failedReason, 'smtp-rejected-550');
    assert.equal(job?.attemptsMade, 1, 'a 5xx is not retried');
    assert.equal(stack.smtp.rcptAttempts.filter((a) => a.address === C.email && a.code === 550).length, 1, 'C was tried once');
  });

  it('leaves no PHI in Redis, logs, unsealed S3 objects, outer email headers or temp dirs', async () => {
    assert.ok(findCanaries(`caller ${canaries.caller} said ${canaries.words[0]}`, canaries).length >= 2, 'the sweep recognises the canaries');
    assert.ok((await stack.stopWorkers()).every((e) => e.code === 0 && !e.abandonedJobs), 'workers shut down cleanly');
    assert.deepEqual(await phiSweep(stack, canaries), []);
  });
});

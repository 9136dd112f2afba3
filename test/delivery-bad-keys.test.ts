/**
 * Issue 4, bad keys: one mailbox, one good recipient and five whose keys cannot be used (expired,
 * revoked, DSA/ElGamal, RSA-1024, file missing), all made with real GnuPG 2.2. The good one gets
 * exactly one email; nothing at all is sent towards the others; each failure is recorded, by
 * recipient, as a PHI-free reason code in S3 and as the failed deliver job's reason.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startFaultStack, type FaultRecipient, type FaultStack } from './helpers/faults-stack.ts';
import { canaryCaller, decryptedText, phiSweep, type Canaries } from './helpers/faults-phi.ts';
import type { QuietlineProcess } from './helpers/faults-worker.ts';
import { GnupgHome } from './fixtures/keys-gen.ts';
import { speak } from './helpers/audio.ts';
import { canarySentence } from './helpers/canaries.ts';
import { keys } from '../services/voicemail/object-keys.ts';

// Speaks the suite's canary name and call-back number too (test/helpers/canaries.ts).
const SENTENCE = canarySentence('about my appointment on Tuesday at the office');
const canaries: Canaries = { caller: canaryCaller(), words: ['appointment', 'tuesday', 'office'] };

const GOOD: FaultRecipient = { id: 'good', email: 'good@clinic.test' };
const BAD: { r: FaultRecipient; reason: string; make: (g: GnupgHome) => Promise<string | null> }[] = [
  { r: { id: 'expired', email: 'expired@clinic.test' }, reason: 'key-expired', make: async (g) => (await g.genExpired('expired@clinic.test')).publicKey },
  { r: { id: 'revoked', email: 'revoked@clinic.test' }, reason: 'key-revoked', make: async (g) => (await g.genRevoked('revoked@clinic.test')).publicKey },
  { r: { id: 'dsaelg', email: 'dsaelg@clinic.test' }, reason: 'key-algorithm-refused', make: async (g) => (await g.genDsaElgamal('dsaelg@clinic.test')).publicKey },
  { r: { id: 'rsa1024', email: 'rsa1024@clinic.test' }, reason: 'key-weak-rsa', make: async (g) => (await g.genRsa('rsa1024@clinic.test', 1024)).publicKey },
  { r: { id: 'nokey', email: 'nokey@clinic.test' }, reason: 'key-missing', make: () => Promise.resolve(null) },
];

describe('delivery with unusable recipient keys', () => {
  let stack: FaultStack;
  let worker: QuietlineProcess;
  let voicemailId: string;

  before(async () => {
    const maker = await GnupgHome.create();
    const recipients: FaultRecipient[] = [GOOD];
    try {
      for (const b of BAD) recipients.push({ ...b.r, publicKey: await b.make(maker) });
    } finally {
      await maker.dispose();
    }
    stack = await startFaultStack({ recipients });
    worker = await stack.spawnWorker();
    await stack.submit(speak(SENTENCE), { caller: canaries.caller });
    const ids = await stack.ingest();
    assert.equal(ids.length, 1);
    voicemailId = ids[0]!;
    await stack.waitForDone([voicemailId], 60_000);
  });
  after(async () => {
    await stack?.close();
  });

  it('sends the good recipient exactly one email, signed and readable', async () => {
    const mails = stack.smtp.acceptedFor(GOOD.email);
    assert.equal(mails.length, 1);
    const { text, validSig } = await decryptedText(stack, mails[0]!.raw);
    assert.ok(validSig, 'signed by the service key');
    assert.ok(canaries.words.some((w) => text.includes(w)), 'the transcript carries the canary words (so the PHI sweep below means something)');
  });

  it('sends nothing towards a recipient with a bad key: no RCPT, no message', () => {
    const bad = new Set(BAD.map((b) => b.r.email));
    assert.deepEqual([...new Set(stack.smtp.rcptAttempts.map((a) => a.address))], [GOOD.email], 'RCPT TO only ever named the good recipient');
    for (const t of stack.smtp.transfers) {
      assert.deepEqual(t.recipients, [GOOD.email]);
      const to = /^To:\s*(.+)$/im.exec(t.raw.toString('latin1'))?.[1] ?? '';
      for (const b of bad) assert.ok(!to.includes(b), `To: header does not name ${b}`);
    }
  });

  it('records each failure as a PHI-free reason code, in S3 and as the job failure reason', async () => {
    for (const b of BAD) {
      const body = await stack.ctx.store.get(keys.deliveryFailure(voicemailId, b.r.id));
      assert.ok(body, `failures/${b.r.id}.json exists`);
      const f = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      assert.equal(f.reason, b.reason, `${b.r.id}: reason`);
      assert.deepEqual(Object.keys(f).sort(), ['at', 'mailboxId', 'practiceId', 'reason', 'recipientId', 'voicemailId']);
      assert.equal(f.recipientId, b.r.id);

      const job = await stack.ctx.queues.deliver.getJob(stack.deliverJobId(voicemailId, b.r.id));
      assert.ok(job, `deliver job of ${b.r.id}`);
      assert.equal(await job.getState(), 'failed');
      assert.equal(job.failedReason, b.reason);
      assert.equal(job.attemptsMade, 1, 'a bad key is not retried');
      assert.equal(await stack.ctx.store.head(keys.delivery(voicemailId, b.r.id)), null, 'no delivery ledger entry');
    }
    assert.ok(await stack.ctx.store.head(keys.delivery(voicemailId, GOOD.id)), 'the good recipient has a delivery ledger entry');
    const done = JSON.parse((await stack.ctx.store.get(keys.done(voicemailId)))!.toString('utf8')) as { delivered: number; failed: number };
    assert.deepEqual({ delivered: done.delivered, failed: done.failed }, { delivered: 1, failed: BAD.length });
  });

  it('logs each refusal by recipient id and reason code', () => {
    const logged = worker
      .logLines()
      .filter((l) => l.msg === 'recipient not served')
      .map((l) => `${String(l.recipientId)}:${String(l.reason)}`)
      .sort();
    assert.deepEqual(logged, BAD.map((b) => `${b.r.id}:${b.reason}`).sort());
  });

  it('leaves no PHI in Redis, logs, unsealed S3 objects, outer email headers or temp dirs', async () => {
    assert.ok((await stack.stopWorkers()).every((e) => e.code === 0 && !e.abandonedJobs), 'workers shut down cleanly');
    assert.deepEqual(await phiSweep(stack, canaries), []);
  });
});
